import { describe, expect, it } from 'vitest';
import type { AnswerChange } from '../../../../../shared/worksheets';
import { masterFile } from '../../handlers/harness';
import {
  CODES,
  allChanges,
  createWorksheet,
  documentFiles,
  expectFail,
  expectOk,
  openWithUnit,
  save,
  useHarness,
  worksheetFile,
} from './helpers';

const harnesses = useHarness();

const valid: AnswerChange = { code: CODES.yaTidak, answer: { type: 'YA_TIDAK', value: 'Ya' } };

/**
 * Bad input: each row is sent together with a valid change; the whole batch must be
 * refused, the error must name the bad code, and no file may change.
 */
const badChanges: { name: string; change: AnswerChange; message: RegExp }[] = [
  { name: 'IPAK 4,5', change: { code: CODES.ipak, answer: { type: 'INDEKS', value: 4.5 } }, message: /IPAK harus antara 0 dan 4 \(diisi 4,5\)/ },
  { name: 'IPAK 4,5 typed with a comma', change: { code: CODES.ipak, answer: { type: 'INDEKS', value: '4,5' } }, message: /IPAK harus antara 0 dan 4/ },
  { name: 'IPAK −1', change: { code: CODES.ipak, answer: { type: 'INDEKS', value: -1 } }, message: /IPAK harus antara 0 dan 4 \(diisi -1\)/ },
  { name: 'IPKP with three decimals', change: { code: CODES.ipkp, answer: { type: 'INDEKS', value: 3.625 } }, message: /dua angka di belakang koma/ },
  { name: 'negative count', change: { code: CODES.count, answer: { type: 'JUMLAH', value: -3 } }, message: /tidak boleh negatif/ },
  { name: 'fractional count', change: { code: CODES.count, answer: { type: 'JUMLAH', value: 2.5 } }, message: /bilangan bulat/ },
  { name: 'fractional count typed "1,5"', change: { code: CODES.count, answer: { type: 'JUMLAH', value: '1,5' } }, message: /bilangan bulat/ },
  { name: 'text in a count field', change: { code: CODES.count, answer: { type: 'JUMLAH', value: 'dua belas' } }, message: /bukan angka yang valid/ },
  { name: 'text in an index field', change: { code: CODES.ipak, answer: { type: 'INDEKS', value: 'tinggi' } }, message: /bukan angka yang valid/ },
  { name: 'unknown code', change: { code: 'Z.9.9', answer: { type: 'YA_TIDAK', value: 'Ya' } }, message: /Z\.9\.9 tidak ada di templat/ },
  { name: 'unknown code, cleared', change: { code: 'Z.9.9', answer: null }, message: /Z\.9\.9 tidak ada di templat/ },
  { name: 'option outside the item type', change: { code: CODES.abc, answer: { type: 'ABC', value: 'D' } as never }, message: /Pilihan "D" tidak tersedia/ },
  { name: 'answer of another type', change: { code: CODES.yaTidak, answer: { type: 'ABCDE', value: 'A' } }, message: /dijawab dengan Ya\/Tidak, bukan A\/B\/C\/D\/E/ },
  { name: 'capaian kinerja as an index', change: { code: CODES.capaian, answer: { type: 'INDEKS', value: 3 } }, message: /bukan indeks survei/ },
  { name: 'answer to a computed % item', change: { code: CODES.disiplin, answer: { type: 'JUMLAH', value: 1 } }, message: /dihitung otomatis/ },
  { name: 'answer without a type', change: { code: CODES.abc, answer: { value: 'A' } as never }, message: /tidak dikenali/ },
];

