import { describe, expect, it } from 'vitest';
import type { Answer } from '../../../../shared/lke/answers';
import {
  computePercentage,
  scoreWorksheet,
  type ItemScore,
  type SubAreaScore,
  type WorksheetScore,
} from '../../../../shared/lke/scoring';
import { counts, shippedTemplate, uniformAnswers } from './fixtures';

function findSubArea(score: WorksheetScore, code: string): SubAreaScore {
  for (const half of score.pengungkit.halves) {
    for (const area of half.areas) {
      for (const subArea of area.subAreas) if (subArea.code === code) return subArea;
    }
  }
  throw new Error(`no sub-area ${code}`);
}

function findItem(score: WorksheetScore, code: string): ItemScore {
  for (const half of score.pengungkit.halves) {
    for (const area of half.areas) {
      for (const subArea of area.subAreas) {
        for (const item of subArea.items) if (item.code === code) return item;
      }
    }
  }
  throw new Error(`no item ${code}`);
}

function score(answers: Record<string, Answer>): WorksheetScore {
  return scoreWorksheet(shippedTemplate(), answers);
}

describe('every answer type has its regulation value (PermenPANRB 90/2021 Lampiran III)', () => {
  it.each<[string, Answer, number]>([
    ['A.I.1.i.a', { type: 'YA_TIDAK', value: 'Ya' }, 1],
    ['A.I.1.i.a', { type: 'YA_TIDAK', value: 'Tidak' }, 0],
    ['A.I.1.i.b', { type: 'ABC', value: 'A' }, 1],
    ['A.I.1.i.b', { type: 'ABC', value: 'B' }, 0.5],
    ['A.I.1.i.b', { type: 'ABC', value: 'C' }, 0],
    ['A.I.1.iii.a', { type: 'ABCD', value: 'A' }, 1],
    ['A.I.1.iii.a', { type: 'ABCD', value: 'B' }, 0.67],
    ['A.I.1.iii.a', { type: 'ABCD', value: 'C' }, 0.33],
    ['A.I.1.iii.a', { type: 'ABCD', value: 'D' }, 0],
    ['A.I.2.i.b', { type: 'ABCDE', value: 'A' }, 1],
    ['A.I.2.i.b', { type: 'ABCDE', value: 'B' }, 0.75],
    ['A.I.2.i.b', { type: 'ABCDE', value: 'C' }, 0.5],
    ['A.I.2.i.b', { type: 'ABCDE', value: 'D' }, 0.25],
    ['A.I.2.i.b', { type: 'ABCDE', value: 'E' }, 0],
  ])('%s %j → %d', (code, answer, value) => {
    const item = findItem(score({ [code]: answer }), code);
    expect(item).toMatchObject({ answered: true, scored: true, value });
  });

  it.each<[string, Answer, number]>([
    // Single-item sub-areas: value = item value × sub-area weight.
    ['A.I.3.v', { type: 'ABCD', value: 'B' }, 0.67 * 0.75], // 0.5025
    ['A.I.3.vi', { type: 'ABC', value: 'B' }, 0.5 * 0.25], // 0.125
    ['A.II.1.ii', { type: 'ABCDE', value: 'D' }, 0.25 * 1], // 0.25
    ['A.II.5.i', { type: 'ABCDE', value: 'B' }, 0.75 * 2.5], // 1.875
  ])('sub-area %s with %j → %d', (subAreaCode, answer, value) => {
    const answers: Record<string, Answer> = { [`${subAreaCode}.a`]: answer };
    expect(findSubArea(score(answers), subAreaCode).value).toBeCloseTo(value, 12);
  });

  it('keeps a JUMLAH count as a raw, unscored input', () => {
    const item = findItem(score(counts({ 'A.II.4.i.a.1': 12 })), 'A.II.4.i.a.1');
    expect(item).toEqual({ code: 'A.II.4.i.a.1', answerType: 'JUMLAH', scored: false, answered: true, value: 12, flags: [] });
  });

  it.each<[string, Answer, number]>([
    ['B.I.a', { type: 'INDEKS', value: 3.6 }, 15.75], // 3,60 ÷ 4 × 17,5
    ['B.I.a', { type: 'INDEKS', value: 4 }, 17.5],
    ['B.I.a', { type: 'INDEKS', value: 0 }, 0],
    ['B.II.a', { type: 'INDEKS', value: 3.2 }, 14], // 3,20 ÷ 4 × 17,5
    ['B.II.a', { type: 'INDEKS', value: 3.4 }, 14.875],
    ['B.I.b', { type: 'ABCDE', value: 'A' }, 5],
    ['B.I.b', { type: 'ABCDE', value: 'B' }, 3.75], // 0,75 × 5
    ['B.I.b', { type: 'ABCDE', value: 'C' }, 2.5],
    ['B.I.b', { type: 'ABCDE', value: 'D' }, 1.25],
    ['B.I.b', { type: 'ABCDE', value: 'E' }, 0],
  ])('Hasil %s %j → %d points', (code, answer, points) => {
    const result = score({ [code]: answer });
    const indicator = [result.hasil.ipak, result.hasil.capaianKinerja, result.hasil.ipkp].find((entry) => entry.code === code);
    expect(indicator?.value).toBeCloseTo(points, 12);
    expect(result.hasil.value).toBeCloseTo(points, 12);
  });

  it('reports the index as entered and the capaian multiplier as input', () => {
    const result = score({ 'B.I.a': { type: 'INDEKS', value: 3.6 }, 'B.I.b': { type: 'ABCDE', value: 'B' } });
    expect(result.hasil.ipak.input).toBe(3.6);
    expect(result.hasil.capaianKinerja.input).toBe(0.75);
    expect(result.hasil.ipkp.input).toBeNull();
    // Birokrasi bersih = 15,75 + 3,75 = 19,5
    expect(result.hasil.birokrasiBersih.value).toBeCloseTo(19.5, 12);
  });
});

