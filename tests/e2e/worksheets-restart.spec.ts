import { formatAngka } from '../../shared/format';
import { scoreWorksheet } from '../../shared/lke';
import { expect, test } from './fixtures';
import {
  enteredItems,
  fullTpiAnswers,
  fullUnitAnswers,
  LOAD,
  loadTemplate,
  NOTE_CODE,
  NOTE_TEXT,
  seedWorksheet,
  UNIT_NAME,
  USER,
} from './support/worksheets';
import { WorksheetPage } from './pages/WorksheetPage';

/** A final worksheet survives a restart of the host: answers, totals, notes and their history. */
test.describe('Lembar kerja LKE: setelah host dimulai ulang', () => {
  test('Disdukcapil 2022 final: jawaban, catatan dan riwayat tetap ada setelah host dimulai ulang', async ({ page, api, restartHost }) => {
    const template = loadTemplate();
    const unitAnswers = fullUnitAnswers(template);
    const tpiAnswers = fullTpiAnswers(template);
    const total = formatAngka(scoreWorksheet(template, tpiAnswers).value);
    await seedWorksheet(api, 'final');
    const ws = new WorksheetPage(page);

    await restartHost();
    await ws.openList();
    const listRow = ws.listRow(UNIT_NAME);
    await expect(listRow).toContainText('Final');
    await expect(listRow).toContainText(total);
    await listRow.getByRole('link', { name: /^Buka LKE/ }).click();
    await expect(ws.heading()).toHaveText('LKE Disdukcapil 2022', LOAD);
    await expect(ws.status()).toContainText('Final');
    await expect(ws.total()).toHaveText(total);
    await expect(ws.progress('Unit')).toHaveAttribute('aria-valuetext', '127 dari 127 butir');
    for (const { code } of enteredItems(template).slice(0, 6)) {
      const unit = unitAnswers[code];
      const tpi = tpiAnswers[code];
      if (!unit || !tpi) throw new Error(code);
      await expect(ws.chip(code, 'Unit')).toHaveText(String(unit.value));
      await expect(ws.options(code, 'TPI').getByRole('button', { name: String(tpi.value), exact: true })).toHaveAttribute('aria-pressed', 'true');
    }
    await expect(ws.chip('B.I.a', 'Unit')).toHaveText('3,6');

    // History of the noted item: the unit's answer, the TPI's answer and note, with the user's name.
    await ws.focusRow(NOTE_CODE);
    await page.keyboard.press(' ');
    const history = page.getByRole('region', { name: `Riwayat butir ${NOTE_CODE}` });
    await expect(history).toBeVisible();
    await expect(history.getByRole('listitem').filter({ hasText: 'Unit' })).toContainText(`kosong → ${String(unitAnswers[NOTE_CODE]?.value)}`);
    await expect(history.getByRole('listitem').filter({ hasText: 'TPI' }).first()).toContainText(USER);
    await expect(history).toContainText(`kosong → ${String(tpiAnswers[NOTE_CODE]?.value)}`);
    await expect(history).toContainText(NOTE_TEXT);
    await expect(page.getByLabel('Catatan TPI')).toHaveValue(NOTE_TEXT);
  });
});
