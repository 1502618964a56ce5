import { describe, expect, it } from 'vitest';
import { scoreWorksheet, type WorksheetScore } from '../../../../shared/lke/scoring';
import { verdict } from '../../../../shared/lke/verdict';
import { shippedTemplate, shippedThresholds } from './fixtures';
import { workedExampleAnswers } from './worked-example.fixture';

/**
 * Full worked example: the answers and the per-sub-area arithmetic are in
 * worked-example.fixture.ts; here the sums up the tree, computed by hand.
 */

const TOLERANCE_DIGITS = 9; // |actual − expected| < 5e-10

function areaValues(score: WorksheetScore, half: 'pemenuhan' | 'reform'): number[] {
  return score.pengungkit[half].areas.map((area) => area.value);
}

describe('worked example: a fully answered worksheet scored by hand', () => {
  const score = scoreWorksheet(shippedTemplate(), workedExampleAnswers());

  it('is complete and unflagged', () => {
    expect(score.completeness).toEqual({ answered: 113, total: 113, inputsAnswered: 22, inputsTotal: 22, complete: true });
    expect(score.flags).toEqual([]);
  });

  it('gives the hand-computed sub-area values', () => {
    const expected: Array<[string, number]> = [
      ['A.I.1.i', 0.375], //               (1 + 0,5)/2 × 0,5
      ['A.I.1.ii', 0.833333333333], // (1 + 1 + 0,5)/3 × 1
      ['A.I.1.iii', 0.556666666667], // (0,67 + 0,67 + 0,33)/3 × 1
      ['A.I.1.iv', 1.37625], //            (1 + 1 + 1 + 0,67)/4 × 1,5
      ['A.I.4.i', 1.808333333333], //  (1 + 0,5 + 0,67)/3 × 2,5
      ['A.I.4.ii', 1.928125], //           6,17/8 × 2,5
      ['A.I.6.i', 0.7725], //              3,09/4 × 1
      ['A.I.6.ii', 0.696666666667], // 4,18/6 × 1
      ['A.II.1.i', 1.55], //               (0,8 + 0,75)/2 × 2
      ['A.II.3.iii', 1], //                (4 − 2)/4 × 2
      ['A.II.4.i', 1.5], //                9/12 × 2
      ['A.II.5.ii', 3], //                 min(1, 25/20) × 3
      ['A.II.5.iii.b', 0.936170212766], // 44/47 × 1
      ['A.II.6.i', 1.775], //              (0,67 + 0,75)/2 × 2,5
    ];
    const values = new Map(
      score.pengungkit.halves.flatMap((half) =>
        half.areas.flatMap((area) => area.subAreas.map((subArea) => [subArea.code, subArea.value] as const)),
      ),
    );
    for (const [code, value] of expected) {
      expect(values.get(code), code).toBeCloseTo(value, TOLERANCE_DIGITS);
    }
  });

  it('gives the hand-computed area values', () => {
    // Pemenuhan areas:
    //   A.I.1 0,375 + 0,833333333333 + 0,556666666667 + 1,37625          = 3,14125
    //   A.I.2 all best                                                   = 3,5
    //   A.I.3 all best                                                   = 5
    //   A.I.4 1,808333333333 + 1,928125                                  = 3,736458333333
    //   A.I.5 all best                                                   = 7,5
    //   A.I.6 0,7725 + 0,696666666667 + 0,583333333333 + 0,64 + 0,723333333333 = 3,415833333333
    const pemenuhan = [3.14125, 3.5, 5, 3.736458333333, 7.5, 3.415833333333];
    // Reform areas:
    //   A.II.1 1,55 + 0,75 + 0,67 = 2,97     A.II.2 = 3,5        A.II.3 1,5 + 0,75 + 1 = 3,25
    //   A.II.4 1,5 + 1,5 + 1,005 = 4,005     A.II.5 2,5 + 3 + 1 + 44/47 = 7,436170212766
    //   A.II.6 1,775 + 2,5 = 4,275
    const reform = [2.97, 3.5, 3.25, 4.005, 7.436170212766, 4.275];
    areaValues(score, 'pemenuhan').forEach((value, index) => {
      expect(value).toBeCloseTo(pemenuhan[index] ?? Number.NaN, TOLERANCE_DIGITS);
    });
    areaValues(score, 'reform').forEach((value, index) => {
      expect(value).toBeCloseTo(reform[index] ?? Number.NaN, TOLERANCE_DIGITS);
    });
  });

  it('gives the hand-computed Pemenuhan, Reform, Pengungkit, Hasil and Total', () => {
    // Pemenuhan = 3,14125 + 3,5 + 5 + 3,736458333333 + 7,5 + 3,415833333333
    //           = 22,481875 (the terminating parts) + 11,435/3 (the thirds: 5,425/3 + 6,01/3) = 26,293541666667
    const pemenuhan = 26.293541666667;
    // Reform    = 2,97 + 3,5 + 3,25 + 4,005 + 7,436170212766 + 4,275 = 24,5 + 44/47 = 25,436170212766
    const reform = 25.436170212766;
    // Pengungkit = 26,293541666667 + 25,436170212766 = 51,729711879433
    const pengungkit = 51.729711879433;
    // Hasil = 15,75 (IPAK 3,60) + 3,75 (capaian B) + 14,875 (IPKP 3,40) = 34,375
    const hasil = 34.375;
    // Total = 51,729711879433 + 34,375 = 86,104711879433
    const total = 86.104711879433;

    expect(score.pengungkit.pemenuhan.value).toBeCloseTo(pemenuhan, TOLERANCE_DIGITS);
    expect(score.pengungkit.reform.value).toBeCloseTo(reform, TOLERANCE_DIGITS);
    expect(score.pengungkit.value).toBeCloseTo(pengungkit, TOLERANCE_DIGITS);
    expect(score.hasil.value).toBeCloseTo(hasil, TOLERANCE_DIGITS);
    expect(score.hasil.birokrasiBersih.value).toBeCloseTo(19.5, TOLERANCE_DIGITS); // 15,75 + 3,75
    expect(score.value).toBeCloseTo(total, TOLERANCE_DIGITS);
    expect(score.percent).toBeCloseTo(total, TOLERANCE_DIGITS); // weight 100
  });

  it('passes Menuju WBK on every criterion', () => {
    const result = verdict(score, shippedThresholds().wbk);
    expect(result.passed).toBe(true);
    expect(result.failing).toEqual([]);
    expect(result.criteria).toHaveLength(18);
  });

  it('fails Menuju WBBM on four areas below 75 % and on IPKP, with the shortfalls', () => {
    const result = verdict(score, shippedThresholds().wbbm);
    expect(result.passed).toBe(false);
    const failing = result.failing.map((entry) => [entry.id, entry.minimum, entry.shortfall]);
    // A.I.4: 5 × 75 % = 3,75 − 3,736458333333 = 0,013541666667
    // A.I.6: 3,75 − 3,415833333333 = 0,334166666667
    // A.II.1: 4 × 75 % = 3 − 2,97 = 0,03
    // A.II.3: 3,75 − 3,25 = 0,5
    // IPKP: 15,75 − 14,875 = 0,875
    const expected: Array<[string, number, number]> = [
      ['area:A.I.4', 3.75, 0.013541666667],
      ['area:A.I.6', 3.75, 0.334166666667],
      ['area:A.II.1', 3, 0.03],
      ['area:A.II.3', 3.75, 0.5],
      ['ipkp', 15.75, 0.875],
    ];
    expect(failing.map((entry) => entry[0])).toEqual(expected.map((entry) => entry[0]));
    failing.forEach((entry, index) => {
      expect(entry[1]).toBeCloseTo(expected[index]?.[1] ?? Number.NaN, TOLERANCE_DIGITS);
      expect(entry[2]).toBeCloseTo(expected[index]?.[2] ?? Number.NaN, TOLERANCE_DIGITS);
    });
  });
});
