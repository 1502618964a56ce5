import { describe, expect, it } from 'vitest';
import {
  GOLONGAN_PPPK,
  PANGKAT_PNS,
  canonicalGolonganPns,
  canonicalGolonganPppk,
  formatPangkatGolongan,
  pangkatOf,
} from '../../../../shared/format/pangkat';

// DOMAIN.md §5, PP 99/2000
const OFFICIAL_PNS: Array<[string, string]> = [
  ['I/a', 'Juru Muda'],
  ['I/b', 'Juru Muda Tingkat I'],
  ['I/c', 'Juru'],
  ['I/d', 'Juru Tingkat I'],
  ['II/a', 'Pengatur Muda'],
  ['II/b', 'Pengatur Muda Tingkat I'],
  ['II/c', 'Pengatur'],
  ['II/d', 'Pengatur Tingkat I'],
  ['III/a', 'Penata Muda'],
  ['III/b', 'Penata Muda Tingkat I'],
  ['III/c', 'Penata'],
  ['III/d', 'Penata Tingkat I'],
  ['IV/a', 'Pembina'],
  ['IV/b', 'Pembina Tingkat I'],
  ['IV/c', 'Pembina Utama Muda'],
  ['IV/d', 'Pembina Utama Madya'],
  ['IV/e', 'Pembina Utama'],
];

describe('PANGKAT_PNS', () => {
  it('holds the 17 ruang I/a–IV/e in order with their official names', () => {
    expect(PANGKAT_PNS.map((p) => [p.golongan, p.pangkat])).toEqual(OFFICIAL_PNS);
  });

  it.each(OFFICIAL_PNS)('pangkatOf(%s) = %s, in any case', (golongan, pangkat) => {
    expect(pangkatOf(golongan)).toBe(pangkat);
    expect(pangkatOf(golongan.toLowerCase())).toBe(pangkat);
    expect(formatPangkatGolongan('PNS', golongan)).toBe(`${pangkat}, ${golongan}`);
  });

  it('knows nothing outside the list', () => {
    expect(pangkatOf('V/a')).toBeUndefined();
    expect(pangkatOf('III/f')).toBeUndefined();
    expect(pangkatOf('')).toBeUndefined();
  });
});

describe('GOLONGAN_PPPK', () => {
  it('is I–XVII', () => {
    expect(GOLONGAN_PPPK).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII']);
  });
});

describe('canonicalGolonganPns', () => {
  it.each([
    ['iii/a', 'III/a'],
    ['III/A', 'III/a'],
    [' IV/E ', 'IV/e'],
    ['III-a', 'III/a'],
    ['iii / b', 'III/b'],
    ['i/a', 'I/a'],
    ['II/d', 'II/d'],
  ])('%j → %s', (input, golongan) => {
    expect(canonicalGolonganPns(input)).toBe(golongan);
  });

  it.each(['', 'V/a', 'III/f', 'III', 'IIIa', 'Penata Muda', 'IX', '3/a'])('%j is not on the list', (input) => {
    expect(canonicalGolonganPns(input)).toBeUndefined();
  });
});

describe('canonicalGolonganPppk', () => {
  it.each([
    ['ix', 'IX'],
    [' XVII ', 'XVII'],
    ['Golongan V', 'V'],
    ['golongan xiv', 'XIV'],
    ['I', 'I'],
  ])('%j → %s', (input, golongan) => {
    expect(canonicalGolonganPppk(input)).toBe(golongan);
  });

  it.each(['', 'XVIII', '0', 'IIII', 'III/a', '9', 'XX'])('%j is not I–XVII', (input) => {
    expect(canonicalGolonganPppk(input)).toBeUndefined();
  });
});

describe('formatPangkatGolongan', () => {
  it.each([
    ['PNS', 'iii/a', 'Penata Muda, III/a'],
    ['PNS', 'IV/e', 'Pembina Utama, IV/e'],
    ['PNS', 'X/z', 'X/z'],
    ['PPPK', 'IX', 'Golongan IX'],
    ['NON_ASN', 'III/a', ''],
    ['PNS', '', ''],
  ] as const)('(%s, %j) → %j', (jenis, golongan, shown) => {
    expect(formatPangkatGolongan(jenis, golongan)).toBe(shown);
  });

  it('shows nothing without a golongan', () => {
    expect(formatPangkatGolongan('PNS', undefined)).toBe('');
  });
});
