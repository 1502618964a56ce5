import ExcelJS from 'exceljs';
import { describe, expect, it, vi } from 'vitest';
import type { ExchangeFile } from '../../../../../shared/exchange';
import { scoreWorksheet } from '../../../../../shared/lke';
import { layerAnswers } from '../../../../../shared/worksheets';
import { worksheetSpec } from '../../../../../electron/services/worksheets';
import { unitInput } from '../../handlers/harness';
import { evaluateCell } from './formulaEval';
import { CODES, allChanges, createWorksheet, expectFail, expectOk, openWithUnit, save, shippedTemplate, useHarness, type Harness } from '../worksheets/helpers';

const harness = useHarness();

async function loadBook(file: ExchangeFile): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(file.dataBase64, 'base64') as unknown as ArrayBuffer);
  return workbook;
}

function sheetOf(workbook: ExcelJS.Workbook, name = 'LKE'): ExcelJS.Worksheet {
  const sheet = workbook.getWorksheet(name);
  if (sheet === undefined) throw new Error(`no sheet ${name}`);
  return sheet;
}

/** Row number of a code in column A. */
function rowOf(sheet: ExcelJS.Worksheet, code: string): number {
  for (let row = 1; row <= sheet.rowCount; row += 1) if (sheet.getCell(row, 1).value === code) return row;
  throw new Error(`code ${code} not in sheet`);
}