describe('computed percentages (LKE workbook column K)', () => {
  it.each([
    ['below target: 9 of 12 sasaran', 12, 9, 0.75, false],
    ['exactly met', 12, 12, 1, false],
    ['capped at 1 when over 100 %', 10, 15, 1, false],
    ['nothing achieved', 10, 0, 0, false],
    ['zero denominator → 0, flagged', 0, 5, 0, true],
    ['zero over zero → 0, flagged', 0, 0, 0, true],
  ])('ratio: %s', (_name, denominator, numerator, value, zeroFlag) => {
    const result = score(counts({ 'A.II.4.i.a.1': denominator, 'A.II.4.i.a.2': numerator }));
    const item = findItem(result, 'A.II.4.i.a');
    expect(item.answered).toBe(true);
    expect(item.value).toBeCloseTo(value, 12);
    expect(findSubArea(result, 'A.II.4.i').value).toBeCloseTo(value * 2, 12);
    const flagKinds = item.flags.map((flag) => flag.kind);
    expect(flagKinds).toEqual(zeroFlag ? ['ZERO_DENOMINATOR'] : []);
    // Flags travel up to the worksheet.
    expect(result.flags.map((flag) => flag.itemCode)).toEqual(zeroFlag ? ['A.II.4.i.a'] : []);
  });

  it('sums a multi-count denominator (LHKPN: 4 reported of 1 + 3 + 0 obliged → 1)', () => {
    const result = score(
      counts({ 'A.II.5.iii.a.a.1': 1, 'A.II.5.iii.a.a.2': 3, 'A.II.5.iii.a.a.3': 0, 'A.II.5.iii.a.a.4': 4 }),
    );
    expect(findItem(result, 'A.II.5.iii.a.a').value).toBe(1);
    expect(findSubArea(result, 'A.II.5.iii.a').value).toBe(1);
  });

  it.each([
    ['both years 0 → 1', 0, 0, 1, false],
    ['violations rose (2 → 3) → 0', 2, 3, 0, false],
    ['halved (4 → 2) → 0,5', 4, 2, 0.5, false],
    ['none left (5 → 0) → 1', 5, 0, 1, false],
    ['unchanged (3 → 3) → 0', 3, 3, 0, false],
    ['rose from 0 (0 → 3) → 0, flagged', 0, 3, 0, true],
  ])('disiplin (last − this) ÷ last: %s', (_name, lastYear, thisYear, value, zeroFlag) => {
    const result = score(counts({ 'A.II.3.iii.a.1': lastYear, 'A.II.3.iii.a.2': thisYear, 'A.II.3.iii.a.3': 1 }));
    const item = findItem(result, 'A.II.3.iii.a');
    expect(item.value).toBeCloseTo(value, 12);
    expect(item.flags.map((flag) => flag.kind)).toEqual(zeroFlag ? ['ZERO_DENOMINATOR'] : []);
    expect(findSubArea(result, 'A.II.3.iii').value).toBeCloseTo(value * 2, 12);
  });

  it('never inverts the disciplinary formula (this ÷ last would give 2 for 4 → 8)', () => {
    const value = computePercentage(
      { kind: 'disiplin', lastYear: 'p', thisYear: 'c' },
      (code) => (code === 'p' ? 4 : 8),
    );
    expect(value).toEqual({ value: 0, zeroDenominator: false });
  });

  it('counts an item with incomplete inputs as unanswered, flagged', () => {
    const result = score(counts({ 'A.II.4.i.a.1': 12 }));
    const item = findItem(result, 'A.II.4.i.a');
    expect(item).toMatchObject({ answered: false, value: null });
    expect(item.flags).toEqual([
      {
        kind: 'INPUTS_INCOMPLETE',
        itemCode: 'A.II.4.i.a',
        message: 'Butir A.II.4.i.a: isian jumlah belum lengkap (A.II.4.i.a.2); butir dianggap belum dijawab.',
      },
    ]);
    expect(findSubArea(result, 'A.II.4.i').completeness).toEqual({
      answered: 0,
      total: 1,
      inputsAnswered: 1,
      inputsTotal: 2,
      complete: false,
    });
  });

  it('scores an item whose unused, recorded input is empty, but keeps the worksheet incomplete', () => {
    const result = score(counts({ 'A.II.5.ii.a.1': 10, 'A.II.5.ii.a.3': 8 }));
    const subArea = findSubArea(result, 'A.II.5.ii');
    expect(subArea.value).toBeCloseTo(0.8 * 3, 12);
    expect(subArea.completeness).toMatchObject({ answered: 1, total: 1, inputsAnswered: 2, inputsTotal: 3, complete: false });
  });
});

