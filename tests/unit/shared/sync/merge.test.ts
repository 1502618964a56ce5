import { describe, expect, it } from 'vitest';
import type { CanonicalValue } from '../../../../shared/pakta/canonical';
import {
  buildMergedWorksheet,
  bumpStamp,
  chosenSide,
  compareVectors,
  itemKey,
  joinVectors,
  mergeRecord,
  mergeRecords,
  refreshStamps,
  samePersonTwoNips,
  stampedRecords,
  emptyValue,
  uniteHistory,
  worksheetValues,
  type Stamp,
  type SyncRecord,
  type VersionVector,
} from '../../../../shared/sync';
import { emptyUnitChecklist, emptyWorksheetItem, type StatusChange, type Worksheet } from '../../../../shared/worksheets';

function stamp(v: VersionVector, inst = 'a', at = '2026-01-01T00:00:00.000Z'): Stamp {
  return { v, inst, at, by: `orang ${inst}` };
}
function record(value: CanonicalValue, v: VersionVector, inst = 'a', at?: string): SyncRecord {
  return { value, stamp: stamp(v, inst, at) };
}

describe('version vectors', () => {
  it.each([
    [{}, {}, 'equal'],
    [{ a: 1 }, {}, 'ours'],
    [{}, { b: 1 }, 'theirs'],
    [{ a: 2, b: 1 }, { a: 1, b: 1 }, 'ours'],
    [{ a: 1 }, { b: 1 }, 'concurrent'],
    [{ a: 2, b: 1 }, { a: 1, b: 2 }, 'concurrent'],
  ] as const)('%j vs %j is %s', (a, b, order) => {
    expect(compareVectors(a, b)).toBe(order);
  });

  it('joins to the smallest dominating vector and bumps only the own counter', () => {
    expect(joinVectors({ a: 2, b: 1 }, { b: 3, c: 1 })).toEqual({ a: 2, b: 3, c: 1 });
    expect(bumpStamp(stamp({ a: 2, b: 1 }), 'b', 't', 'x').v).toEqual({ a: 2, b: 2 });
  });
});

describe('merging one record', () => {
  it.each([
    ['no record of ours', undefined, record(1, { b: 1 }, 'b'), 'new'],
    ['the same change', record(1, { a: 1 }), record(1, { a: 1 }), 'unchanged'],
    ['theirs is older', record(2, { a: 2 }), record(1, { a: 1 }), 'unchanged'],
    ['theirs is newer', record(1, { a: 1 }), record(2, { a: 1, b: 1 }, 'b'), 'theirs'],
    ['both changed to the same value', record(3, { a: 2 }), record(3, { a: 1, b: 1 }, 'b'), 'joined'],
    ['both changed to different values', record(3, { a: 2 }), record(4, { a: 1, b: 1 }, 'b'), 'conflict'],
    ['equal vectors, different values', record(3, { a: 1, b: 1 }), record(4, { a: 1, b: 1 }, 'b'), 'conflict'],
  ] as const)('%s → %s', (_label, ours, theirs, kind) => {
    expect(mergeRecord('k', ours, theirs).kind).toBe(kind);
  });

  it('a resolution keeps the chosen value with the joined vector, and the other side resolving the same way converges without a new conflict', () => {
    const a = record('milik A', { a: 2, b: 1 }, 'a');
    const b = record('milik B', { a: 1, b: 2 }, 'b');
    const onA = mergeRecords({ k: a }, { k: b }, () => 'theirs');
    expect(onA.merged.k).toEqual({ value: 'milik B', stamp: { ...b.stamp, v: { a: 2, b: 2 } } });
    const onB = mergeRecords({ k: b }, { k: a }, () => 'ours');
    expect(onB.merged.k).toEqual(onA.merged.k);
    // Each side receiving the other's resolved record: nothing new, no conflict.
    expect(mergeRecords(onB.merged, onA.merged).conflicts).toHaveLength(0);
    expect(mergeRecords(onA.merged, onB.merged).changed).toBe(false);
    // Unresolved conflicts keep ours and are listed.
    const open = mergeRecords({ k: a }, { k: b });
    expect(open.unresolved).toEqual(['k']);
    expect(open.merged.k).toBe(a);
  });

  it('picks the most specific resolution: record, then worksheet, then all', () => {
    const resolutions = { all: 'ours', groups: { 'unit-bapenda-2022': 'theirs' }, records: { 'unit-bapenda-2022|1.a/unit': 'ours' } } as const;
    expect(chosenSide(resolutions, 'unit-bapenda-2022', '1.a/unit')).toBe('ours');
    expect(chosenSide(resolutions, 'unit-bapenda-2022', '1.b/unit')).toBe('theirs');
    expect(chosenSide(resolutions, 'master', 'unit:bapenda')).toBe('ours');
    expect(chosenSide({}, 'master', 'unit:bapenda')).toBeUndefined();
  });
});