async function base64Of(workbook: ExcelJS.Workbook): Promise<string> {
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

/** A unit with a fully answered 2022 worksheet (unit layer best, a few notes, some TPI answers). */
async function filled(): Promise<{ h: Harness; id: string }> {
  const { h, unitId } = await openWithUnit(harness);
  const detail = await createWorksheet(h, unitId, 2022);
  const id = detail.worksheet.id;
  const changes = allChanges('best').map((change, index) => (index % 10 === 0 ? { ...change, note: `Catatan ${index}` } : change));
  await save(h, id, 'unit', changes);
  await save(h, id, 'tpi', [...allChanges('worst').slice(0, 40), ...allChanges('best').slice(40, 80)]);
  return { h, id };
}

describe('exchange: worksheet .xlsx', () => {
  it('round trip: export then import changes nothing', async () => {
    const { h, id } = await filled();
    const file = expectOk(await h.call('exchange:exportWorksheet', { id }));
    expect(file.fileName).toMatch(/\.xlsx$/);
    const preview = expectOk(await h.call('exchange:importPreview', { id, fileName: file.fileName, dataBase64: file.dataBase64 }));
    expect(preview.fileErrors).toEqual([]);
    expect(preview.problems).toEqual([]);
    expect(preview.changes).toEqual([]);
    expect(preview.canCommit).toBe(false);
  });

  it('round trip of an empty worksheet changes nothing either', async () => {
    const { h, unitId } = await openWithUnit(harness);
    const { worksheet } = await createWorksheet(h, unitId, 2022);
    const file = expectOk(await h.call('exchange:exportWorksheet', { id: worksheet.id }));
    const preview = expectOk(await h.call('exchange:importPreview', { id: worksheet.id, fileName: 'a.xlsx', dataBase64: file.dataBase64 }));
    expect([preview.fileErrors, preview.problems, preview.changes]).toEqual([[], [], []]);
  });

  it('an edited file previews exactly the edited items and applies them on confirm', async () => {
    const { h, id } = await filled();
    const file = expectOk(await h.call('exchange:exportWorksheet', { id }));
    const workbook = await loadBook(file);
    const sheet = sheetOf(workbook);
    sheet.getCell(rowOf(sheet, CODES.yaTidak), 6).value = 'tidak';
    sheet.getCell(rowOf(sheet, CODES.abcd), 6).value = 'C';
    sheet.getCell(rowOf(sheet, CODES.count), 6).value = '7';
    sheet.getCell(rowOf(sheet, CODES.abcde), 10).value = 'Bukti SK belum ditandatangani';
    const before = expectOk(await h.call('worksheets:get', { id }));
    const preview = expectOk(await h.call('exchange:importPreview', { id, fileName: 'lke.xlsx', dataBase64: await base64Of(workbook) }));
    expect(preview.fileErrors).toEqual([]);
    expect(preview.problems).toEqual([]);
    expect(preview.changes.map((change) => change.code).sort()).toEqual([CODES.abcd, CODES.abcde, CODES.count, CODES.yaTidak].sort());
    const yaTidak = preview.changes.find((change) => change.code === CODES.yaTidak);
    expect(yaTidak).toMatchObject({ oldAnswerText: 'Ya', newAnswerText: 'Tidak', newAnswer: { type: 'YA_TIDAK', value: 'Tidak' } });
    expect(preview.canCommit).toBe(true);
    // Nothing written before confirmation.
    expect(expectOk(await h.call('worksheets:get', { id })).worksheet.updatedAt).toBe(before.worksheet.updatedAt);

    const doc = await h.services.storage.open(worksheetSpec(id));
    const update = vi.spyOn(doc, 'update');
    const result = expectOk(await h.call('exchange:importCommit', { previewId: preview.previewId }));
    expect(result.applied).toBe(4);
    // One storage update for the whole import, and the screen's view of the result comes back with it.
    expect(update).toHaveBeenCalledTimes(1);
    const reloaded = expectOk(await h.call('worksheets:get', { id }));
    expect(result.detail).toEqual(reloaded);
    const stamps = [CODES.yaTidak, CODES.abcd, CODES.count, CODES.abcde].map((code) => reloaded.worksheet.items[code]?.history.at(-1)?.at);
    expect(new Set(stamps)).toEqual(new Set([reloaded.worksheet.updatedAt]));
    const after = reloaded.worksheet;
    expect(after.items[CODES.yaTidak]?.unit.answer).toEqual({ type: 'YA_TIDAK', value: 'Tidak' });
    expect(after.items[CODES.abcd]?.unit.answer).toEqual({ type: 'ABCD', value: 'C' });
    expect(after.items[CODES.count]?.unit.answer).toEqual({ type: 'JUMLAH', value: 7 });
    expect(after.items[CODES.abcde]?.unit.note).toBe('Bukti SK belum ditandatangani');
    // The preview is used up.
    expectFail(await h.call('exchange:importCommit', { previewId: preview.previewId }), 'NOT_FOUND');
  });

  it('imports the TPI layer from its own columns in one update, leaving the Unit layer as it was', async () => {
    const { h, id } = await filled();
    const workbook = await loadBook(expectOk(await h.call('exchange:exportWorksheet', { id })));
    const sheet = sheetOf(workbook);
    // Columns H (Jawaban TPI) and K (Catatan TPI); the Unit columns get edits that a TPI import must ignore.
    sheet.getCell(rowOf(sheet, CODES.yaTidak), 8).value = 'ya';
    sheet.getCell(rowOf(sheet, CODES.abcd), 11).value = 'Reviu: SK belum ditandatangani';
    sheet.getCell(rowOf(sheet, CODES.abc), 6).value = 'C';
    const before = expectOk(await h.call('worksheets:get', { id })).worksheet;
    expect(before.items[CODES.yaTidak]?.tpi.answer).toEqual({ type: 'YA_TIDAK', value: 'Tidak' });
    const preview = expectOk(await h.call('exchange:importPreview', { id, fileName: 'lke.xlsx', dataBase64: await base64Of(workbook), layer: 'tpi' }));
    expect(preview.layer).toBe('tpi');
    expect([preview.fileErrors, preview.problems]).toEqual([[], []]);
    expect(preview.changes.map((change) => change.code).sort()).toEqual([CODES.abcd, CODES.yaTidak].sort());
    expect(preview.changes.find((change) => change.code === CODES.abcd)).toMatchObject({ oldNote: before.items[CODES.abcd]?.tpi.note, newNote: 'Reviu: SK belum ditandatangani' });

    const update = vi.spyOn(await h.services.storage.open(worksheetSpec(id)), 'update');
    const result = expectOk(await h.call('exchange:importCommit', { previewId: preview.previewId }));
    expect(update).toHaveBeenCalledTimes(1);
    expect(result.applied).toBe(2);
    const after = result.detail.worksheet;
    expect(after.items[CODES.yaTidak]?.tpi.answer).toEqual({ type: 'YA_TIDAK', value: 'Ya' });
    expect(after.items[CODES.abcd]?.tpi.note).toBe('Reviu: SK belum ditandatangani');
    expect(layerAnswers(after, 'unit')).toEqual(layerAnswers(before, 'unit'));
    expect(Object.fromEntries(Object.entries(after.items).map(([code, item]) => [code, item.unit.note]))).toEqual(
      Object.fromEntries(Object.entries(before.items).map(([code, item]) => [code, item.unit.note])),
    );
  });

  it('a Unit import (the default) reads the Unit columns only', async () => {
    const { h, id } = await filled();
    const workbook = await loadBook(expectOk(await h.call('exchange:exportWorksheet', { id })));
    const sheet = sheetOf(workbook);
    sheet.getCell(rowOf(sheet, CODES.yaTidak), 8).value = 'Tidak';
    const preview = expectOk(await h.call('exchange:importPreview', { id, fileName: 'lke.xlsx', dataBase64: await base64Of(workbook) }));
    expect(preview.layer).toBe('unit');
    expect(preview.changes).toEqual([]);
  });

  it('refuses a TPI import once the worksheet is final, before reading the file', async () => {
    const { h, id } = await filled();
    await save(h, id, 'tpi', allChanges('best'));
    for (const to of ['DIAJUKAN', 'DIREVIU_TPI', 'FINAL'] as const) expectOk(await h.call('worksheets:transition', { id, to }));
    const file = expectOk(await h.call('exchange:exportWorksheet', { id }));
    const refused = expectFail(await h.call('exchange:importPreview', { id, fileName: 'lke.xlsx', dataBase64: file.dataBase64, layer: 'tpi' }), 'LOCKED');
    expect(refused.message).toMatch(/^Impor lapisan TPI ditolak: LKE sudah final/);
  });

  it('refuses a file whose TPI columns were removed', async () => {
    const { h, id } = await filled();
    const workbook = await loadBook(expectOk(await h.call('exchange:exportWorksheet', { id })));
    const sheet = sheetOf(workbook);
    sheet.getCell(8, 8).value = 'Jawaban';
    const preview = expectOk(await h.call('exchange:importPreview', { id, fileName: 'lke.xlsx', dataBase64: await base64Of(workbook), layer: 'tpi' }));
    expect(preview.fileErrors.join(' ')).toContain('"Jawaban TPI"');
    expect(preview.canCommit).toBe(false);
  });

  it('refuses a file made from another template version', async () => {
    const { h, id } = await filled();
    const workbook = await loadBook(expectOk(await h.call('exchange:exportWorksheet', { id })));
    const meta = sheetOf(workbook, 'ZI_Desk_Meta');
    // 2021.1 is the 2022 worksheet's own (PermenPANRB 90/2021) template now: forge an older one.
    meta.getCell(rowOf(meta, 'templateVersion'), 2).value = '2020.1';
    const preview = expectOk(await h.call('exchange:importPreview', { id, fileName: 'lama.xlsx', dataBase64: await base64Of(workbook) }));
    expect(preview.fileErrors.join(' ')).toContain('versi 2020.1');
    expect(preview.canCommit).toBe(false);
    expectFail(await h.call('exchange:importCommit', { previewId: preview.previewId }), 'NOT_FOUND');
  });

  it('lists unknown codes, answers outside the type, formulas and missing columns per row', async () => {
    const { h, id } = await filled();
    const workbook = await loadBook(expectOk(await h.call('exchange:exportWorksheet', { id })));
    const sheet = sheetOf(workbook);
    const unknownRow = rowOf(sheet, CODES.abc);
    sheet.getCell(unknownRow, 1).value = 'Z.9.9';
    const yaRow = rowOf(sheet, CODES.yaTidak);
    sheet.getCell(yaRow, 6).value = 'Mungkin';
    const abcdRow = rowOf(sheet, CODES.abcd);
    sheet.getCell(abcdRow, 6).value = 'E';
    const ipakRow = rowOf(sheet, CODES.ipak);
    sheet.getCell(ipakRow, 6).value = 7;
    const formulaRow = rowOf(sheet, CODES.abcde);
    sheet.getCell(formulaRow, 6).value = { formula: '"A"', result: 'A' };
    const editedRow = rowOf(sheet, CODES.capaian);
    sheet.getCell(editedRow, 10).value = 'Catatan baru';
    const preview = expectOk(await h.call('exchange:importPreview', { id, fileName: 'lke.xlsx', dataBase64: await base64Of(workbook) }));
    expect(preview.fileErrors).toEqual([]);
    const byRow = new Map(preview.problems.map((problem) => [problem.row, problem.message]));
    expect(byRow.get(unknownRow)).toContain('Z.9.9');
    expect(byRow.get(yaRow)).toContain('Mungkin');
    expect(byRow.get(abcdRow)).toContain('"E"');
    expect(byRow.get(ipakRow)).toContain('antara 0 dan 4');
    expect(byRow.get(formulaRow)).toContain('rumus');
    expect(preview.problems).toHaveLength(5);
    expect(preview.changes.map((change) => change.code)).toEqual([CODES.capaian]);

    // A missing column is a file error.
    sheet.spliceColumns(6, 1);
    const noColumn = expectOk(await h.call('exchange:importPreview', { id, fileName: 'lke.xlsx', dataBase64: await base64Of(workbook) }));
    expect(noColumn.fileErrors.join(' ')).toContain('Jawaban Unit');
    expect(noColumn.canCommit).toBe(false);
  });

  it('lists merged answer cells per row', async () => {
    const { h, id } = await filled();
    const workbook = await loadBook(expectOk(await h.call('exchange:exportWorksheet', { id })));
    const sheet = sheetOf(workbook);
    const row = rowOf(sheet, CODES.abc);
    sheet.mergeCells(row, 6, row + 1, 6);
    const preview = expectOk(await h.call('exchange:importPreview', { id, fileName: 'lke.xlsx', dataBase64: await base64Of(workbook) }));
    expect(preview.fileErrors).toEqual([]);
    // The row below may be a heading (skipped); the item row with the merge is always listed.
    expect(preview.problems.map((problem) => problem.row)).toContain(row);
    expect(preview.changes).toEqual([]);
    expect(preview.problems[0]?.message).toContain('digabung');
  });

  it('reports junk bytes as a file error', async () => {
    const { h, id } = await filled();
    const junk = Buffer.alloc(2 * 1024 * 1024);
    for (let index = 0; index < junk.length; index += 1) junk[index] = (index * 7919) % 251;
    const plain = expectOk(await h.call('exchange:importPreview', { id, fileName: 'junk.xlsx', dataBase64: junk.toString('base64') }));
    expect(plain.fileErrors).toHaveLength(1);
    junk.set([0x50, 0x4b, 0x03, 0x04], 0);
    const zipLike = expectOk(await h.call('exchange:importPreview', { id, fileName: 'junk.xlsx', dataBase64: junk.toString('base64') }));
    expect(zipLike.fileErrors).toHaveLength(1);
    expect(zipLike.canCommit).toBe(false);
  });

  it('caches the engine results in every formula cell and references the right cells', async () => {
    const { h, id } = await filled();
    const worksheet = expectOk(await h.call('worksheets:get', { id })).worksheet;
    const template = shippedTemplate();
    const unitScore = scoreWorksheet(template, layerAnswers(worksheet, 'unit'));
    const tpiScore = scoreWorksheet(template, layerAnswers(worksheet, 'tpi'));
    const sheet = sheetOf(await loadBook(expectOk(await h.call('exchange:exportWorksheet', { id }))));
    const result = (row: number, col: number): unknown => {
      const value = sheet.getCell(row, col).value;
      if (typeof value !== 'object' || value === null || !('formula' in value)) return undefined;
      // exceljs writes no cached value for a result of 0 (viewers then show 0 or an empty cell).
      return 'result' in value && value.result !== undefined ? value.result : 0;
    };
    const totalRow = rowOf(sheet, 'TOTAL');
    expect(result(totalRow, 7)).toBeCloseTo(unitScore.value, 9);
    expect(result(totalRow, 9)).toBeCloseTo(tpiScore.value, 9);
    expect(result(rowOf(sheet, unitScore.pengungkit.pemenuhan.code), 7)).toBeCloseTo(unitScore.pengungkit.pemenuhan.value, 9);
    expect(result(rowOf(sheet, unitScore.hasil.code), 7)).toBeCloseTo(unitScore.hasil.value, 9);
    expect(result(rowOf(sheet, CODES.ipak), 7)).toBeCloseTo(unitScore.hasil.ipak.value, 9);
    for (const half of unitScore.pengungkit.halves) {
      for (const area of half.areas) {
        expect(result(rowOf(sheet, area.code), 7)).toBeCloseTo(area.value, 9);
        for (const subArea of area.subAreas) expect(result(rowOf(sheet, subArea.code), 7)).toBeCloseTo(subArea.value, 9);
      }
    }

    // One sub-area's formula: AVERAGE of its scored items' value cells × weight.
    const firstHalf = template.components.find((component) => component.kind === 'PENGUNGKIT');
    const subArea = firstHalf?.kind === 'PENGUNGKIT' ? firstHalf.halves[0]?.areas[0]?.subAreas[0] : undefined;
    if (subArea === undefined) throw new Error('no sub-area');
    const cells = subArea.questions.filter((q) => q.answerType !== 'JUMLAH').map((q) => `G${rowOf(sheet, q.code)}`).join(',');
    const formula = sheet.getCell(rowOf(sheet, subArea.code), 7).formula;
    expect(formula).toBe(`IF(COUNT(${cells})=0,0,AVERAGE(${cells})*${subArea.weight})`);
    // A choice item's value reads its own answer cell with the exact option values.
    const abcdRow = rowOf(sheet, CODES.abcd);
    expect(sheet.getCell(abcdRow, 7).formula).toBe(
      `IF(F${abcdRow}="","",IF(F${abcdRow}="A",1,IF(F${abcdRow}="B",0.67,IF(F${abcdRow}="C",0.33,IF(F${abcdRow}="D",0,"")))))`,
    );
    // The disciplinary formula reads its two counts.
    const last = `F${rowOf(sheet, CODES.disiplinLastYear)}`;
    const now = `F${rowOf(sheet, CODES.disiplinThisYear)}`;
    expect(sheet.getCell(rowOf(sheet, CODES.disiplin), 7).formula).toBe(
      `IF(COUNT(${last},${now})<2,"",IF(${last}=0,IF(${now}=0,1,0),MAX(0,(${last}-${now})/${last})))`,
    );
  });
});

describe('exchange: stale previews', () => {
  it('refuses to apply a preview after the worksheet changed', async () => {
    const { h, id } = await filled();
    const workbook = await loadBook(expectOk(await h.call('exchange:exportWorksheet', { id })));
    const sheet = sheetOf(workbook);
    sheet.getCell(rowOf(sheet, CODES.yaTidak), 6).value = 'Tidak';
    const preview = expectOk(await h.call('exchange:importPreview', { id, fileName: 'lke.xlsx', dataBase64: await base64Of(workbook) }));
    expect(preview.canCommit).toBe(true);
    await save(h, id, 'unit', [{ code: CODES.abc, answer: { type: 'ABC', value: 'C' } }]);
    const update = vi.spyOn(await h.services.storage.open(worksheetSpec(id)), 'update');
    expectFail(await h.call('exchange:importCommit', { previewId: preview.previewId }), 'CONFLICT');
    expect(update).not.toHaveBeenCalled();
    const after = expectOk(await h.call('worksheets:get', { id })).worksheet;
    expect(after.items[CODES.yaTidak]?.unit.answer).toEqual({ type: 'YA_TIDAK', value: 'Ya' });
  });
});

describe('exchange: the formulas score the file like the engine', () => {
  it('evaluates every heading, item and the total to the engine values (full, partial, zero denominators)', async () => {
    const { h, unitId } = await openWithUnit(harness);
    const full = (await createWorksheet(h, unitId, 2022)).worksheet.id;
    await save(h, full, 'unit', allChanges('best'));
    await save(h, full, 'tpi', allChanges('worst'));
    const partial = (await createWorksheet(h, unitId, 2023, false)).worksheet.id;
    await save(h, partial, 'unit', [
      ...allChanges('best').filter((_, index) => index % 3 === 0),
      { code: CODES.disiplinLastYear, answer: { type: 'JUMLAH', value: 0 } },
      { code: CODES.disiplinThisYear, answer: { type: 'JUMLAH', value: 0 } },
      { code: CODES.abcd, answer: { type: 'ABCD', value: 'B' } },
      { code: CODES.ipak, answer: { type: 'INDEKS', value: 3.62 } },
    ]);
    await save(h, partial, 'tpi', [
      { code: CODES.disiplinLastYear, answer: { type: 'JUMLAH', value: 4 } },
      { code: CODES.disiplinThisYear, answer: { type: 'JUMLAH', value: 3 } },
      { code: CODES.abcde, answer: { type: 'ABCDE', value: 'D' } },
      { code: CODES.capaian, answer: { type: 'ABCDE', value: 'B' } },
    ]);
    const template = shippedTemplate();
    for (const id of [full, partial]) {
      const worksheet = expectOk(await h.call('worksheets:get', { id })).worksheet;
      const sheet = sheetOf(await loadBook(expectOk(await h.call('exchange:exportWorksheet', { id }))));
      for (const [layer, column] of [['unit', 'G'], ['tpi', 'I']] as const) {
        const score = scoreWorksheet(template, layerAnswers(worksheet, layer));
        const memo = new Map<string, number | string | null>();
        const at = (code: string): number | string | null => evaluateCell(sheet, `${column}${rowOf(sheet, code)}`, memo);
        expect(at('TOTAL')).toBeCloseTo(score.value, 9);
        expect(at(score.hasil.code)).toBeCloseTo(score.hasil.value, 9);
        expect(at(CODES.ipak)).toBeCloseTo(score.hasil.ipak.value, 9);
        expect(at(CODES.capaian)).toBeCloseTo(score.hasil.capaianKinerja.value, 9);
        for (const half of score.pengungkit.halves) {
          expect(at(half.code)).toBeCloseTo(half.value, 9);
          for (const area of half.areas) {
            expect(at(area.code)).toBeCloseTo(area.value, 9);
            for (const subArea of area.subAreas) {
              expect(at(subArea.code)).toBeCloseTo(subArea.value, 9);
              for (const item of subArea.items) {
                const value = at(item.code);
                if (item.value === null) expect(value, item.code).toBe('');
                else expect(value, item.code).toBeCloseTo(item.value, 9);
              }
            }
          }
        }
      }
    }
  });
});

describe('exchange: annual recap .xlsx', () => {
  it('has one row per unit with numbers and a two-decimal format', async () => {
    const { h, unitId } = await openWithUnit(harness);
    const other = expectOk(await h.call('units:create', unitInput({ nama: 'Badan Pendapatan Daerah' })));
    await createWorksheet(h, unitId, 2021, false);
    const a = await createWorksheet(h, unitId, 2022, false);
    const b = await createWorksheet(h, other.id, 2022, false);
    await save(h, a.worksheet.id, 'unit', allChanges('best'));
    await save(h, b.worksheet.id, 'unit', allChanges('worst'));
    const file = expectOk(await h.call('exchange:exportRecap', { year: 2022 }));
    const workbook = await loadBook(file);
    const sheet = workbook.worksheets[0];
    if (sheet === undefined) throw new Error('no sheet');
    const first = sheet.getRow(6);
    const second = sheet.getRow(7);
    expect(sheet.getRow(8).getCell(2).value ?? null).toBeNull();
    expect(first.getCell(2).value).toBe('Dinas Kependudukan dan Pencatatan Sipil');
    expect(second.getCell(2).value).toBe('Badan Pendapatan Daerah');
    expect(typeof first.getCell(7).value).toBe('number');
    expect(first.getCell(7).numFmt).toBe('0.00');
    expect(first.getCell(12).value).toBe(1);
    expect(second.getCell(12).value).toBe(2);
    expect(typeof first.getCell(11).value).toBe('number');
    expect(second.getCell(11).value).toBe('—');
  });
});
