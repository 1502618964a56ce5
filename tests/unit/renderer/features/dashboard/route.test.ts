import { describe, expect, it } from 'vitest';
import { dashboardHref, parseDashboardYear } from '../../../../../renderer/src/features/dashboard/route';

describe('parseDashboardYear', () => {
  const rows: Array<[string, number | undefined]> = [
    ['#/laporan?tahun=2022', 2022],
    ['#/laporan', undefined],
    ['#/laporan?tahun=', undefined],
    ['#/laporan?tahun=abcd', undefined],
    ['#/laporan?tahun=1999', undefined],
    ['#/laporan?tahun=2101', undefined],
    ['#/laporan?tahun=2022.5', undefined],
    ['#/laporan?lain=1&tahun=2021', 2021],
  ];
  it.each(rows)('%s → %s', (hash, expected) => {
    expect(parseDashboardYear(hash)).toBe(expected);
  });

  it('round-trips through dashboardHref', () => {
    expect(dashboardHref()).toBe('#/laporan');
    expect(parseDashboardYear(dashboardHref(2023))).toBe(2023);
  });
});
