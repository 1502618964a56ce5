import { describe, expect, it } from 'vitest';
import { checkNiPppk, checkNipPns, checkNomorInduk, formatNip, normalizeNip } from '../../../../shared/format/nip';

const NOW = new Date(2024, 5, 1);
const VALID_NIP = '197005182005031005';
const VALID_NI_PPPK = '198503122021211001';

describe('checkNipPns', () => {
  // [label, input] — valid NIPs, with the digits they are stored as
  const valid: Array<[string, string, string]> = [
    ['the DOMAIN example', VALID_NIP, VALID_NIP],
    ['grouped with spaces', '19700518 200503 1 005', VALID_NIP],
    ['with dots and dashes', '19700518.200503-1-005', VALID_NIP],
    ['surrounded by blanks', '  197005182005031005\t', VALID_NIP],
    ['female, serial 999', '198503122010012999', '198503122010012999'],
    ['born on a leap day', '200002292020011001', '200002292020011001'],
    ['TMT next year (announced ahead)', '199901012025011001', '199901012025011001'],
  ];
  it.each(valid)('accepts %s', (_label, input, digits) => {
    expect(checkNipPns(input, NOW)).toEqual({ ok: true, digits });
  });

  // [label, input, fragments the message must contain] — each message names the wrong part
  const invalid: Array<[string, string, string[]]> = [
    ['birth month 13', '197013182005031005', ['Tanggal lahir', 'digit 1–8', '19701318']],
    ['birth day 30 Februari', '197002302005031005', ['Tanggal lahir', '19700230']],
    ['birth on 29 Feb of a non-leap year', '199902292020011001', ['Tanggal lahir', '19990229']],
    ['birth day 00', '197005002005031005', ['Tanggal lahir']],
    ['birth year before 1930', '192905182005031005', ['Tanggal lahir']],
    ['birth year in the future', '203001012005031005', ['Tanggal lahir']],
    ['TMT before birth', '197005181969031005', ['TMT CPNS', 'digit 9–14', '196903', 'sesudah tanggal lahir']],
    ['TMT in the month of birth', '197005181970051005', ['TMT CPNS', 'sesudah tanggal lahir']],
    ['TMT month 13', '197005182005131005', ['TMT CPNS', 'digit 9–14', '200513', 'bukan tahun dan bulan yang valid']],
    ['TMT month 00', '197005182005001005', ['TMT CPNS', '200500']],
    ['TMT far in the future', '197005182030031005', ['TMT CPNS', '203003']],
    ['gender 3', '197005182005033005', ['jenis kelamin', 'digit 15: 3', '1 (laki-laki) atau 2 (perempuan)']],
    ['gender 0', '197005182005030005', ['jenis kelamin', 'digit 15: 0']],
    ['serial 000', '197005182005031000', ['Nomor urut', 'digit 16–18', '000']],
    ['17 digits', '19700518200503100', ['18 digit', 'terisi 17 digit']],
    ['19 digits', '1970051820050310050', ['18 digit', 'terisi 19 digit']],
    ['letters', '19700518200503100A', ['hanya boleh berisi angka']],
    ['letter O for zero', '197005182OO5031005', ['hanya boleh berisi angka']],
    ['a NI PPPK (digits 13–14 read 21, not a month)', VALID_NI_PPPK, ['TMT CPNS', '202121']],
  ];
  it.each(invalid)('refuses %s', (_label, input, fragments) => {
    const check = checkNipPns(input, NOW);
    expect(check.ok).toBe(false);
    if (check.ok) return;
    for (const fragment of fragments) expect(check.message).toContain(fragment);
  });

  it('asks for the NIP when it is empty instead of complaining about letters', () => {
    const check = checkNipPns('   ', NOW);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.message).toContain('NIP wajib diisi');
  });

  it('checks the part in order: the first wrong part is named', () => {
    // birth date and gender both wrong: the birth date comes first
    const check = checkNipPns('197013182005033005', NOW);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.message).toContain('Tanggal lahir');
  });
});

describe('checkNiPppk', () => {
  it.each([
    ['the example', VALID_NI_PPPK],
    ['period 2', '198503122022221001'],
    ['spaced', '19850312 2021 2 1 1 001'],
    ['female', '199001012023212150'],
  ])('accepts %s', (_label, input) => {
    expect(checkNiPppk(input, NOW)).toEqual({ ok: true, digits: normalizeNip(input) });
  });

  const invalid: Array<[string, string, string[]]> = [
    ['digit 13 is 1', '198503122021111001', ['Kode PPPK', 'digit 13: 1', 'harus 2']],
    ['digits 13–14 read a month (a NIP PNS)', '198503122021031001', ['Kode PPPK', 'digit 13: 0']],
    ['period digit 0', '198503122021201001', ['Kode periode', 'digit 14', 'tidak boleh 0']],
    ['TMT year before birth', '198503121980211001', ['Tahun TMT', 'digit 9–12', '1980']],
    ['TMT year equal to birth year', '198503121985211001', ['Tahun TMT', '1985']],
    ['TMT year in the future', '198503122030211001', ['Tahun TMT', '2030']],
    ['birth month 13', '198513122021211001', ['Tanggal lahir', 'NI PPPK', '19851312']],
    ['gender 3', '198503122021213001', ['jenis kelamin', 'NI PPPK', 'digit 15: 3']],
    ['serial 000', '198503122021211000', ['Nomor urut', 'NI PPPK', '000']],
    ['17 digits', '19850312202121100', ['NI PPPK harus 18 digit', 'terisi 17 digit']],
    ['letters', '1985031220212110X1', ['NI PPPK hanya boleh berisi angka']],
  ];
  it.each(invalid)('refuses %s', (_label, input, fragments) => {
    const check = checkNiPppk(input, NOW);
    expect(check.ok).toBe(false);
    if (check.ok) return;
    for (const fragment of fragments) expect(check.message).toContain(fragment);
  });

  it('asks for the NI PPPK when it is empty', () => {
    const check = checkNiPppk('', NOW);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.message).toContain('wajib diisi');
  });
});

describe('checkNomorInduk', () => {
  it('validates by kind of employee', () => {
    expect(checkNomorInduk('PNS', VALID_NIP, NOW).ok).toBe(true);
    expect(checkNomorInduk('PNS', VALID_NI_PPPK, NOW).ok).toBe(false);
    expect(checkNomorInduk('PPPK', VALID_NI_PPPK, NOW).ok).toBe(true);
    expect(checkNomorInduk('PPPK', VALID_NIP, NOW).ok).toBe(false);
  });

  it('needs no number for non-ASN', () => {
    expect(checkNomorInduk('NON_ASN', '', NOW)).toEqual({ ok: true, digits: '' });
  });
});

describe('formatNip / normalizeNip', () => {
  it.each([
    [VALID_NIP, '19700518 200503 1 005'],
    ['19700518 200503 1 005', '19700518 200503 1 005'],
    ['19700518-200503-1-005', '19700518 200503 1 005'],
    ['198503122010011004', '19850312 201001 1 004'],
  ])('formatNip(%j) = %j', (input, shown) => {
    expect(formatNip(input)).toBe(shown);
  });

  it.each(['', '123', '19700518200503100', 'bukan nip', '19700518200503100A'])('leaves %j unchanged', (input) => {
    expect(formatNip(input)).toBe(input);
  });

  it('removes spaces, dots and dashes only', () => {
    expect(normalizeNip(' 1970.0518-200503 1\t005 ')).toBe(VALID_NIP);
    expect(normalizeNip('12/34')).toBe('12/34');
  });
});