describe('aggregation (DOMAIN §2)', () => {
  it('averages answered items only and reports completeness', () => {
    // A.I.1.i: only "Ya" answered → 1 / 1 × 0,5 = 0,5 (the Excel AVERAGE skips blanks)
    const result = score({ 'A.I.1.i.a': { type: 'YA_TIDAK', value: 'Ya' } });
    const subArea = findSubArea(result, 'A.I.1.i');
    expect(subArea.value).toBe(0.5);
    expect(subArea.percent).toBe(100);
    expect(subArea.completeness).toEqual({ answered: 1, total: 2, inputsAnswered: 0, inputsTotal: 0, complete: false });
  });

  it('never averages JUMLAH counts into the sub-area', () => {
    // A.II.3.iii: the only scored item is the computed % (4 → 2 = 0,5); the counts 4, 2, 100 are inputs.
    const result = score(counts({ 'A.II.3.iii.a.1': 4, 'A.II.3.iii.a.2': 2, 'A.II.3.iii.a.3': 100 }));
    expect(findSubArea(result, 'A.II.3.iii').value).toBe(1);
  });

  it('scores an empty worksheet as 0 with full completeness counts', () => {
    const result = score({});
    expect(result.value).toBe(0);
    expect(result.weight).toBe(100);
    expect(result.completeness).toEqual({ answered: 0, total: 113, inputsAnswered: 0, inputsTotal: 22, complete: false });
    expect(result.flags).toEqual([]);
  });

  it('scores the best answers everywhere as exactly 100 and every node at 100 %', () => {
    const result = score(uniformAnswers(shippedTemplate(), 'best'));
    expect(result.value).toBeCloseTo(100, 9);
    expect(result.pengungkit.value).toBeCloseTo(60, 9);
    expect(result.hasil.value).toBeCloseTo(40, 9);
    expect(result.completeness.complete).toBe(true);
    for (const half of result.pengungkit.halves) {
      expect(half.value).toBeCloseTo(30, 9);
      for (const area of half.areas) expect(area.percent).toBeCloseTo(100, 9);
    }
  });

  it('scores the worst answers everywhere as 0', () => {
    const result = score(uniformAnswers(shippedTemplate(), 'worst'));
    expect(result.value).toBe(0);
    expect(result.completeness.complete).toBe(true);
    expect(result.flags).toEqual([]);
  });

  it('gives the same result for a Map and a record, and does not touch the answers', () => {
    const record = uniformAnswers(shippedTemplate(), 'best');
    const before = structuredClone(record);
    const fromRecord = scoreWorksheet(shippedTemplate(), record);
    const fromMap = scoreWorksheet(shippedTemplate(), new Map(Object.entries(record)));
    expect(fromMap).toEqual(fromRecord);
    expect(record).toEqual(before);
  });

  it('mirrors the template tree', () => {
    const result = score({});
    expect(result.components.map((component) => component.code)).toEqual(['A', 'B']);
    expect(result.components[0]).toBe(result.pengungkit);
    expect(result.pengungkit.pemenuhan.code).toBe('A.I');
    expect(result.pengungkit.reform.areas.map((area) => area.code)).toEqual([
      'A.II.1',
      'A.II.2',
      'A.II.3',
      'A.II.4',
      'A.II.5',
      'A.II.6',
    ]);
    expect(result.pengungkit.reform.areas[4]?.subAreas.map((subArea) => subArea.code)).toEqual([
      'A.II.5.i',
      'A.II.5.ii',
      'A.II.5.iii.a',
      'A.II.5.iii.b',
    ]);
    expect(result.hasil.subComponents.map((sub) => [sub.code, sub.weight])).toEqual([
      ['B.I', 22.5],
      ['B.II', 17.5],
    ]);
  });
});

