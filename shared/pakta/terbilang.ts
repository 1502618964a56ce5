import { NAMA_BULAN, NAMA_HARI, dayOfWeek, toCalendarDate } from '../format/date';

/**
 * Numbers and dates in words, as formal Indonesian documents write them ("Pada hari ini Kamis
 * tanggal dua puluh tiga bulan Juni tahun dua ribu dua puluh dua").
 */

const SATUAN = ['nol', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan', 'sepuluh', 'sebelas'] as const;

const SKALA: readonly (readonly [number, string])[] = [
  [1e12, 'triliun'],
  [1e9, 'miliar'],
  [1e6, 'juta'],
];

function belowThousand(n: number): string {
  if (n < 12) return SATUAN[n] ?? '';
  if (n < 20) return `${SATUAN[n - 10] ?? ''} belas`;
  if (n < 100) {
    const tens = Math.floor(n / 10);
    const rest = n % 10;
    return `${SATUAN[tens] ?? ''} puluh${rest ? ` ${SATUAN[rest] ?? ''}` : ''}`;
  }
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  const head = hundreds === 1 ? 'seratus' : `${SATUAN[hundreds] ?? ''} ratus`;
  return rest ? `${head} ${belowThousand(rest)}` : head;
}

function belowMillion(n: number): string {
  if (n < 1000) return belowThousand(n);
  const thousands = Math.floor(n / 1000);
  const rest = n % 1000;
  const head = thousands === 1 ? 'seribu' : `${belowThousand(thousands)} ribu`;
  return rest ? `${head} ${belowThousand(rest)}` : head;
}

/**
 * A whole number in Indonesian words: 23 → "dua puluh tiga", 2022 → "dua ribu dua puluh dua",
 * 1100 → "seribu seratus", 0 → "nol". Supports 0 to 999 999 999 999 999; negative numbers get
 * "minus". Throws a RangeError for fractions and values out of range.
 */
export function terbilang(value: number): string {
  if (!Number.isInteger(value) || Math.abs(value) >= 1e15) {
    throw new RangeError(`terbilang: ${value} bukan bilangan bulat yang didukung`);
  }
  if (value < 0) return `minus ${terbilang(-value)}`;
  if (value === 0) return 'nol';
  const parts: string[] = [];
  let rest = value;
  for (const [unit, word] of SKALA) {
    if (rest >= unit) {
      parts.push(`${belowThousand(Math.floor(rest / unit))} ${word}`);
      rest %= unit;
    }
  }
  if (rest > 0) parts.push(belowMillion(rest));
  return parts.join(' ');
}

/**
 * The formal date phrase of a ceremony: "Kamis tanggal dua puluh tiga bulan Juni tahun dua ribu
 * dua puluh dua" (prefix it with "Pada hari ini "). Throws a RangeError for an invalid date.
 */
export function formatHariTanggalTerbilang(date: string | Date): string {
  const calendar = toCalendarDate(date);
  if (!calendar) throw new RangeError(`Tanggal tidak valid: ${String(date)}`);
  const hari = NAMA_HARI[dayOfWeek(date)] ?? '';
  const bulan = NAMA_BULAN[calendar.month - 1] ?? '';
  return `${hari} tanggal ${terbilang(calendar.day)} bulan ${bulan} tahun ${terbilang(calendar.year)}`;
}
