import ExcelJS from 'exceljs';
import { COLUMNS, HEADER_ROW, LKE_SHEET } from '../../electron/services/exchange/layout';
import { expect, test } from './fixtures';
import { ExcelExchangePage } from './pages/ExcelExchangePage';
import { LOAD, NOTE_CODE, NOTE_TEXT, openSeededWorksheet, seedWorksheet, WORKSHEET_ID } from './support/worksheets';

test.use({ viewport: { width: 1366, height: 768 } });

/** Finds a column of the LKE sheet by its header, and the row of an item by its code. */
function locate(sheet: ExcelJS.Worksheet): { column(title: string): number; rowOf(code: string): number } {
  const header = sheet.getRow(HEADER_ROW);
  const column = (title: string): number => {
    let found = 0;
    header.eachCell((cell, number) => {
      if (String(cell.value ?? '').trim() === title) found = number;
    });
    if (found === 0) throw new Error(`column ${title} not found`);
    return found;
  };
  const codeCol = column(COLUMNS.code.header);
  const rowOf = (code: string): number => {
    for (let row = HEADER_ROW + 1; row <= sheet.rowCount; row += 1) {
      if (String(sheet.getCell(row, codeCol).value ?? '').trim() === code) return row;
    }
    throw new Error(`row of ${code} not found`);
  };
  return { column, rowOf };
}

/** The TPI reviews in Excel: its answers and notes come back into the TPI layer, the unit's stay as they were. */
test.describe('Impor Excel lapisan TPI', () => {
  test('unduh, ubah jawaban dan catatan TPI dengan exceljs, impor sebagai TPI, pratinjau menyebut TPI, terapkan', async ({ page, api }) => {
    await seedWorksheet(api, 'tpi-typed');
    await openSeededWorksheet(page);
    const excel = new ExcelExchangePage(page);
    const before = await api.worksheets.get({ id: WORKSHEET_ID });
    // A TPI answer that was typed (changes Ya ↔ Tidak), one not yet answered, and the seeded TPI note replaced.
    const answered = 'A.I.1.i.a';
    const unanswered = Object.keys(before.worksheet.items).find(
      (code) => before.worksheet.items[code]?.tpi.answer === null && before.worksheet.items[code]?.unit.answer?.type === 'YA_TIDAK',
    );
    if (!unanswered) throw new Error('no unanswered Ya/Tidak TPI item');
    const answeredOld = before.worksheet.items[answered]?.tpi.answer;
    if (answeredOld?.type !== 'YA_TIDAK') throw new Error(`${answered} has no Ya/Tidak TPI answer`);
    const answeredNew = answeredOld.value === 'Ya' ? 'Tidak' : 'Ya';
    const note = 'Reviu TPI: SK tim sudah memuat mekanisme seleksi (dokumen revisi).';

    let fileName = '';
    let edited = Buffer.alloc(0);
    await test.step('Unduh Excel, ubah kolom Jawaban TPI dan Catatan TPI', async () => {
      await expect(excel.group()).toBeVisible(LOAD);
      const downloaded = await excel.download();
      fileName = downloaded.fileName;
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(downloaded.bytes as unknown as ArrayBuffer);
      const sheet = workbook.getWorksheet(LKE_SHEET);
      if (!sheet) throw new Error('no LKE sheet');
      const { column, rowOf } = locate(sheet);
      const tpiAnswer = column(COLUMNS.tpiAnswer.header);
      expect(sheet.getCell(rowOf(NOTE_CODE), column(COLUMNS.tpiNote.header)).value).toBe(NOTE_TEXT);
      sheet.getCell(rowOf(answered), tpiAnswer).value = answeredNew;
      sheet.getCell(rowOf(unanswered), tpiAnswer).value = 'ya';
      sheet.getCell(rowOf(NOTE_CODE), column(COLUMNS.tpiNote.header)).value = note;
      edited = Buffer.from(await workbook.xlsx.writeBuffer());
    });

    await test.step('Impor sebagai TPI: pratinjau menyebut lapisan TPI dan memuat tepat tiga perubahan', async () => {
      await excel.chooseLayer('tpi');
      await expect(excel.importButton()).toHaveAttribute('title', /Impor jawaban dan catatan TPI/);
      const dialog = await excel.choose(fileName, edited);
      await expect(page.getByRole('dialog', { name: 'Pratinjau impor Excel — lapisan TPI' })).toBeVisible();
      await expect(dialog).toContainText('lapisan TPI yang diimpor');
      await expect(dialog.getByRole('status')).toHaveText('3 perubahan.');
      const rows = await excel.changeRows();
      expect(rows.map((row) => row[0]).sort()).toEqual([answered, unanswered, NOTE_CODE].sort());
      expect(rows.find((row) => row[0] === answered)?.[2]).toBe(`${answeredOld.value} → ${answeredNew}`);
      expect(rows.find((row) => row[0] === unanswered)?.[2]).toBe('(kosong) → Ya');
      expect(rows.find((row) => row[0] === NOTE_CODE)?.[3]).toBe(`${NOTE_TEXT} → ${note}`);
    });

    await test.step('Terapkan: jawaban TPI tersimpan, lapisan Unit tidak berubah', async () => {
      await excel.previewDialog().getByRole('button', { name: 'Terapkan 3 perubahan' }).click();
      await expect(excel.previewDialog()).toBeHidden();
      await expect(excel.notice()).toHaveText(`3 perubahan dari ${fileName} diterapkan.`);
      const after = await api.worksheets.get({ id: WORKSHEET_ID });
      expect(after.worksheet.items[answered]?.tpi.answer).toEqual({ type: 'YA_TIDAK', value: answeredNew });
      expect(after.worksheet.items[unanswered]?.tpi.answer).toEqual({ type: 'YA_TIDAK', value: 'Ya' });
      expect(after.worksheet.items[NOTE_CODE]?.tpi.note).toBe(note);
      const unitOf = (detail: typeof before) => Object.fromEntries(Object.entries(detail.worksheet.items).map(([code, item]) => [code, item.unit]));
      expect(unitOf(after)).toEqual(unitOf(before));
      const tpiChanged = Object.keys(after.worksheet.items).filter(
        (code) => JSON.stringify(after.worksheet.items[code]?.tpi) !== JSON.stringify(before.worksheet.items[code]?.tpi),
      );
      expect(tpiChanged.sort()).toEqual([answered, unanswered, NOTE_CODE].sort());
    });
  });
});