describe('stored answers that do not fit are ignored and flagged', () => {
  it.each<[string, Answer, string]>([
    ['A.I.1.i.a', { type: 'ABC', value: 'A' }, 'ANSWER_TYPE_MISMATCH'],
    ['A.I.1.i.b', { type: 'YA_TIDAK', value: 'Ya' }, 'ANSWER_TYPE_MISMATCH'],
    ['A.II.4.i.a', { type: 'JUMLAH', value: 5 }, 'ANSWER_TYPE_MISMATCH'],
    ['A.II.4.i.a.1', { type: 'JUMLAH', value: -2 }, 'INVALID_ANSWER'],
    ['A.II.4.i.a.1', { type: 'JUMLAH', value: 1.5 }, 'INVALID_ANSWER'],
    ['B.I.a', { type: 'INDEKS', value: 5 }, 'INVALID_ANSWER'],
    ['B.I.a', { type: 'ABCDE', value: 'A' }, 'ANSWER_TYPE_MISMATCH'],
  ])('%s ← %j', (code, answer, kind) => {
    const result = score({ [code]: answer });
    expect(result.value).toBe(0);
    expect(result.flags.map((flag) => [flag.itemCode, flag.kind])).toEqual([[code, kind]]);
    expect(result.completeness.answered).toBe(0);
    expect(result.completeness.inputsAnswered).toBe(0);
  });

  it('explains a type mismatch in Indonesian', () => {
    const result = score({ 'A.I.1.i.a': { type: 'ABC', value: 'A' } });
    expect(result.flags[0]?.message).toBe(
      'Butir A.I.1.i.a: jawaban A/B/C tidak cocok dengan jenis butir (Ya/Tidak); jawaban diabaikan.',
    );
  });

  it('ignores answers for codes the template does not have', () => {
    const result = score({ 'Z.9': { type: 'ABC', value: 'A' } });
    expect(result.value).toBe(0);
    expect(result.flags).toEqual([]);
  });
});
