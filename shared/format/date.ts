/**
 * Indonesian dates for documents and screens. Month and day names live here, not in the runtime's
 * ICU, so a PDF prints the same on every machine (DOMAIN.md §5).
 */

export const NAMA_BULAN = [
  'Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni',
  'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember',
] as const;

export const NAMA_HARI = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'] as const;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Calendar parts of a date; strings are read as `YYYY-MM-DD` without any time-zone shift. */
export interface CalendarDate {
  year: number;
  month: number; // 1–12
  day: number;
}

/** True when year/month/day name a real calendar day (leap years included). */
export function isValidCalendarDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses `YYYY-MM-DD` (or takes a Date's local calendar day); undefined when not a real date. */
export function toCalendarDate(value: string | Date): CalendarDate | undefined {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return undefined;
    return { year: value.getFullYear(), month: value.getMonth() + 1, day: value.getDate() };
  }
  const match = ISO_DATE.exec(value.trim());
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return isValidCalendarDate(year, month, day) ? { year, month, day } : undefined;
}

function requireDate(value: string | Date): CalendarDate {
  const date = toCalendarDate(value);
  if (!date) throw new RangeError(`Tanggal tidak valid: ${String(value)}`);
  return date;
}

/** "23 Juni 2022" — the form used after the place in letters ("Serang, 23 Juni 2022"). */
export function formatTanggal(value: string | Date): string {
  const { year, month, day } = requireDate(value);
  return `${day} ${NAMA_BULAN[month - 1] ?? ''} ${year}`;
}

/** Day of the week, 0 = Minggu, computed from the calendar date alone. */
export function dayOfWeek(value: string | Date): number {
  const { year, month, day } = requireDate(value);
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/** "Kamis, 23 Juni 2022". */
export function formatHariTanggal(value: string | Date): string {
  return `${NAMA_HARI[dayOfWeek(value)] ?? ''}, ${formatTanggal(value)}`;
}

/** "Serang, 23 Juni 2022" — the date line of a letter. */
export function formatTempatTanggal(kota: string, value: string | Date): string {
  return `${kota.trim()}, ${formatTanggal(value)}`;
}

/** Today's date as `YYYY-MM-DD` in local time. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
