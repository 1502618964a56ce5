import { describe, expect, it } from 'vitest';
import { formatAngka, formatDecimal, formatPersen, parseAngka } from '../../../../shared/format/number';
import { parseDecimalInput } from '../../../../shared/lke';

describe('formatAngka', () => {
  // [value, decimals, shown]
  const rows: Array<[number, number, string]> = [
    [81.2583, 2, '81,26'],
    [1234.5, 2, '1.234,50'],
    [1234567.891, 2, '1.234.567,89'],
    [-1234.5, 2, '-1.234,50'],
    [-81.2583, 2, '-81,26'],
    [0, 2, '0,00'],
    [-0.001, 2, '0,00'], // rounds to zero: no "-0,00"
    [999.999, 2, '1.000,00'],
    [100, 2, '100,00'],
    [0.5, 1, '0,5'],
    [1234.5, 0, '1.235'],
    [1000000, 0, '1.000.000'],
    [-5, 0, '-5'],
    [999, 0, '999'],
    [81.26, 3, '81,260'],
  ];
  it.each(rows)('formatAngka(%d, %i) = %s', (value, decimals, shown) => {
    expect(formatAngka(value, decimals)).toBe(shown);
  });

  it('uses two decimals by default', () => {
    expect(formatAngka(3)).toBe('3,00');
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])('shows %d as a dash', (value) => {
    expect(formatAngka(value)).toBe('–');
  });

  it('formats a ratio as a percentage', () => {
    expect(formatPersen(0.8125)).toBe('81,25%');
    expect(formatPersen(1)).toBe('100,00%');
    expect(formatPersen(0.5, 0)).toBe('50%');
  });
});

describe('formatDecimal', () => {
  it.each([
    [4.5, '4,5'],
    [1234.5, '1.234,5'],
    [3.6, '3,6'],
    [0.1 + 0.2, '0,3'], // float noise hidden
    [-2.25, '-2,25'],
    [-0.0000001, '0'],
    [1234567, '1.234.567'],
    [Number.NaN, 'NaN'],
  ])('formatDecimal(%d) = %s', (value, shown) => {
    expect(formatDecimal(value)).toBe(shown);
  });
});

/**
 * The one Indonesian number rule (DOMAIN §5): parseAngka and the worksheet's parseDecimalInput
 * (a wrapper returning a Result) read every text the same way.
 */
describe('one rule for typed numbers', () => {
  const table: Array<[string, number | undefined]> = [
    ['1.234', 1234],
    ['1,5', 1.5],
    ['1.234,5', 1234.5],
    ['0,25', 0.25],
    ['3.5', 3.5],
    ['3,5', 3.5],
    ['-', undefined],
    ['', undefined],
    ['1e3', undefined],
    [' 12 ', 12],
    ['-0', 0],
    ['3 6', undefined],
    ['1 234,5', 1234.5],
  ];
  it.each(table)('%j → %s', (text, value) => {
    expect(parseAngka(text)).toBe(value);
    const result = parseDecimalInput(text);
    expect(result.ok ? result.value : undefined).toBe(value);
  });
});

describe('parseAngka', () => {
  // [typed text, value] — both separators accepted
  const rows: Array<[string, number]> = [
    ['3,6', 3.6],
    ['3.6', 3.6],
    ['1.234,5', 1234.5],
    ['1,234.5', 1234.5],
    ['1.234', 1234], // one dot + three digits: thousands (Indonesian habit)
    ['1.234.567', 1234567],
    ['1,234,567', 1234567],
    ['1.234.567,89', 1234567.89],
    ['1,234,567.89', 1234567.89],
    ['1,234', 1.234], // a comma is the decimal separator
    ['0.234', 0.234], // "0." cannot start a thousands group
    ['12.34', 12.34],
    ['1234.567', 1234.567], // four digits before the dot: not a group
    ['1234', 1234],
    ['0', 0],
    ['0,5', 0.5],
    [' 81,26 ', 81.26],
    ['1 234,5', 1234.5],
    ['-2,5', -2.5],
    ['-1.234,5', -1234.5],
    ['+7', 7],
  ];
  it.each(rows)('parseAngka(%j) = %d', (text, value) => {
    expect(parseAngka(text)).toBeCloseTo(value, 10);
  });

  const junk = ['', '   ', '3 6', '1  234', '12 34', 'abc', '3,6abc', 'abc3,6', '1,2,3', '1.2.3', '1.234,5.6', '1,234.5,6', '12,34.56,7', '-', '+', '.', ',', '1..2', '1.', '1,', '1e3', 'Infinity', 'NaN', '--1', '1-2', '0x10', '½', '١٢٣'];
  it.each(junk)('parseAngka(%j) is undefined', (text) => {
    expect(parseAngka(text)).toBeUndefined();
  });

  it('round-trips what formatAngka shows', () => {
    for (const value of [81.26, 1234.5, -1234.5, 0, 1234567.89]) {
      expect(parseAngka(formatAngka(value))).toBeCloseTo(value, 10);
    }
  });
});