describe('worksheets:saveAnswers refuses bad input, all or nothing', () => {
  it.each(badChanges)('$name', async ({ change, message }) => {
    const { h, unitId } = await openWithUnit(harnesses);
    const { worksheet } = await createWorksheet(h, unitId, 2022);
    await save(h, worksheet.id, 'unit', [{ code: CODES.abcde, answer: { type: 'ABCDE', value: 'B' } }]);
    const before = await documentFiles(h.dataDir);
    const master = await masterFile(h.dataDir);

    const error = expectFail(
      await h.call('worksheets:saveAnswers', { id: worksheet.id, layer: 'unit', changes: [valid, change] }),
      'INVALID_INPUT',
    );
    expect(error.message).toMatch(/^Tidak ada jawaban yang disimpan: 1 isian ditolak/);
    expect(error.message).toContain(change.code);
    expect(error.message).toMatch(message);
    expect(error.issues).toEqual([{ path: change.code, message: expect.stringMatching(message) }]);

    expect(await documentFiles(h.dataDir)).toEqual(before);
    expect(await masterFile(h.dataDir)).toEqual(master);
    const detail = expectOk(await h.call('worksheets:get', { id: worksheet.id }));
    expect(detail.worksheet.items[CODES.yaTidak]?.unit.answer).toBeNull();
  });

  it('lists every bad code of a batch', async () => {
    const { h, unitId } = await openWithUnit(harnesses);
    const { worksheet } = await createWorksheet(h, unitId, 2022);
    const before = await worksheetFile(h.dataDir, worksheet.id);
    const error = expectFail(
      await h.call('worksheets:saveAnswers', {
        id: worksheet.id,
        layer: 'tpi',
        changes: [valid, ...badChanges.slice(0, 4).map((row) => row.change), { code: 'Q.1', answer: null }],
      }),
      'INVALID_INPUT',
    );
    expect(error.message).toContain(`${CODES.ipak}, ${CODES.ipkp}, Q.1`);
    expect(error.issues?.map((issue) => issue.path)).toEqual([CODES.ipak, CODES.ipak, CODES.ipak, CODES.ipkp, 'Q.1']);
    expect(await worksheetFile(h.dataDir, worksheet.id)).toEqual(before);
  });

  it('refuses more than 200 changes and an unknown layer at the contract', async () => {
    const { h, unitId } = await openWithUnit(harnesses);
    const { worksheet } = await createWorksheet(h, unitId, 2022);
    const changes = Array.from({ length: 201 }, () => valid);
    expectFail(await h.raw('worksheets:saveAnswers', { id: worksheet.id, layer: 'unit', changes }), 'INVALID_INPUT');
    expectFail(await h.raw('worksheets:saveAnswers', { id: worksheet.id, layer: 'bupati', changes: [valid] }), 'INVALID_INPUT');
    expectFail(await h.raw('worksheets:saveAnswers', { id: worksheet.id, layer: 'unit', changes: [] }), 'INVALID_INPUT');
    expectFail(await h.raw('worksheets:saveAnswers', { id: worksheet.id, layer: 'unit', changes: [{ code: CODES.abc, answer: 'A' }] }), 'INVALID_INPUT');
  });

  it('refuses a worksheet that does not exist', async () => {
    const { h, unitId } = await openWithUnit(harnesses);
    const error = expectFail(await h.call('worksheets:saveAnswers', { id: `${unitId}-2030`, layer: 'unit', changes: [valid] }), 'NOT_FOUND');
    expect(error.message).toContain('tidak ditemukan');
    expect(await worksheetFile(h.dataDir, `${unitId}-2030`)).toBeNull();
  });
});

