import { formatAngka, formatTanggal } from '../format';
import type { SnapshotCounts } from './model';

/** "512 B", "12,3 KB", "31,0 MB", "1,20 GB" (binary units, Indonesian decimal comma). */
export function formatUkuran(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${formatAngka(value, unit >= 2 ? 2 : 1)} ${units[unit] ?? ''}`;
}

/** "3 unit kerja, 120 pegawai, 30 LKE, 118 pakta, 1 pencanangan". */
export function describeCounts(counts: SnapshotCounts): string {
  return [
    `${counts.units} unit kerja`,
    `${counts.people} pegawai`,
    `${counts.worksheets} LKE`,
    `${counts.pledges} pakta`,
    `${counts.declarations} pencanangan`,
  ].join(', ');
}

/** "6 Desember 2026 pukul 06.35" in local time. */
export function formatWaktu(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const pad = (value: number): string => String(value).padStart(2, '0');
  return `${formatTanggal(date)} pukul ${pad(date.getHours())}.${pad(date.getMinutes())}`;
}
