import { formatAngka } from '../../shared/format';
import { planImprovements, scoreWorksheet, thresholdsFor, verdict } from '../../shared/lke';
import { expect, test } from './fixtures';
import { loadTemplate, openSeededWorksheet, seedWorksheet, TEMPLATE_ID, typedAnswers } from './support/worksheets';

/** "Menuju WBK/WBBM": what to improve first, per failing criterion of the TPI's answers. */
test.describe('Lembar kerja LKE: perencana', () => {
  test('perencana "Menuju WBK/WBBM": butir diurutkan per kriteria yang gagal', async ({ page, api }) => {
    const template = loadTemplate();
    const thresholdSet = thresholdsFor(TEMPLATE_ID);
    if (!thresholdSet.ok) throw new Error(thresholdSet.error.message);
    await seedWorksheet(api, 'tpi-typed');
    const ws = await openSeededWorksheet(page);

    const score = scoreWorksheet(template, typedAnswers(template, 'tpi'));
    const plan = planImprovements(template, score, verdict(score, thresholdSet.value.wbk));
    const firstGroup = plan.groups[0];
    const firstItem = firstGroup?.items[0];
    if (!firstGroup || !firstItem) throw new Error('expected a failing criterion');
    await ws.openTab('Menuju WBK/WBBM');
    const groups = page.getByRole('list', { name: 'Kriteria WBK yang belum terpenuhi' });
    await expect(groups.getByRole('heading', { level: 3 })).toHaveCount(plan.groups.length);
    await expect(groups.getByRole('heading', { level: 3 }).first()).toContainText(firstGroup.criterion.label);
    const firstRow = groups.getByRole('listitem').first().getByRole('row').nth(1);
    await expect(firstRow).toContainText(firstItem.code);
    await expect(firstRow).toContainText(`+${formatAngka(firstItem.potential)}`);
    await ws.openTab('Isian LKE');
  });
});
