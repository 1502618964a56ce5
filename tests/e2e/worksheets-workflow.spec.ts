import { formatAngka } from '../../shared/format';
import { scoreWorksheet } from '../../shared/lke';
import { expect, test } from './fixtures';
import { saveLayer } from './support/evaluations';
import {
  completeAnswers,
  fullTpiAnswers,
  fullUnitAnswers,
  LOAD,
  loadTemplate,
  openSeededWorksheet,
  seedWorksheet,
  typedAnswers,
  WORKSHEET_ID,
} from './support/worksheets';

/** The workflow buttons with their confirmations, and the lock of a final worksheet. */
test.describe('Lembar kerja LKE: alur dan kunci', () => {
  test('Disdukcapil 2022: diajukan, direviu TPI, finalisasi → terkunci, tombol jawaban dinonaktifkan', async ({ page, api }) => {
    const template = loadTemplate();
    await seedWorksheet(api, 'unit-complete');
    const ws = await openSeededWorksheet(page);

    await test.step('unit: semua butir terisi (lewat API), lalu diajukan', async () => {
      await expect(ws.progress('Unit')).toHaveAttribute('aria-valuetext', '127 dari 127 butir', LOAD);
      await expect(ws.total()).toHaveText(formatAngka(scoreWorksheet(template, fullUnitAnswers(template)).value));
      await ws.step('Ajukan', 'Ajukan lembar kerja?', 'Diajukan');
    });

    const typedTpi = typedAnswers(template, 'tpi');
    await test.step('"Tandai direviu TPI" ditolak selama lapisan TPI belum lengkap, dengan alasannya', async () => {
      await saveLayer(api, WORKSHEET_ID, 'tpi', typedTpi);
      await page.reload();
      await expect(ws.progress('TPI')).toHaveAttribute('aria-valuetext', '30 dari 127 butir', LOAD);
      const review = page.getByRole('button', { name: 'Tandai direviu TPI' });
      await expect(review).toBeDisabled();
      await expect(review).toHaveAccessibleDescription(/^Tandai direviu TPI: LKE belum dapat ditandai direviu TPI: 97 butir jawaban TPI belum diisi \(/);
      await expect(page.getByRole('note').filter({ hasText: 'Tandai direviu TPI: LKE belum dapat ditandai direviu TPI: 97 butir' })).toBeVisible();
      // Main refuses it too, whatever the screen offers, and nothing changes.
      await expect(api.worksheets.transition({ id: WORKSHEET_ID, to: 'DIREVIU_TPI' })).rejects.toThrow(/97 butir jawaban TPI belum diisi/);
      expect((await api.worksheets.get({ id: WORKSHEET_ID })).worksheet.status).toBe('DIAJUKAN');
    });

    await test.step('sisa jawaban TPI, reviu TPI, finalisasi → terkunci', async () => {
      await saveLayer(api, WORKSHEET_ID, 'tpi', completeAnswers(template, typedTpi));
      await page.reload();
      await expect(ws.progress('TPI')).toHaveAttribute('aria-valuetext', '127 dari 127 butir', LOAD);
      await ws.step('Tandai direviu TPI', 'Tandai sudah direviu TPI?', 'Direviu TPI');
      await ws.step('Finalisasi', 'Finalisasi lembar kerja?', 'Final');
      await expect(page.getByText('LKE final dan terkunci')).toBeVisible();
      await expect(ws.options('A.I.1.i.a', 'TPI').getByRole('button', { name: 'Ya' })).toBeDisabled();
      await ws.focusRow('A.I.1.i.a');
      await page.keyboard.press('t');
      await expect(page.locator('.toasts').getByText(/LKE sudah final dan terkunci/)).toBeVisible();
      await expect(ws.options('A.I.1.i.a', 'TPI').getByRole('button', { name: 'Ya' })).toHaveAttribute('aria-pressed', 'true');
      await ws.chooseLayer('Unit');
      await expect(ws.options('A.I.1.i.b', 'Unit').getByRole('button', { name: 'A' })).toBeDisabled();
      await ws.chooseLayer('TPI');
      await expect(ws.total()).toHaveText(formatAngka(scoreWorksheet(template, fullTpiAnswers(template)).value));
    });
  });
});
