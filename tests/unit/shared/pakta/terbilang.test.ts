import { describe, expect, it } from 'vitest';
import { formatHariTanggalTerbilang, terbilang } from '../../../../shared/pakta/terbilang';

describe('terbilang', () => {
  it.each([
    [0, 'nol'],
    [1, 'satu'],
    [10, 'sepuluh'],
    [11, 'sebelas'],
    [12, 'dua belas'],
    [19, 'sembilan belas'],
    [20, 'dua puluh'],
    [23, 'dua puluh tiga'],
    [31, 'tiga puluh satu'],
    [100, 'seratus'],
    [101, 'seratus satu'],
    [111, 'seratus sebelas'],
    [250, 'dua ratus lima puluh'],
    [1000, 'seribu'],
    [1100, 'seribu seratus'],
    [1999, 'seribu sembilan ratus sembilan puluh sembilan'],
    [2022, 'dua ribu dua puluh dua'],
    [10000, 'sepuluh ribu'],
    [11000, 'sebelas ribu'],
    [100000, 'seratus ribu'],
    [1000000, 'satu juta'],
    [2500000, 'dua juta lima ratus ribu'],
    [1000000000, 'satu miliar'],
    [-5, 'minus lima'],
  ])('%i → %s', (value, words) => {
    expect(terbilang(value)).toBe(words);
  });

  it('refuses fractions', () => {
    expect(() => terbilang(1.5)).toThrow(RangeError);
  });

  it.each([
    ['2022-06-23', 'Kamis tanggal dua puluh tiga bulan Juni tahun dua ribu dua puluh dua'],
    ['2024-02-29', 'Kamis tanggal dua puluh sembilan bulan Februari tahun dua ribu dua puluh empat'],
    ['2021-01-01', 'Jumat tanggal satu bulan Januari tahun dua ribu dua puluh satu'],
  ])('formal date %s', (date, words) => {
    expect(formatHariTanggalTerbilang(date)).toBe(words);
  });

  it('refuses an invalid date', () => {
    expect(() => formatHariTanggalTerbilang('2022-02-30')).toThrow(RangeError);
  });
});
