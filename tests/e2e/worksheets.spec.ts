import { formatAngka } from '../../shared/format';
import {
  getTemplate,
  itemsByCode,
  planImprovements,
  scoreWorksheet,
  thresholdsFor,
  verdict,
  type Answer,
  type AnswerType,
  type Template,
} from '../../shared/lke';
import { expect, test, type Page } from './fixtures';
import { BerandaPage } from './pages/BerandaPage';
import { WorksheetPage } from './pages/WorksheetPage';

const TEMPLATE_ID = 'lke-zi-90-2021-5-2024';
const WORKSHEET_ID = 'demo-disdukcapil-2022';
const USER = 'Siti Penguji Fiktif';
/** Loading the whole worksheet (127 rows) after a reload or restart may take longer than a click. */
const LOAD = { timeout: 30_000 };

function loadTemplate(): Template {
  const result = getTemplate(TEMPLATE_ID);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** The items a person fills in, in screen order (127). */
function enteredItems(template: Template): { code: string; type: AnswerType }[] {
  return [...itemsByCode(template).values()]
    .filter((location) => location.item.answerType !== 'PERSEN')
    .map((location) => ({ code: location.item.code, type: location.item.answerType }));
}

/** The key an inspector presses for item `index` of a choice type, and the answer it means. */
function choiceKey(type: AnswerType, index: number, style: 'unit' | 'tpi'): { key: string; answer: Answer } {
  switch (type) {
    case 'YA_TIDAK': {
      const ya = style === 'unit' ? index % 6 !== 5 : index % 4 !== 3;
      return { key: ya ? (index % 2 === 0 ? 'y' : 'Y') : 't', answer: { type, value: ya ? 'Ya' : 'Tidak' } };
    }
    case 'ABC': {
      const value = style === 'unit' ? (['A', 'A', 'B'] as const)[index % 3] : (['A', 'B', 'B'] as const)[index % 3];
      return { key: (value ?? 'A').toLowerCase(), answer: { type, value: value ?? 'A' } };
    }
    case 'ABCD': {
      const value = style === 'unit' ? (['A', 'B', 'A', 'C'] as const)[index % 4] : (['B', 'B', 'C', 'A'] as const)[index % 4];
      return { key: (value ?? 'A').toLowerCase(), answer: { type, value: value ?? 'A' } };
    }
    case 'ABCDE': {
      const value = style === 'unit' ? (['A', 'B'] as const)[index % 2] : (['B', 'C'] as const)[index % 2];
      return { key: value ?? 'A', answer: { type, value: value ?? 'A' } };
    }
    default:
      throw new Error(`${type} is not a choice`);
  }
}

/** A complete answer for every entered item not in `given` (filled through the API, not typed). */
function completeAnswers(template: Template, given: Record<string, Answer>): Record<string, Answer> {
  const rest: Record<string, Answer> = {};
  enteredItems(template).forEach(({ code, type }, index) => {
    if (given[code] !== undefined) return;
    switch (type) {
      case 'YA_TIDAK':
        rest[code] = { type, value: 'Ya' };
        break;
      case 'ABC':
      case 'ABCD':
      case 'ABCDE':
        rest[code] = { type, value: index % 5 === 0 ? 'B' : 'A' };
        break;
      case 'JUMLAH':
        rest[code] = { type, value: 20 - (index % 3) };
        break;
      case 'INDEKS':
        rest[code] = { type, value: 3.7 };
        break;
      default:
        break;
    }
  });
  return rest;
}

/** `worksheets:saveAnswers` from the page (the host's cookie authenticates same-origin fetches). */
async function saveViaApi(page: Page, layer: 'unit' | 'tpi', answers: Record<string, Answer>): Promise<void> {
  const changes = Object.entries(answers).map(([code, answer]) => ({ code, answer }));
  const result = await page.evaluate(
    async (body) => {
      const response = await fetch('/api/worksheets:saveAnswers', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
      return (await response.json()) as { ok: boolean; error?: { message: string } };
    },
    { id: WORKSHEET_ID, layer, changes },
  );
  expect(result.error?.message ?? '').toBe('');
  expect(result.ok).toBe(true);
}

test.describe('Lembar kerja LKE', () => {
  test('Disdukcapil 2022: isian Unit dan TPI dengan papan ketik, nilai dan predikat berubah, perencana, final terkunci, tetap ada setelah host dimulai ulang', async ({
    page,
    restartHost,
  }) => {
    test.setTimeout(240_000);
    const template = loadTemplate();
    const thresholdSet = thresholdsFor(TEMPLATE_ID);
    if (!thresholdSet.ok) throw new Error(thresholdSet.error.message);
    const thresholds = thresholdSet.value;
    const items = enteredItems(template);
    const beranda = new BerandaPage(page);
    const ws = new WorksheetPage(page);
    const unitAnswers: Record<string, Answer> = {};
    const tpiAnswers: Record<string, Answer> = {};

    await test.step('nama pengguna dan data contoh', async () => {
      await beranda.shell.enterUserName(USER);
      await beranda.loadDemoData();
    });

    await test.step('buat LKE Disdukcapil 2022', async () => {
      await ws.openList();
      await expect(page.getByText('Belum ada lembar kerja.')).toBeVisible();
      await ws.create({ unit: 'Dinas Kependudukan dan Pencatatan Sipil (Disdukcapil)', year: 2022 });
      await expect(ws.heading()).toHaveText('LKE Disdukcapil 2022');
      await expect(ws.status()).toHaveText('Draf');
      // Every entered item is on screen: 127 answerable rows plus the 8 computed percentages.
      await expect(ws.questionRows()).toHaveCount(135);
      await expect(ws.total()).toHaveText('0,00');
      await expect(ws.progress('Unit')).toHaveAttribute('aria-valuetext', '0 dari 127 butir');
      await expect(ws.verdict('WBK')).toContainText('18 belum terpenuhi');
      await expect(ws.criterion('WBK', 'Manajemen Perubahan')).toContainText('✗');
    });

    const typed = items.slice(0, 30);
    await test.step('unit: 30 butir Pemenuhan dengan papan ketik (huruf, Y/T, ↓ dan Tab)', async () => {
      await expect(page.getByText(/A–E pilih jawaban · Y\/T Ya\/Tidak/)).toBeVisible();
      await ws.focusRow(typed[0]?.code ?? '');
      for (const [index, { code, type }] of typed.entries()) {
        const { key, answer } = choiceKey(type, index, 'unit');
        unitAnswers[code] = answer;
        await page.keyboard.press(key);
        await page.keyboard.press(index % 2 === 0 ? 'ArrowDown' : 'Tab');
      }
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
      unitAnswers['A.II.1.i.a.1'] = { type: 'JUMLAH', value: 10 };
      unitAnswers['A.II.1.i.a.2'] = { type: 'JUMLAH', value: 8 };
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
      unitAnswers['B.I.a'] = { type: 'INDEKS', value: 3.6 };
      unitAnswers['B.I.b'] = { type: 'ABCDE', value: 'B' };
      unitAnswers['B.II.a'] = { type: 'INDEKS', value: 3.2 };
      // IPAK 3,6 ÷ 4 × 17,5 = 15,75; capaian B 0,75 × 5 = 3,75; IPKP 3,2 ÷ 4 × 17,5 = 14,00.
      await expect(ws.sum('hasil')).toHaveText('33,50');
      await expect(ws.total()).toHaveText(formatAngka(scoreWorksheet(template, unitAnswers).value));
      await expect(ws.criterion('WBK', 'Nilai IPAK')).toContainText('✓');
      await ws.waitSaved();
    });

    await test.step('unit: sisa butir diisi lewat API, lalu diajukan', async () => {
      const rest = completeAnswers(template, unitAnswers);
      await saveViaApi(page, 'unit', rest);
      Object.assign(unitAnswers, rest);
      await page.reload();
      await expect(ws.progress('Unit')).toHaveAttribute('aria-valuetext', '127 dari 127 butir', LOAD);
      await expect(ws.total()).toHaveText(formatAngka(scoreWorksheet(template, unitAnswers).value));
      await ws.step('Ajukan', 'Ajukan lembar kerja?', 'Diajukan');
    });

    await test.step('TPI: 30 butir dengan papan ketik, beda dengan unit ditandai', async () => {
      await expect(page.getByRole('group', { name: 'Lapisan jawaban' }).getByRole('button', { name: 'TPI', exact: true })).toHaveAttribute(
        'aria-pressed',
        'true',
      );
      await ws.focusRow(typed[0]?.code ?? '');
      for (const [index, { code, type }] of typed.entries()) {
        const { key, answer } = choiceKey(type, index, 'tpi');
        tpiAnswers[code] = answer;
        await page.keyboard.press(key);
        await page.keyboard.press(index % 3 === 0 ? 'Tab' : 'ArrowDown');
      }
      await expect(ws.row(items[typed.length]?.code ?? '')).toBeFocused();
      const expected = scoreWorksheet(template, tpiAnswers);
      await expect(ws.total()).toHaveText(formatAngka(expected.value));
      await expect(ws.nodeValue('A.I.1')).toHaveText(formatAngka(expected.pengungkit.pemenuhan.areas[0]?.value ?? NaN));
      await expect(ws.progress('TPI')).toHaveAttribute('aria-valuetext', '30 dari 127 butir');

      // A note on one item: Enter opens it, Escape returns to the row.
      await ws.focusRow('A.I.1.i.b');
      await page.keyboard.press('Enter');
      const note = page.getByLabel('Catatan TPI');
      await expect(note).toBeFocused();
      await note.fill('SK tim belum mencantumkan mekanisme seleksi.');
      await page.keyboard.press('Escape');
      await expect(ws.row('A.I.1.i.b')).toBeFocused();

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

    await test.step('perencana "Menuju WBK/WBBM": butir diurutkan per kriteria yang gagal', async () => {
      const score = scoreWorksheet(template, tpiAnswers);
      const plan = planImprovements(template, score, verdict(score, thresholds.wbk));
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

    await test.step('reviu TPI, sisa jawaban TPI, finalisasi → terkunci', async () => {
      await ws.step('Tandai direviu TPI', 'Tandai sudah direviu TPI?', 'Direviu TPI');
      const rest = completeAnswers(template, tpiAnswers);
      await saveViaApi(page, 'tpi', rest);
      Object.assign(tpiAnswers, rest);
      await page.reload();
      await expect(ws.progress('TPI')).toHaveAttribute('aria-valuetext', '127 dari 127 butir', LOAD);
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
      await expect(ws.total()).toHaveText(formatAngka(scoreWorksheet(template, tpiAnswers).value));
    });

    await test.step('host dimulai ulang: jawaban, catatan dan riwayat tetap ada', async () => {
      await restartHost();
      await ws.openList();
      const listRow = ws.listRow('Dinas Kependudukan dan Pencatatan Sipil');
      await expect(listRow).toContainText('Final');
      await expect(listRow).toContainText(formatAngka(scoreWorksheet(template, tpiAnswers).value));
      await listRow.getByRole('link', { name: /^Buka LKE/ }).click();
      await expect(ws.heading()).toHaveText('LKE Disdukcapil 2022', LOAD);
      await expect(ws.status()).toContainText('Final');
      await expect(ws.total()).toHaveText(formatAngka(scoreWorksheet(template, tpiAnswers).value));
      await expect(ws.progress('Unit')).toHaveAttribute('aria-valuetext', '127 dari 127 butir');
      for (const { code } of typed.slice(0, 6)) {
        const unit = unitAnswers[code];
        const tpi = tpiAnswers[code];
        if (!unit || !tpi) throw new Error(code);
        await expect(ws.chip(code, 'Unit')).toHaveText(String(unit.value));
        await expect(ws.options(code, 'TPI').getByRole('button', { name: String(tpi.value), exact: true })).toHaveAttribute('aria-pressed', 'true');
      }
      await expect(ws.chip('B.I.a', 'Unit')).toHaveText('3,6');

      // History of A.I.1.i.b: the unit's answer, the TPI's answer and note, with the user's name.
      await ws.focusRow('A.I.1.i.b');
      await page.keyboard.press(' ');
      const history = page.getByRole('region', { name: 'Riwayat butir A.I.1.i.b' });
      await expect(history).toBeVisible();
      const unitAnswer = unitAnswers['A.I.1.i.b'];
      const tpiAnswer = tpiAnswers['A.I.1.i.b'];
      await expect(history.getByRole('listitem').filter({ hasText: 'Unit' })).toContainText(`kosong → ${String(unitAnswer?.value)}`);
      await expect(history.getByRole('listitem').filter({ hasText: 'TPI' }).first()).toContainText(USER);
      await expect(history).toContainText(`kosong → ${String(tpiAnswer?.value)}`);
      await expect(history).toContainText('SK tim belum mencantumkan mekanisme seleksi.');
      await expect(page.getByLabel('Catatan TPI')).toHaveValue('SK tim belum mencantumkan mekanisme seleksi.');
    });
  });
});
