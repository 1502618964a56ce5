import { formatAngka } from '../../shared/format';
import { scoreWorksheet, thresholdsFor, verdict, type Answer, type AnswerType } from '../../shared/lke';
import { expect, test, type Page } from './fixtures';
import { BerandaPage } from './pages/BerandaPage';
import { WorksheetPage } from './pages/WorksheetPage';
import {
  choiceKey,
  enteredItems,
  fullUnitAnswers,
  loadTemplate,
  NOTE_CODE,
  NOTE_TEXT,
  openSeededWorksheet,
  seedWorksheet,
  TEMPLATE_ID,
  TYPED_COUNT,
  UNIT_OPTION,
  UNIT_TYPED_NUMBERS,
  USER,
} from './support/worksheets';

/** From the first item's row: the answer key of each item, then `move(index)` to the next row; returns what was typed. */
async function typeChoices(
  page: Page,
  ws: WorksheetPage,
  items: readonly { code: string; type: AnswerType }[],
  style: 'unit' | 'tpi',
  move: (index: number) => string,
): Promise<Record<string, Answer>> {
  const typed: Record<string, Answer> = {};
  await ws.focusRow(items[0]?.code ?? '');
  for (const [index, { code, type }] of items.entries()) {
    const { key, answer } = choiceKey(type, index, style);
    typed[code] = answer;
    await page.keyboard.press(key);
    await page.keyboard.press(move(index));
  }
  return typed;
}