describe('worksheets:saveAnswers stores answers', () => {
  it('accepts both decimal separators for indices and counts typed as text', async () => {
    const { h, unitId } = await openWithUnit(harnesses);
    const { worksheet } = await createWorksheet(h, unitId, 2022);
    const detail = await save(h, worksheet.id, 'unit', [
      { code: CODES.ipak, answer: { type: 'INDEKS', value: '3,62' } },
      { code: CODES.ipkp, answer: { type: 'INDEKS', value: '3.62' } },
      { code: CODES.count, answer: { type: 'JUMLAH', value: ' 12 ' } },
      { code: CODES.disiplinLastYear, answer: { type: 'JUMLAH', value: '1.234.567' } },
      { code: CODES.disiplinThisYear, answer: { type: 'JUMLAH', value: '1.234' } },
    ]);
    const items = detail.worksheet.items;
    expect(items[CODES.ipak]?.unit.answer).toEqual({ type: 'INDEKS', value: 3.62 });
    expect(items[CODES.ipkp]?.unit.answer).toEqual({ type: 'INDEKS', value: 3.62 });
    expect(items[CODES.count]?.unit.answer).toEqual({ type: 'JUMLAH', value: 12 });
    expect(items[CODES.disiplinLastYear]?.unit.answer).toEqual({ type: 'JUMLAH', value: 1234567 });
    // "1.234" is read the Indonesian way (dot thousands), as every other number input reads it.
    expect(items[CODES.disiplinThisYear]?.unit.answer).toEqual({ type: 'JUMLAH', value: 1234 });
  });

  it('stores the three layers independently, with notes, clearing and keeping notes', async () => {
    const { h, unitId } = await openWithUnit(harnesses);
    const { worksheet } = await createWorksheet(h, unitId, 2022);
    await save(h, worksheet.id, 'unit', [{ code: CODES.abc, answer: { type: 'ABC', value: 'A' }, note: '  SK tim ada  ' }]);
    await save(h, worksheet.id, 'tpi', [{ code: CODES.abc, answer: { type: 'ABC', value: 'B' }, note: 'SK belum ditandatangani' }]);
    let detail = await save(h, worksheet.id, 'unit', [{ code: CODES.abc, answer: null }]);
    const item = detail.worksheet.items[CODES.abc];
    expect(item?.unit).toEqual({ answer: null, note: 'SK tim ada', carriedOver: false });
    expect(item?.tpi).toEqual({ answer: { type: 'ABC', value: 'B' }, note: 'SK belum ditandatangani', carriedOver: false });
    expect(item?.tpn.answer).toBeNull();
    // A note on a computed item is allowed with a null answer.
    detail = await save(h, worksheet.id, 'tpi', [{ code: CODES.disiplin, answer: null, note: 'cek data BKPSDM' }]);
    expect(detail.worksheet.items[CODES.disiplin]?.tpi.note).toBe('cek data BKPSDM');
  });

  it('writes no history and no file for a change that changes nothing', async () => {
    const { h, unitId } = await openWithUnit(harnesses);
    const { worksheet } = await createWorksheet(h, unitId, 2022);
    await save(h, worksheet.id, 'unit', [valid]);
    const before = await worksheetFile(h.dataDir, worksheet.id);
    const detail = await save(h, worksheet.id, 'unit', [valid]);
    expect(detail.worksheet.items[CODES.yaTidak]?.history).toHaveLength(1);
    expect(await worksheetFile(h.dataDir, worksheet.id)).toEqual(before);
  });

  it('keeps a history entry per change: who, when, layer, old → new answer and note', async () => {
    const { h, unitId } = await openWithUnit(harnesses);
    const { worksheet } = await createWorksheet(h, unitId, 2022);
    await save(h, worksheet.id, 'unit', [{ code: CODES.abcd, answer: { type: 'ABCD', value: 'B' } }]);
    expectOk(await h.call('app:setUserName', { name: 'Budi TPI' }));
    const detail = await save(h, worksheet.id, 'tpi', [{ code: CODES.abcd, answer: { type: 'ABCD', value: 'C' }, note: 'bukti kurang' }]);
    const entries = detail.worksheet.items[CODES.abcd]?.history ?? [];
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({
      by: '(tanpa nama)',
      layer: 'unit',
      kind: 'edit',
      oldAnswer: null,
      newAnswer: { type: 'ABCD', value: 'B' },
      oldNote: '',
      newNote: '',
    });
    expect(entries[1]).toMatchObject({
      by: 'Budi TPI',
      layer: 'tpi',
      kind: 'edit',
      oldAnswer: null,
      newAnswer: { type: 'ABCD', value: 'C' },
      newNote: 'bukti kurang',
    });
    expect(Date.parse(entries[1]?.at ?? '')).not.toBeNaN();
    expect(detail.worksheet.updatedBy).toBe('Budi TPI');
  });

  it('history and answers survive re-creating the services on the same data folder', async () => {
    const first = await openWithUnit(harnesses);
    const { worksheet } = await createWorksheet(first.h, first.unitId, 2022);
    expectOk(await first.h.call('app:setUserName', { name: 'Siti' }));
    await save(first.h, worksheet.id, 'unit', allChanges('best'));
    await save(first.h, worksheet.id, 'tpi', [{ code: CODES.ipak, answer: { type: 'INDEKS', value: '3,75' }, note: 'survei KPK' }]);
    const before = expectOk(await first.h.call('worksheets:get', { id: worksheet.id }));
    await first.h.close();

    const again = await harnesses.open(first.h.dataDir);
    const after = expectOk(await again.call('worksheets:get', { id: worksheet.id }));
    expect(after).toEqual(before);
    expect(after.worksheet.items[CODES.ipak]?.history.map((entry) => [entry.by, entry.layer])).toEqual([
      ['Siti', 'unit'],
      ['Siti', 'tpi'],
    ]);
    expect(after.summary.layers.unit.completeness.complete).toBe(true);
  });

  it('runs concurrent saves one after another without losing any', async () => {
    const { h, unitId } = await openWithUnit(harnesses);
    const { worksheet } = await createWorksheet(h, unitId, 2022);
    const changes = allChanges('best').slice(0, 20);
    await Promise.all(changes.map((change) => save(h, worksheet.id, 'unit', [change])));
    const detail = expectOk(await h.call('worksheets:get', { id: worksheet.id }));
    for (const change of changes) expect(detail.worksheet.items[change.code]?.unit.answer).toEqual(change.answer);
  });
});

describe('worksheets:confirmCarried', () => {
  it('refuses unknown codes without confirming anything', async () => {
    const { h, unitId } = await openWithUnit(harnesses);
    const last = await createWorksheet(h, unitId, 2021);
    await save(h, last.worksheet.id, 'unit', allChanges('best').slice(0, 5));
    const next = await createWorksheet(h, unitId, 2022, true);
    const before = await worksheetFile(h.dataDir, next.worksheet.id);
    const error = expectFail(await h.call('worksheets:confirmCarried', { id: next.worksheet.id, codes: ['X.9'] }), 'INVALID_INPUT');
    expect(error.message).toContain('X.9');
    expect(await worksheetFile(h.dataDir, next.worksheet.id)).toEqual(before);
  });
});
