import { describe, expect, it } from 'vitest';
import { involvementNote, suggestInvolvementOption, summarizeCoverage } from '../../../../shared/pledges/coverage';
import type { InvolvementOption, PledgeStatus } from '../../../../shared/pledges/views';

describe('summarizeCoverage', () => {
  it.each<[string, PledgeStatus[], number, number]>([
    ['nobody in scope', [], 0, 0],
    ['everyone signed, three ways', ['DIGITAL', 'BASAH', 'PINDAIAN'], 3, 100],
    ['printed but not signed does not count', ['DIGITAL', 'MENUNGGU'], 1, 50],
    ['one of three', ['BELUM', 'DIGITAL', 'BELUM'], 1, 100 / 3],
  ])('%s', (_label, statuses, signed, percent) => {
    const summary = summarizeCoverage(statuses);
    expect(summary.total).toBe(statuses.length);
    expect(summary.signed).toBe(signed);
    expect(summary.percent).toBeCloseTo(percent, 10);
    expect(Object.values(summary.byStatus).reduce((a, b) => a + b, 0)).toBe(statuses.length);
  });
});

describe('suggestInvolvementOption (LKE A.I.1.iv.d)', () => {
  it.each<[number, InvolvementOption]>([
    [100, 'A'],
    [99.99, 'B'],
    [50.01, 'B'],
    [50, 'C'],
    [0.5, 'C'],
    [0, 'D'],
  ])('%d %% → %s', (percent, option) => {
    expect(suggestInvolvementOption(percent)).toBe(option);
  });

  it('reminds that option a also needs proposals taken into decisions', () => {
    expect(involvementNote('A', summarizeCoverage(['DIGITAL']))).toMatch(/usulan anggota diakomodasi/);
    expect(involvementNote('D', summarizeCoverage([]))).toBe('Unit ini belum memiliki pegawai aktif.');
  });
});