/** Answers typed with the keyboard, and the totals, verdict and markers that follow them live. */
test.describe('Lembar kerja LKE: isian dan nilai langsung', () => {
  test('Disdukcapil 2022 baru: 30 butir unit dengan papan ketik, jumlah dan indeks diketik di tempat, nilai dan predikat berubah', async ({ page }) => {
    const template = loadTemplate();
    const thresholdSet = thresholdsFor(TEMPLATE_ID);
    if (!thresholdSet.ok) throw new Error(thresholdSet.error.message);
    const thresholds = thresholdSet.value;
    const items = enteredItems(template);
    const beranda = new BerandaPage(page);
    const ws = new WorksheetPage(page);
    const unitAnswers: Record<string, Answer> = {};

    await test.step('nama pengguna dan data contoh', async () => {
      await beranda.shell.enterUserName(USER);
      await beranda.loadDemoData();
    });

    await test.step('buat LKE Disdukcapil 2022', async () => {
      await ws.openList();
      await expect(page.getByText('Belum ada lembar kerja.')).toBeVisible();
      await ws.create({ unit: UNIT_OPTION, year: 2022 });
      await expect(ws.heading()).toHaveText('LKE Disdukcapil 2022');
      await expect(ws.status()).toHaveText('Draf');
      // Every entered item is on screen: 127 answerable rows plus the 8 computed percentages.
      await expect(ws.questionRows()).toHaveCount(135);
      await expect(ws.total()).toHaveText('0,00');
      await expect(ws.progress('Unit')).toHaveAttribute('aria-valuetext', '0 dari 127 butir');
      await expect(ws.verdict('WBK')).toContainText('18 belum terpenuhi');
      await expect(ws.criterion('WBK', 'Manajemen Perubahan')).toContainText('✗');
    });

    const typed = items.slice(0, TYPED_COUNT);
    await test.step('unit: 30 butir Pemenuhan dengan papan ketik (huruf, Y/T, ↓ dan Tab)', async () => {
      await expect(page.getByText(/A–E pilih jawaban · Y\/T Ya\/Tidak/)).toBeVisible();
      Object.assign(unitAnswers, await typeChoices(page, ws, typed, 'unit', (index) => (index % 2 === 0 ? 'ArrowDown' : 'Tab')));
      await expect(ws.row(items[typed.length]?.code ?? '')).toBeFocused();
      const expected = scoreWorksheet(template, unitAnswers);
      const subArea = expected.pengungkit.pemenuhan.areas[0]?.subAreas[0];
      const area = expected.pengungkit.pemenuhan.areas[0];
      if (!subArea || !area) throw new Error('template without Manajemen Perubahan');
      await expect(ws.nodeValue(subArea.code)).toHaveText(formatAngka(subArea.value));
      await expect(ws.nodeValue(area.code)).toHaveText(formatAngka(area.value));
      await expect(ws.nodeValue('A.I')).toHaveText(formatAngka(expected.pengungkit.pemenuhan.value));
      await expect(ws.total()).toHaveText(formatAngka(expected.value));
      await expect(ws.sum('pemenuhan')).toHaveText(formatAngka(expected.pengungkit.pemenuhan.value));
      await expect(ws.progress('Unit')).toHaveAttribute('aria-valuetext', '30 dari 127 butir');
      // The verdict follows: Manajemen Perubahan (Pemenuhan) now reaches 60 % of its weight.
      const wbk = verdict(expected, thresholds.wbk);
      expect(wbk.criteria.find((criterion) => criterion.id === `area:${area.code}`)?.passed).toBe(true);
      await expect(ws.criterion('WBK', 'Manajemen Perubahan')).toContainText('✓');
      await expect(ws.verdict('WBK')).toContainText(`${wbk.failing.length} belum terpenuhi`);
      await ws.waitSaved();
    });

    await test.step('unit: jumlah dan indeks diketik di tempat ("3,6" dan "3.2")', async () => {
      await ws.focusRow('A.II.1.i.a.1');
      await page.keyboard.type('10');
      await page.keyboard.press('Enter');
      await expect(ws.row('A.II.1.i.a.2')).toBeFocused();
      await page.keyboard.type('8');
      await page.keyboard.press('Enter');
      await expect(ws.row('A.II.1.i.a')).toContainText('80,00%');

      await ws.focusRow('B.I.a');
      await page.keyboard.type('3,6');
      await page.keyboard.press('Enter');
      await expect(ws.row('B.I.b')).toBeFocused();
      await page.keyboard.press('b');
      await page.keyboard.press('ArrowDown');
      await expect(ws.row('B.II.a')).toBeFocused();
      await page.keyboard.type('3.2');
      await page.keyboard.press('Tab');
      Object.assign(unitAnswers, UNIT_TYPED_NUMBERS);
      // IPAK 3,6 ÷ 4 × 17,5 = 15,75; capaian B 0,75 × 5 = 3,75; IPKP 3,2 ÷ 4 × 17,5 = 14,00.
      await expect(ws.sum('hasil')).toHaveText('33,50');
      await expect(ws.total()).toHaveText(formatAngka(scoreWorksheet(template, unitAnswers).value));
      await expect(ws.criterion('WBK', 'Nilai IPAK')).toContainText('✓');
      await ws.waitSaved();
    });
  });

  test('Disdukcapil 2022 diajukan: 30 butir TPI dengan papan ketik, beda dengan unit ditandai, catatan, saringan', async ({ page, api }) => {
    const template = loadTemplate();
    const items = enteredItems(template);
    const typed = items.slice(0, TYPED_COUNT);
    const unitAnswers = fullUnitAnswers(template);
    const tpiAnswers: Record<string, Answer> = {};
    await seedWorksheet(api, 'submitted');
    const ws = await openSeededWorksheet(page);

    await test.step('TPI: 30 butir dengan papan ketik, beda dengan unit ditandai', async () => {
      await expect(page.getByRole('group', { name: 'Lapisan jawaban' }).getByRole('button', { name: 'TPI', exact: true })).toHaveAttribute(
        'aria-pressed',
        'true',
      );
      Object.assign(tpiAnswers, await typeChoices(page, ws, typed, 'tpi', (index) => (index % 3 === 0 ? 'Tab' : 'ArrowDown')));
      await expect(ws.row(items[typed.length]?.code ?? '')).toBeFocused();
      const expected = scoreWorksheet(template, tpiAnswers);
      await expect(ws.total()).toHaveText(formatAngka(expected.value));
      await expect(ws.nodeValue('A.I.1')).toHaveText(formatAngka(expected.pengungkit.pemenuhan.areas[0]?.value ?? NaN));
      await expect(ws.progress('TPI')).toHaveAttribute('aria-valuetext', '30 dari 127 butir');

      // A note on one item: Enter opens it, Escape returns to the row.
      await ws.focusRow(NOTE_CODE);
      await page.keyboard.press('Enter');
      const note = page.getByLabel('Catatan TPI');
      await expect(note).toBeFocused();
      await note.fill(NOTE_TEXT);
      await page.keyboard.press('Escape');
      await expect(ws.row(NOTE_CODE)).toBeFocused();

      const differing = typed.filter(({ code }) => {
        const unit = unitAnswers[code];
        const tpi = tpiAnswers[code];
        return unit && tpi && unit.value !== tpi.value;
      });
      expect(differing.length).toBeGreaterThan(5);
      await expect(ws.row(differing[0]?.code ?? '')).toContainText('Unit ≠ TPI');
      await ws.chooseFilter('Berbeda');
      await expect(ws.questionRows()).toHaveCount(differing.length);
      await ws.chooseFilter('Ada catatan');
      await expect(ws.questionRows()).toHaveCount(1);
      await ws.chooseFilter('Semua');
      await ws.waitSaved();
    });
  });
});
