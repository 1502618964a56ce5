import { expect, test } from './fixtures';
import { saveLayer } from './support/evaluations';
import { answerText } from '../../shared/worksheets';
import { fullUnitAnswers, LOAD, loadTemplate, TEMPLATE_ID, UNIT_OPTION, USER } from './support/worksheets';
import { WorksheetPage } from './pages/WorksheetPage';

test.use({ viewport: { width: 1366, height: 768 } });

const LAST_YEAR_ID = 'demo-disdukcapil-2021';
const THIS_YEAR_ID = 'demo-disdukcapil-2022';
const NOTED = 'A.I.1.i.a';
const NOTE = 'SK tim kerja 2021 ditandatangani Kepala Dinas.';
const REFERENCE = 'SK Kepala Dinas Nomor 800/17/Disdukcapil/2021';

/** Last year's answers come along for review: nothing is confirmed without the review list, and a confirmation can be undone. */
test.describe('Lembar kerja LKE: jawaban bawaan tahun lalu', () => {
  test('bawa 2021 ke 2022, tinjau, konfirmasi satu dan semua, urungkan; catatan dan referensi bukti ikut', async ({ page, api }) => {
    const template = loadTemplate();
    await api.app.setUserName({ name: USER });
    await api.demo.load({});
    await api.worksheets.create({ unitId: 'demo-disdukcapil', year: 2021, templateId: TEMPLATE_ID });
    const answers = fullUnitAnswers(template);
    await saveLayer(api, LAST_YEAR_ID, 'unit', answers);
    const noted = answers[NOTED];
    if (!noted) throw new Error(`${NOTED} has no answer`);
    await api.worksheets.saveAnswers({ id: LAST_YEAR_ID, layer: 'unit', changes: [{ code: NOTED, answer: noted, note: NOTE }] });
    await api.worksheets.addEvidenceReference({ id: LAST_YEAR_ID, code: NOTED, text: REFERENCE });
    const carried = Object.keys(answers).length;

    await page.reload();
    await expect(page.getByText(`Pengguna: ${USER}`)).toBeVisible();
    const ws = new WorksheetPage(page);
    await ws.openList();
    await ws.create({ unit: UNIT_OPTION, year: 2022, carryOver: true });
    await expect(ws.heading()).toHaveText('LKE Disdukcapil 2022', LOAD);

    const review = page.getByRole('dialog', { name: 'Tinjau jawaban bawaan 2021' });
    const list = review.getByRole('table', { name: 'Jawaban bawaan' });
    const rowOf = (code: string) => list.getByRole('row').filter({ has: page.getByRole('rowheader', { name: code, exact: true }) });

    await test.step('Ajukan dinonaktifkan dengan alasannya; daftar tinjauan memuat jawaban, catatan dan referensi 2021', async () => {
      await expect(page.getByRole('button', { name: 'Ajukan', exact: true })).toBeDisabled();
      await expect(page.getByRole('note').filter({ hasText: `${carried} jawaban bawaan tahun lalu belum dikonfirmasi` })).toBeVisible();
      await page.getByRole('button', { name: `Tinjau ${carried} jawaban bawaan` }).click();
      await expect(review).toBeVisible();
      await expect(list.locator('tbody tr')).toHaveCount(carried);
      await expect(rowOf(NOTED)).toContainText(NOTE);
      await expect(rowOf(NOTED)).toContainText(`${REFERENCE} (dari 2021)`);
      await expect(rowOf(NOTED).getByRole('cell').nth(1)).toHaveText(answerText(noted));
      // Nothing is confirmed by opening the list.
      expect((await api.worksheets.get({ id: THIS_YEAR_ID })).summary.layers.unit.carriedPending).toBe(carried);
    });

    await test.step('konfirmasi satu butir, lalu urungkan', async () => {
      await rowOf(NOTED).getByRole('button', { name: `Konfirmasi butir ${NOTED}` }).click();
      await expect(review.getByRole('status')).toContainText('1 jawaban bawaan dikonfirmasi.');
      await expect(rowOf(NOTED)).toHaveCount(0);
      expect((await api.worksheets.get({ id: THIS_YEAR_ID })).worksheet.items[NOTED]?.unit.carriedOver).toBe(false);
      await review.getByRole('button', { name: 'Urungkan konfirmasi' }).click();
      await expect(rowOf(NOTED)).toHaveCount(1);
      const undone = await api.worksheets.get({ id: THIS_YEAR_ID });
      expect(undone.worksheet.items[NOTED]?.unit).toEqual({ answer: noted, note: NOTE, carriedOver: true });
      expect(undone.summary.layers.unit.carriedPending).toBe(carried);
    });

    await test.step('konfirmasi semua, urungkan, konfirmasi semua lagi → Ajukan dapat dipilih', async () => {
      await review.getByRole('button', { name: `Konfirmasi semua (${carried})` }).click();
      await expect(review.getByRole('status').first()).toContainText(`${carried} jawaban bawaan dikonfirmasi.`);
      await expect(review.getByText('Semua jawaban bawaan sudah dikonfirmasi.')).toBeVisible();
      await review.getByRole('button', { name: 'Urungkan konfirmasi' }).click();
      await expect(list.locator('tbody tr')).toHaveCount(carried);
      expect((await api.worksheets.get({ id: THIS_YEAR_ID })).summary.layers.unit.carriedPending).toBe(carried);
      await review.getByRole('button', { name: `Konfirmasi semua (${carried})` }).click();
      await expect(review.getByText('Semua jawaban bawaan sudah dikonfirmasi.')).toBeVisible();
      await review.getByRole('button', { name: 'Selesai' }).click();
      await expect(review).toBeHidden();
      await expect(page.getByRole('button', { name: 'Ajukan', exact: true })).toBeEnabled();
      const after = await api.worksheets.get({ id: THIS_YEAR_ID });
      expect(after.summary.layers.unit.carriedPending).toBe(0);
      expect(after.worksheet.items[NOTED]?.unit.note).toBe(NOTE);
      expect(after.worksheet.items[NOTED]?.evidence).toMatchObject([{ kind: 'reference', text: REFERENCE, carriedFromYear: 2021 }]);
      expect(after.worksheet.items[NOTED]?.history.map((entry) => entry.kind)).toEqual(['carryOver', 'confirm', 'unconfirm', 'confirm', 'unconfirm', 'confirm']);
    });
  });
});