function worksheet(by: string, createdAt: string, answers: Record<string, number>): Worksheet {
  const items: Worksheet['items'] = {};
  for (const [code, value] of Object.entries(answers)) {
    const item = emptyWorksheetItem();
    item.unit = { answer: { type: 'YA_TIDAK', value: value === 1 ? 'Ya' : 'Tidak' }, note: `catatan ${by}`, carriedOver: false };
    item.history.push({ at: createdAt, by, layer: 'unit', kind: 'edit', oldAnswer: null, newAnswer: item.unit.answer, oldNote: '', newNote: item.unit.note });
    items[code] = item;
  }
  return {
    id: 'unit-disdukcapil-2022', unitId: 'unit-disdukcapil', unitName: 'Dinas Kependudukan dan Pencatatan Sipil', year: 2022,
    templateId: 'lke-zi-90-2021', templateVersion: '1', status: 'DRAF', changedAfterReview: false, reviewedAt: null, carriedFromYear: null,
    createdAt, createdBy: by, updatedAt: createdAt, updatedBy: by, items, statusHistory: [], prerequisites: emptyUnitChecklist(), tanggalUsulan: null,
  };
}

describe('worksheets as records', () => {
  const hash = (value: CanonicalValue): string => JSON.stringify(value);

  it('gives records made before stamps a base stamp, and stamps again only what changed', () => {
    const before = worksheet('Ketua Tim', '2026-01-02T00:00:00.000Z', { '1.a': 1 });
    const first = refreshStamps({}, worksheetValues(before), 'inst-a', hash);
    expect(first.changed).toBe(true);
    expect(first.stamps[itemKey('1.a', 'unit')]).toMatchObject({ v: { 'inst-a': 1 }, inst: 'inst-a', by: 'Ketua Tim' });
    // Empty layers get no stamp until they hold something.
    expect(first.stamps[itemKey('1.a', 'tpi')]).toBeUndefined();
    const again = refreshStamps(first.stamps, worksheetValues(before), 'inst-a', hash);
    expect(again.changed).toBe(false);
    const edited = worksheet('Ketua Tim', '2026-01-02T00:00:00.000Z', { '1.a': 0 });
    expect(refreshStamps(first.stamps, worksheetValues(edited), 'inst-a', hash).stamps[itemKey('1.a', 'unit')]?.v).toEqual({ 'inst-a': 2 });
  });

  it('builds the same merged worksheet on both sides', () => {
    const a = worksheet('Ketua Tim', '2026-01-02T00:00:00.000Z', { '1.a': 1 });
    const b = worksheet('Anggota', '2026-01-03T00:00:00.000Z', { '1.a': 0, '1.b': 1 });
    const recordsA = stampedRecords(worksheetValues(a), refreshStamps({}, worksheetValues(a), 'inst-a', hash).stamps, emptyValue);
    const recordsB = stampedRecords(worksheetValues(b), refreshStamps({}, worksheetValues(b), 'inst-b', hash).stamps, emptyValue);
    const onA = mergeRecords(recordsA, recordsB, () => 'ours');
    const onB = mergeRecords(recordsB, recordsA, () => 'theirs');
    expect(onA.conflicts.map((c) => c.key)).toEqual(['1.a/unit']);
    const mergedA = buildMergedWorksheet(a, b, onA.merged);
    const mergedB = buildMergedWorksheet(b, a, onB.merged);
    expect(mergedA).toEqual(mergedB);
    expect(mergedA.createdBy).toBe('Ketua Tim');
    expect(mergedA.items['1.a']?.unit.note).toBe('catatan Ketua Tim');
    expect(mergedA.items['1.b']?.unit.note).toBe('catatan Anggota');
    expect(mergedA.items['1.a']?.history).toHaveLength(2);
  });

  it('unites histories the same way whether one holds the other or they interleave', () => {
    const entry = (at: string, note: string): StatusChange => ({ at, by: 'Ketua Tim', from: 'DRAF', to: 'DIAJUKAN', note });
    const older = [entry('2026-01-01T00:00:00.000Z', 'a'), entry('2026-01-02T00:00:00.000Z', 'b')];
    const longer = [...older, entry('2026-01-03T00:00:00.000Z', 'c')];
    expect(uniteHistory(older, longer)).toEqual(longer);
    expect(uniteHistory(longer, structuredClone(older))).toEqual(longer);
    expect(uniteHistory([], longer)).toEqual(longer);
    // Interleaved, and two entries at the same time: oldest first, ties by canonical JSON, each once.
    const tie = entry('2026-01-02T00:00:00.000Z', 'a-tie');
    const other = [entry('2026-01-01T12:00:00.000Z', 'x'), tie];
    const united = [older[0], other[0], tie, older[1]] as StatusChange[];
    expect(uniteHistory(older, other)).toEqual(united);
    expect(uniteHistory(other, older)).toEqual(united);
    expect(uniteHistory([...older, tie], [...older, tie])).toEqual([older[0], tie, older[1]]);
  });

  it('flags the same person under two NIPs', () => {
    const ours = [{ nama: 'Rina Marlina, S.E.', nip: '198001012005012001', unitId: 'unit-bapenda' }];
    const theirs = [{ nama: 'rina marlina', nip: '198001012005012002', unitId: 'unit-bapenda' }, { nama: 'Rina Marlina, S.E.', nip: '198001012005012001', unitId: 'unit-bapenda' }];
    expect(samePersonTwoNips(ours, theirs)).toEqual([{ nama: 'rina marlina', unitId: 'unit-bapenda', ourNip: '198001012005012001', theirNip: '198001012005012002' }]);
  });
});
