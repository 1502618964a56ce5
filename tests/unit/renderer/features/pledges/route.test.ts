import { describe, expect, it } from 'vitest';
import { createPledgeHref, parsePledgePrefill, parsePledgeTab } from '../../../../../renderer/src/features/pledges/route';

describe('pledge routes', () => {
  it('opens "Buat pakta" with the person and year of the registry link', () => {
    const href = createPledgeHref('u-abc123', 2022);
    expect(parsePledgeTab(href)).toBe('buat');
    expect(parsePledgePrefill(href)).toEqual({ personId: 'u-abc123', year: 2022 });
  });

  it.each([
    ['#/pakta', { personId: null, year: null }],
    ['#/pakta?tahun=1999', { personId: null, year: null }],
    ['#/pakta?tahun=abc&orang=', { personId: null, year: null }],
    ['#/pakta?tahun=2100', { personId: null, year: 2100 }],
  ])('ignores what is absent or out of range: %s', (hash, expected) => {
    expect(parsePledgePrefill(hash)).toEqual(expected);
  });
});
