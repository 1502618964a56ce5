import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { itemsByCode, templateForYear, type Template } from '../../../../../shared/lke';
import { TINY_PNG_BASE64, unitInput } from '../../handlers/harness';
import {
  CODES,
  createWorksheet,
  expectFail,
  expectOk,
  openWithUnit,
  save,
  shippedTemplate,
  useHarness,
  worksheetFile,
} from './helpers';

const harnesses = useHarness();

function templateFor(year: number): Template {
  const result = templateForYear(year);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('worksheets:create', () => {
  it('creates a 2025 worksheet from the PermenPANRB 90/2021 jo. 5/2024 template, a 2023 one from the original', async () => {
    const { h, unitId } = await openWithUnit(harnesses);
    expect(templateFor(2025)).toBe(shippedTemplate());
    expect((await createWorksheet(h, unitId, 2025)).worksheet).toMatchObject({ templateId: 'lke-zi-90-2021-5-2024', templateVersion: '2024.1' });
    expect((await createWorksheet(h, unitId, 2023)).worksheet).toMatchObject({ templateId: 'lke-zi-90-2021', templateVersion: '2021.1' });
  });

  it('creates one document per unit-year from the template of its year, every item empty, in DRAF', async () => {
    const { h, unitId } = await openWithUnit(harnesses);
    expectOk(await h.call('app:setUserName', { name: 'Siti Auditor' }));
    const detail = await createWorksheet(h, unitId, 2022);
    // Rules that follow the year: 2022 is a PermenPANRB 90/2021 round (5/2024 took effect 15 July 2024).
    const template = templateFor(2022);
    expect(template.id).toBe('lke-zi-90-2021');
    const ws = detail.worksheet;
    expect(ws.id).toBe(`${unitId}-2022`);
    expect(ws).toMatchObject({
      unitId,
      unitName: 'Dinas Kependudukan dan Pencatatan Sipil',
      year: 2022,
      templateId: template.id,
      templateVersion: template.version,
      status: 'DRAF',
      changedAfterReview: false,
      reviewedAt: null,
      carriedFromYear: null,
      createdBy: 'Siti Auditor',
    });
    expect(Object.keys(ws.items).sort()).toEqual([...itemsByCode(template).keys()].sort());
    expect(ws.items[CODES.ipak]).toEqual({
      unit: { answer: null, note: '', carriedOver: false },
      tpi: { answer: null, note: '', carriedOver: false },
      tpn: { answer: null, note: '', carriedOver: false },
      evidence: [],
      history: [],
    });
    expect(detail.summary.layers.unit.completeness.answered).toBe(0);
    expect(detail.summary.assessment.layer).toBe('unit');
    expect(await worksheetFile(h.dataDir, ws.id)).not.toBeNull();
    expect(await fsp.readdir(path.join(h.dataDir, 'worksheets'))).toEqual([`${ws.id}.json`]);
  });

  it('creates with an explicit template id and refuses an unknown one', async () => {
    const { h, unitId } = await openWithUnit(harnesses);
    const template = shippedTemplate();
    expectOk(await h.call('worksheets:create', { unitId, year: 2023, templateId: template.id }));
    const error = expectFail(await h.call('worksheets:create', { unitId, year: 2024, templateId: 'lke-tidak-ada' }), 'NOT_FOUND');
    expect(error.message).toContain('lke-tidak-ada');
    expect(await worksheetFile(h.dataDir, `${unitId}-2024`)).toBeNull();
  });

  it('refuses a duplicate unit-year and leaves the existing worksheet untouched', async () => {
    const { h, unitId } = await openWithUnit(harnesses);
    await createWorksheet(h, unitId, 2022);
    await save(h, `${unitId}-2022`, 'unit', [{ code: CODES.yaTidak, answer: { type: 'YA_TIDAK', value: 'Ya' } }]);
    const before = await worksheetFile(h.dataDir, `${unitId}-2022`);
    const error = expectFail(await h.call('worksheets:create', { unitId, year: 2022 }), 'DUPLICATE');
    expect(error.message).toBe('LKE Dinas Kependudukan dan Pencatatan Sipil tahun 2022 sudah ada. Buka LKE tersebut dari daftar.');
    expect(await worksheetFile(h.dataDir, `${unitId}-2022`)).toEqual(before);
  });

  it('refuses two concurrent creates of the same unit-year except one', async () => {
    const { h, unitId } = await openWithUnit(harnesses);
    const results = await Promise.all([
      h.call('worksheets:create', { unitId, year: 2022 }),
      h.call('worksheets:create', { unitId, year: 2022 }),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok && result.error.code === 'DUPLICATE')).toHaveLength(1);
  });

  it('refuses an unknown unit and an inactive unit, writing nothing', async () => {
    const { h, unitId } = await openWithUnit(harnesses);
    expectFail(await h.call('worksheets:create', { unitId: 'unit-tidak-ada', year: 2022 }), 'NOT_FOUND');
    expectOk(await h.call('units:setActive', { id: unitId, aktif: false }));
    const error = expectFail(await h.call('worksheets:create', { unitId, year: 2022 }), 'CONFLICT');
    expect(error.message).toContain('tidak aktif');
    await expect(fsp.readdir(path.join(h.dataDir, 'worksheets'))).rejects.toThrow();
  });

  it('refuses years outside 2000–2100 and malformed unit ids at the contract', async () => {
    const { h, unitId } = await openWithUnit(harnesses);
    expectFail(await h.raw('worksheets:create', { unitId, year: 1999 }), 'INVALID_INPUT');
    expectFail(await h.raw('worksheets:create', { unitId, year: 2022.5 }), 'INVALID_INPUT');
    expectFail(await h.raw('worksheets:create', { unitId: '../master', year: 2022 }), 'INVALID_INPUT');
  });
});

describe('carry-over from last year', () => {
  it('copies last year’s unit answers marked carried over, and confirming clears the mark', async () => {
    const { h, unitId } = await openWithUnit(harnesses);
    const last = await createWorksheet(h, unitId, 2021);
    await save(h, last.worksheet.id, 'unit', [
      { code: CODES.yaTidak, answer: { type: 'YA_TIDAK', value: 'Ya' }, note: 'catatan 2021' },
      { code: CODES.abc, answer: { type: 'ABC', value: 'B' } },
      { code: CODES.ipak, answer: { type: 'INDEKS', value: 3.6 } },
    ]);
    await save(h, last.worksheet.id, 'tpi', [{ code: CODES.abcd, answer: { type: 'ABCD', value: 'C' } }]);

    const next = await createWorksheet(h, unitId, 2022, true);
    const ws = next.worksheet;
    expect(ws.carriedFromYear).toBe(2021);
    // The note comes with its answer, both marked carried over until confirmed.
    expect(ws.items[CODES.yaTidak]?.unit).toEqual({ answer: { type: 'YA_TIDAK', value: 'Ya' }, note: 'catatan 2021', carriedOver: true });
    expect(ws.items[CODES.ipak]?.unit.carriedOver).toBe(true);
    // Only the unit layer is carried; TPI answers stay last year's.
    expect(ws.items[CODES.abcd]?.unit.answer).toBeNull();
    expect(ws.items[CODES.abcd]?.tpi.answer).toBeNull();
    expect(ws.items[CODES.yaTidak]?.history).toMatchObject([
      { layer: 'unit', kind: 'carryOver', oldAnswer: null, newAnswer: { type: 'YA_TIDAK', value: 'Ya' }, oldNote: '', newNote: 'catatan 2021' },
    ]);
    expect(next.summary.layers.unit.carriedPending).toBe(3);
    // Carried answers count in the score until changed (they are the unit's provisional answers).
    expect(next.summary.layers.unit.completeness.answered).toBe(3);

    // Saving one unchanged confirms it; confirmCarried confirms a chosen code, then the rest.
    const saved = await save(h, ws.id, 'unit', [{ code: CODES.abc, answer: { type: 'ABC', value: 'B' } }]);
    expect(saved.worksheet.items[CODES.abc]?.unit.carriedOver).toBe(false);
    expect(saved.worksheet.items[CODES.abc]?.history.at(-1)).toMatchObject({ kind: 'confirm' });
    const one = expectOk(await h.call('worksheets:confirmCarried', { id: ws.id, codes: [CODES.ipak] }));
    expect(one.summary.layers.unit.carriedPending).toBe(1);
    const rest = expectOk(await h.call('worksheets:confirmCarried', { id: ws.id }));
    expect(rest.summary.layers.unit.carriedPending).toBe(0);
    expect(rest.worksheet.items[CODES.yaTidak]?.history.map((entry) => entry.kind)).toEqual(['carryOver', 'confirm']);
  });

  it('carries evidence references marked with their year, not files', async () => {
    const { h, unitId } = await openWithUnit(harnesses);
    const last = await createWorksheet(h, unitId, 2021);
    await save(h, last.worksheet.id, 'unit', [{ code: CODES.abc, answer: { type: 'ABC', value: 'B' } }]);
    expectOk(await h.call('worksheets:addEvidenceReference', { id: last.worksheet.id, code: CODES.abc, text: 'SK Kepala Dinas 12/2021' }));
    expectOk(await h.call('worksheets:addEvidenceFile', { id: last.worksheet.id, code: CODES.abc, fileName: 'sk.png', dataBase64: TINY_PNG_BASE64 }));
    const next = await createWorksheet(h, unitId, 2022, true);
    expect(next.worksheet.items[CODES.abc]?.evidence).toMatchObject([{ kind: 'reference', text: 'SK Kepala Dinas 12/2021', carriedFromYear: 2021 }]);
    // A reference added this year has no mark.
    const added = expectOk(await h.call('worksheets:addEvidenceReference', { id: next.worksheet.id, code: CODES.abc, text: 'SK 2022' }));
    expect(added.worksheet.items[CODES.abc]?.evidence.at(-1)).not.toHaveProperty('carriedFromYear');
  });

  it('undoes a confirmation: the answer is carried over again, until it is changed', async () => {
    const { h, unitId } = await openWithUnit(harnesses);
    const last = await createWorksheet(h, unitId, 2021);
    await save(h, last.worksheet.id, 'unit', [
      { code: CODES.yaTidak, answer: { type: 'YA_TIDAK', value: 'Ya' }, note: 'catatan 2021' },
      { code: CODES.abc, answer: { type: 'ABC', value: 'B' } },
    ]);
    const { worksheet } = await createWorksheet(h, unitId, 2022, true);
    const id = worksheet.id;
    const confirmed = expectOk(await h.call('worksheets:confirmCarried', { id }));
    expect(confirmed.summary.layers.unit.carriedPending).toBe(0);
    const undone = expectOk(await h.call('worksheets:undoConfirmCarried', { id, codes: [CODES.yaTidak, CODES.abc] }));
    expect(undone.summary.layers.unit.carriedPending).toBe(2);
    expect(undone.worksheet.items[CODES.yaTidak]?.unit).toEqual({ answer: { type: 'YA_TIDAK', value: 'Ya' }, note: 'catatan 2021', carriedOver: true });
    expect(undone.worksheet.items[CODES.yaTidak]?.history.map((entry) => entry.kind)).toEqual(['carryOver', 'confirm', 'unconfirm']);
    // An answer changed after its confirmation cannot be un-confirmed.
    expectOk(await h.call('worksheets:confirmCarried', { id, codes: [CODES.abc] }));
    await save(h, id, 'unit', [{ code: CODES.abc, answer: { type: 'ABC', value: 'C' } }]);
    const error = expectFail(await h.call('worksheets:undoConfirmCarried', { id, codes: [CODES.abc] }), 'CONFLICT');
    expect(error.message).toMatch(/^Tidak ada konfirmasi jawaban bawaan yang dapat diurungkan/);
    const after = expectOk(await h.call('worksheets:get', { id }));
    expect(after.worksheet.items[CODES.abc]?.unit).toEqual({ answer: { type: 'ABC', value: 'C' }, note: '', carriedOver: false });
  });

  it('carries from the latest earlier year when the previous one is missing', async () => {
    const { h, unitId } = await openWithUnit(harnesses);
    await createWorksheet(h, unitId, 2019);
    const y2020 = await createWorksheet(h, unitId, 2020);
    await save(h, y2020.worksheet.id, 'unit', [{ code: CODES.abcde, answer: { type: 'ABCDE', value: 'D' } }]);
    const next = await createWorksheet(h, unitId, 2022, true);
    expect(next.worksheet.carriedFromYear).toBe(2020);
    expect(next.worksheet.items[CODES.abcde]?.unit).toMatchObject({ answer: { value: 'D' }, carriedOver: true });
  });

  it('refuses carry-over without an earlier worksheet of the same unit', async () => {
    const { h, unitId } = await openWithUnit(harnesses);
    const other = expectOk(await h.call('units:create', unitInput({ nama: 'Badan Pendapatan Daerah' })));
    await createWorksheet(h, other.id, 2021);
    await createWorksheet(h, unitId, 2023); // a later year does not count
    const error = expectFail(await h.call('worksheets:create', { unitId, year: 2022, carryOver: true }), 'NOT_FOUND');
    expect(error.message).toContain('sebelum tahun 2022');
    expect(await worksheetFile(h.dataDir, `${unitId}-2022`)).toBeNull();
  });
});
