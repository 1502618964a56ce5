import { describe, expect, it } from 'vitest';
import {
  NAMA_BULAN,
  dayOfWeek,
  daysInMonth,
  formatHariTanggal,
  formatTanggal,
  formatTempatTanggal,
  isValidCalendarDate,
  toCalendarDate,
  todayIso,
} from '../../../../shared/format/date';

describe('formatTanggal / formatHariTanggal', () => {
  // [ISO date, "d Bulan yyyy", "Hari, d Bulan yyyy"]
  const rows: Array<[string, string, string]> = [
    ['2022-06-23', '23 Juni 2022', 'Kamis, 23 Juni 2022'],
    ['2022-06-19', '19 Juni 2022', 'Minggu, 19 Juni 2022'],
    ['2022-06-20', '20 Juni 2022', 'Senin, 20 Juni 2022'],
    ['2022-06-21', '21 Juni 2022', 'Selasa, 21 Juni 2022'],
    ['2022-06-22', '22 Juni 2022', 'Rabu, 22 Juni 2022'],
    ['2022-06-24', '24 Juni 2022', 'Jumat, 24 Juni 2022'],
    ['2022-06-25', '25 Juni 2022', 'Sabtu, 25 Juni 2022'],
    ['2024-01-01', '1 Januari 2024', 'Senin, 1 Januari 2024'],
    ['2023-12-31', '31 Desember 2023', 'Minggu, 31 Desember 2023'],
    ['2017-08-17', '17 Agustus 2017', 'Kamis, 17 Agustus 2017'],
    // leap days: every 4 years, not every 100, but every 400
    ['2024-02-29', '29 Februari 2024', 'Kamis, 29 Februari 2024'],
    ['2000-02-29', '29 Februari 2000', 'Selasa, 29 Februari 2000'],
    ['1970-05-18', '18 Mei 1970', 'Senin, 18 Mei 1970'],
  ];

  it.each(rows)('%s → %s / %s', (iso, tanggal, hariTanggal) => {
    expect(formatTanggal(iso)).toBe(tanggal);
    expect(formatHariTanggal(iso)).toBe(hariTanggal);
  });

  it('names every month in Bahasa Indonesia without relying on ICU', () => {
    expect(NAMA_BULAN).toEqual([
      'Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni',
      'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember',
    ]);
    NAMA_BULAN.forEach((bulan, index) => {
      expect(formatTanggal(`2022-${String(index + 1).padStart(2, '0')}-05`)).toBe(`5 ${bulan} 2022`);
    });
  });

  it('reads a Date by its local calendar day', () => {
    expect(formatTanggal(new Date(2022, 5, 23, 23, 59))).toBe('23 Juni 2022');
    expect(formatHariTanggal(new Date(2022, 5, 23, 0, 1))).toBe('Kamis, 23 Juni 2022');
  });

  it('ignores surrounding blanks in an ISO string', () => {
    expect(formatTanggal(' 2022-06-23 ')).toBe('23 Juni 2022');
  });

  it('prints the date line of a letter', () => {
    expect(formatTempatTanggal('  Serang ', '2022-06-23')).toBe('Serang, 23 Juni 2022');
  });

  const invalid = [
    '2023-02-29', // not a leap year
    '1900-02-29', // divisible by 100, not by 400
    '2100-02-29',
    '2022-13-01',
    '2022-00-10',
    '2022-04-31',
    '2022-06-00',
    '2022-6-23',
    '23-06-2022',
    '23 Juni 2022',
    '2022-06-23T00:00:00Z',
    '',
    'kemarin',
  ];

  it.each(invalid)('refuses %j with a RangeError in Indonesian', (value) => {
    expect(() => formatTanggal(value)).toThrow(RangeError);
    expect(() => formatTanggal(value)).toThrow(/Tanggal tidak valid/);
    expect(() => formatHariTanggal(value)).toThrow(RangeError);
    expect(toCalendarDate(value)).toBeUndefined();
  });

  it('refuses an invalid Date object', () => {
    expect(() => formatTanggal(new Date('bukan tanggal'))).toThrow(RangeError);
    expect(toCalendarDate(new Date(Number.NaN))).toBeUndefined();
  });
});

describe('calendar helpers', () => {
  const months: Array<[number, number, number]> = [
    [2024, 2, 29],
    [2023, 2, 28],
    [2000, 2, 29],
    [1900, 2, 28],
    [2022, 4, 30],
    [2022, 12, 31],
    [2022, 1, 31],
  ];
  it.each(months)('daysInMonth(%i, %i) = %i', (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days);
    expect(isValidCalendarDate(year, month, days)).toBe(true);
    expect(isValidCalendarDate(year, month, days + 1)).toBe(false);
  });

  it('refuses non-integer and out-of-range parts', () => {
    expect(isValidCalendarDate(2022, 6.5, 1)).toBe(false);
    expect(isValidCalendarDate(2022, 6, 1.5)).toBe(false);
    expect(isValidCalendarDate(Number.NaN, 6, 1)).toBe(false);
    expect(isValidCalendarDate(2022, 0, 1)).toBe(false);
    expect(isValidCalendarDate(2022, 13, 1)).toBe(false);
    expect(isValidCalendarDate(2022, 1, 0)).toBe(false);
  });

  it('computes the weekday from the calendar date alone (0 = Minggu)', () => {
    expect(dayOfWeek('2022-06-19')).toBe(0);
    expect(dayOfWeek('2022-06-23')).toBe(4);
  });

  it('parses ISO dates into calendar parts', () => {
    expect(toCalendarDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
  });

  it('gives today as local YYYY-MM-DD', () => {
    expect(todayIso(new Date(2022, 0, 5, 23, 30))).toBe('2022-01-05');
    expect(todayIso(new Date(2022, 11, 31, 0, 0))).toBe('2022-12-31');
  });
});
