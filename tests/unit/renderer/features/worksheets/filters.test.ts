import { describe, expect, it } from 'vitest';
import { getTemplate, type Answer } from '../../../../../shared/lke';
import type { Layer, LayerAnswers } from '../../../../../renderer/src/features/worksheets/model/answers';
import { visibleItems, type Filter } from '../../../../../renderer/src/features/worksheets/model/filters';
import { buildTree } from '../../../../../renderer/src/features/worksheets/model/tree';
import type { LocalState } from '../../../../../renderer/src/features/worksheets/useWorksheetEditor';

const loaded = getTemplate('lke-zi-90-2021-5-2024');
if (!loaded.ok) throw new Error(loaded.error.message);
const tree = buildTree(loaded.value);

const COUNT = 'A.II.1.i.a.1';
const INDEX = 'B.I.a';
const CHOICE = 'A.I.1.i.a';

function state(answers: Partial<Record<Layer, LayerAnswers>>, notes: Partial<Record<Layer, Record<string, string>>> = {}): LocalState {
  return {
    answers: { unit: answers.unit ?? {}, tpi: answers.tpi ?? {}, tpn: answers.tpn ?? {} },
    notes: { unit: notes.unit ?? {}, tpi: notes.tpi ?? {}, tpn: notes.tpn ?? {} },
  };
}

const count = (value: number): Answer => ({ type: 'JUMLAH', value });
const index = (value: number): Answer => ({ type: 'INDEKS', value });
const choice = (value: 'A' | 'B'): Answer => ({ type: 'ABC', value });

/**
 * One row per filter and answer type: the state before the first keystroke (the item is in the
 * view) and after it (the filter alone would drop the item). Pinned, the item stays.
 */
const rows: Array<[Filter, Layer, string, LocalState, LocalState]> = [
  ['belum', 'unit', COUNT, state({}), state({ unit: { [COUNT]: count(4) } })],
  ['belum', 'tpi', INDEX, state({ unit: { [INDEX]: index(3) } }), state({ unit: { [INDEX]: index(3) }, tpi: { [INDEX]: index(3) } })],
  ['belum', 'unit', CHOICE, state({}), state({ unit: { [CHOICE]: choice('A') } })],
  ['berbeda', 'tpi', COUNT, state({ unit: { [COUNT]: count(4) }, tpi: { [COUNT]: count(40) } }), state({ unit: { [COUNT]: count(4) }, tpi: { [COUNT]: count(4) } })],
  ['berbeda', 'unit', INDEX, state({ unit: { [INDEX]: index(2) }, tpi: { [INDEX]: index(3) } }), state({ unit: { [INDEX]: index(3) }, tpi: { [INDEX]: index(3) } })],
  ['berbeda', 'tpi', CHOICE, state({ unit: { [CHOICE]: choice('A') }, tpi: { [CHOICE]: choice('B') } }), state({ unit: { [CHOICE]: choice('A') }, tpi: { [CHOICE]: choice('A') } })],
  ['catatan', 'unit', COUNT, state({}, { unit: { [COUNT]: 'x' } }), state({}, { unit: {} })],
  ['catatan', 'tpi', CHOICE, state({}, { tpi: { [CHOICE]: 'SK belum ada' } }), state({}, {})],
];

describe('visibleItems with the row being edited pinned', () => {
  it.each(rows)('%s on %s: %s stays while focused, leaves after', (filter, layer, code, before, after) => {
    expect(visibleItems(tree, before, layer, filter)?.has(code)).toBe(true);
    expect(visibleItems(tree, after, layer, filter)?.has(code)).toBe(false);
    expect(visibleItems(tree, after, layer, filter, code)?.has(code)).toBe(true);
    // Only the pinned item is kept against the filter.
    const pinned = visibleItems(tree, after, layer, filter, code);
    const plain = visibleItems(tree, after, layer, filter);
    expect([...(pinned ?? [])].filter((entry) => !plain?.has(entry))).toEqual([code]);
  });

  it('"Semua" shows everything, pinned or not', () => {
    expect(visibleItems(tree, state({}), 'unit', 'semua', COUNT)).toBeNull();
  });

  it('a computed percentage follows its counts, not the pin', () => {
    const percent = [...tree.items.values()].find((item) => !item.editable && item.inputs.includes(COUNT));
    if (!percent) throw new Error('no computed item over the count');
    const full = Object.fromEntries(percent.inputs.map((input) => [input, count(1)]));
    expect(visibleItems(tree, state({ unit: full }), 'unit', 'belum', COUNT)?.has(percent.code)).toBe(false);
    expect(visibleItems(tree, state({ unit: {} }), 'unit', 'belum')?.has(percent.code)).toBe(true);
  });
});
