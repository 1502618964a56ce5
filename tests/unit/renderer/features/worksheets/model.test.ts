import { describe, expect, it } from 'vitest';
import { getTemplate, scoreWorksheet, type Answer } from '../../../../../shared/lke';
import { answerText, sameAnswer } from '../../../../../shared/worksheets';
import { answerInputText, noteProblem, parseNumberAnswer } from '../../../../../renderer/src/features/worksheets/model/answers';
import { buildTree, groupFigures, indexScore } from '../../../../../renderer/src/features/worksheets/model/tree';

const loaded = getTemplate('lke-zi-90-2021-5-2024');
if (!loaded.ok) throw new Error(loaded.error.message);
const template = loaded.value;

describe('parseNumberAnswer', () => {
  const rows: Array<[string, 'JUMLAH' | 'INDEKS', string, Answer | null | 'error']> = [
    ['index with a comma', 'INDEKS', '3,6', { type: 'INDEKS', value: 3.6 }],
    ['index with a dot', 'INDEKS', '3.6', { type: 'INDEKS', value: 3.6 }],
    ['index with two decimals', 'INDEKS', '3,62', { type: 'INDEKS', value: 3.62 }],
    ['index above 4', 'INDEKS', '4,5', 'error'],
    ['negative index', 'INDEKS', '-1', 'error'],
    ['index with three decimals', 'INDEKS', '3,625', 'error'],
    ['text in an index', 'INDEKS', 'tiga', 'error'],
    ['count', 'JUMLAH', '12', { type: 'JUMLAH', value: 12 }],
    ['fractional count', 'JUMLAH', '1,5', 'error'],
    ['negative count', 'JUMLAH', '-3', 'error'],
    ['empty clears', 'JUMLAH', '  ', null],
  ];
  it.each(rows)('%s', (_name, type, text, expected) => {
    const result = parseNumberAnswer(type, text);
    if (expected === 'error') expect(result.ok).toBe(false);
    else expect(result).toEqual({ ok: true, value: expected });
  });
});

describe('parseNumberAnswer applies the limits main applies (checkNumberAnswer)', () => {
  it.each([
    ['INDEKS', '4,5', 'Indeks harus antara 0 dan 4 (diisi 4,5).'],
    ['INDEKS', '3,625', 'Indeks paling banyak dua angka di belakang koma (diisi 3,625).'],
    ['JUMLAH', '1,5', 'Jumlah harus bilangan bulat (diisi 1,5).'],
    ['JUMLAH', '-3', 'Jumlah tidak boleh negatif (diisi -3).'],
  ] as const)('%s %j', (type, text, message) => {
    expect(parseNumberAnswer(type, text)).toEqual({ ok: false, error: { code: 'INVALID_INPUT', message } });
  });

  it('reads "1.234" in a count as 1234, the Indonesian way', () => {
    expect(parseNumberAnswer('JUMLAH', '1.234')).toEqual({ ok: true, value: { type: 'JUMLAH', value: 1234 } });
  });
});

describe('answers', () => {
  it('shows answers the Indonesian way and compares them by type and value', () => {
    // One answerText for the screen and the reports: an index shows the decimals it has.
    expect(answerText({ type: 'INDEKS', value: 3.6 })).toBe('3,6');
    expect(answerText({ type: 'INDEKS', value: 3.62 })).toBe('3,62');
    expect(answerText({ type: 'JUMLAH', value: 1234 })).toBe('1.234');
    expect(answerText(undefined)).toBe('');
    expect(sameAnswer({ type: 'ABC', value: 'A' }, { type: 'ABCD', value: 'A' })).toBe(false);
    expect(sameAnswer(undefined, undefined)).toBe(true);
    expect(sameAnswer(null, undefined)).toBe(true);
    expect(sameAnswer({ type: 'INDEKS', value: 3.6 }, null)).toBe(false);
    expect(answerInputText({ type: 'INDEKS', value: 3.6 })).toBe('3,6');
  });
});

describe('buildTree', () => {
  const tree = buildTree(template);

  it('lists the 127 entered items in template order, the 8 computed ones as rows too', () => {
    expect(tree.editableCodes).toHaveLength(127);
    expect(tree.rows.filter((row) => row.kind === 'item')).toHaveLength(135);
    expect(tree.editableCodes[0]).toBe('A.I.1.i.a');
    expect(tree.editableCodes.at(-1)).toBe('B.II.a');
    expect(buildTree(template)).toBe(tree);
  });

  it('gives every heading its entered items', () => {
    const pengungkit = tree.rows.find((row) => row.kind === 'node' && row.code === 'A');
    const hasil = tree.rows.find((row) => row.kind === 'node' && row.code === 'B');
    expect(pengungkit?.kind === 'node' && pengungkit.entryCodes.length).toBe(124);
    expect(hasil?.kind === 'node' && hasil.entryCodes.length).toBe(3);
  });

  it('sums the LHKPN and non-LHKPN sub-areas under their display group', () => {
    const group = tree.rows.find((row) => row.kind === 'node' && row.level === 'group');
    if (group?.kind !== 'node') throw new Error('no group');
    expect(group.subAreaCodes).toHaveLength(2);
    const answers: Record<string, Answer> = {
      'A.II.5.iii.a.a.1': { type: 'JUMLAH', value: 1 },
      'A.II.5.iii.a.a.2': { type: 'JUMLAH', value: 3 },
      'A.II.5.iii.a.a.3': { type: 'JUMLAH', value: 0 },
      'A.II.5.iii.a.a.4': { type: 'JUMLAH', value: 0 },
    };
    const figures = groupFigures(group, indexScore(scoreWorksheet(template, answers)));
    expect(figures?.weight).toBe(2);
  });
});

describe('noteProblem', () => {
  it('keeps a pasted note of 500 characters, refuses one over the limit main applies with the reason', () => {
    expect(noteProblem('x'.repeat(500))).toBeUndefined();
    expect(noteProblem('x'.repeat(4000))).toBeUndefined();
    expect(noteProblem('x'.repeat(4001))).toBe('Catatan paling banyak 4.000 karakter (sekarang 4.001); perubahan ini belum disimpan.');
  });
});

describe('parseNumberAnswer on bad input into a count', () => {
  it.each([
    ['abc', '"abc" bukan angka yang valid; contoh penulisan: 3,6 atau 12.'],
    ['4,5', 'Jumlah harus bilangan bulat (diisi 4,5).'],
    ['-3', 'Jumlah tidak boleh negatif (diisi -3).'],
  ])('%j is refused with a message in Bahasa Indonesia', (text, message) => {
    expect(parseNumberAnswer('JUMLAH', text)).toEqual({ ok: false, error: { code: 'INVALID_INPUT', message } });
  });
});
