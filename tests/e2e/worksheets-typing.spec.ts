import type { Answer } from '../../shared/lke';
import type { AnswerLayer } from '../../shared/worksheets';
import { expect, test, type Page } from './fixtures';
import { WorksheetPage, type FilterName, type LayerName } from './pages/WorksheetPage';
import type { SeedClient } from './support/api';
import { LOAD, TEMPLATE_ID } from './support/worksheets';

/**
 * What is typed is what is stored, in every filtered view: a row being edited stays on screen
 * until focus leaves it, so "40" typed in "Belum diisi" is 40, not 4. Bad input is refused with a
 * message in Bahasa Indonesia, never stored as something else.
 */
test.use({ viewport: { width: 1366, height: 768 } });

const COUNT = 'A.II.1.i.a.1';
const INDEX = 'B.I.a';
const CHOICE = 'A.I.1.i.a';
const USER = 'Rina Pengetik Fiktif';
const YEAR = 2023;

/** A unit of our own and an empty worksheet, answered through the typed client as `seed` says. */
async function openWorksheet(
  page: Page,
  api: SeedClient,
  seed: { unit?: Record<string, Answer>; tpi?: Record<string, Answer>; notes?: Record<string, string> } = {},
): Promise<{ ws: WorksheetPage; id: string }> {
  await api.app.setUserName({ name: USER });
  const unit = await api.units.create({
    nama: 'Dinas Uji Ketik',
    singkatan: 'DUK',
    jenis: 'DINAS_BADAN_KANTOR',
    kepalaNama: '',
    kepalaNip: '',
    kepalaJabatan: '',
    afirmasi: false,
  });
  const created = await api.worksheets.create({ unitId: unit.id, year: YEAR, templateId: TEMPLATE_ID });
  const id = created.worksheet.id;
  for (const layer of ['unit', 'tpi'] as const) {
    const answers = seed[layer] ?? {};
    const changes = Object.entries(answers).map(([code, answer]) => {
      const note = layer === 'unit' ? seed.notes?.[code] : undefined;
      return note === undefined ? { code, answer } : { code, answer, note };
    });
    if (changes.length > 0) await api.worksheets.saveAnswers({ id, layer, changes });
  }
  const noteOnly = Object.entries(seed.notes ?? {}).filter(([code]) => seed.unit?.[code] === undefined);
  if (noteOnly.length > 0) {
    await api.worksheets.saveAnswers({ id, layer: 'unit', changes: noteOnly.map(([code, note]) => ({ code, answer: null, note })) });
  }
  await page.reload();
  await expect(page.getByText(`Pengguna: ${USER}`)).toBeVisible();
  await page.evaluate((hash) => {
    window.location.hash = hash;
  }, `#/lembar-kerja/${encodeURIComponent(id)}`);
  const ws = new WorksheetPage(page);
  await expect(ws.heading()).toHaveText(`LKE DUK ${YEAR}`, LOAD);
  return { ws, id };
}

async function stored(api: SeedClient, id: string, layer: AnswerLayer, code: string): Promise<Answer | null> {
  const detail = await api.worksheets.get({ id });
  return detail.worksheet.items[code]?.[layer].answer ?? null;
}

async function storedNote(api: SeedClient, id: string, layer: AnswerLayer, code: string): Promise<string> {
  const detail = await api.worksheets.get({ id });
  return detail.worksheet.items[code]?.[layer].note ?? '';
}

const count = (value: number): Answer => ({ type: 'JUMLAH', value });
const index = (value: number): Answer => ({ type: 'INDEKS', value });
const yaTidak = (value: 'Ya' | 'Tidak'): Answer => ({ type: 'YA_TIDAK', value });

interface Case {
  filter: FilterName;
  layer: LayerName;
  seed: Parameters<typeof openWorksheet>[2];
}

/**
 * Per filter: the layer typed into and what is there before, chosen so that the first keystroke
 * alone would take the row out of the view ("4" answers it in "Belum diisi", makes TPI equal to
 * Unit in "Berbeda").
 */
const CASES: Case[] = [
  { filter: 'Semua', layer: 'Unit', seed: {} },
  { filter: 'Belum diisi', layer: 'Unit', seed: {} },
  {
    filter: 'Berbeda',
    layer: 'TPI',
    seed: {
      unit: { [COUNT]: count(4), [INDEX]: index(3), [CHOICE]: yaTidak('Ya') },
      tpi: { [COUNT]: count(7), [INDEX]: index(2), [CHOICE]: yaTidak('Tidak') },
    },
  },
  { filter: 'Ada catatan', layer: 'Unit', seed: { notes: { [COUNT]: 'hitung ulang', [INDEX]: 'survei 2023', [CHOICE]: 'SK tim' } } },
];

const LAYER_KEY: Record<LayerName, AnswerLayer> = { Unit: 'unit', TPI: 'tpi', TPN: 'tpn' };

test.describe('Lembar kerja: yang diketik adalah yang tersimpan, di setiap saringan', () => {
  for (const { filter, layer, seed } of CASES) {
    test(`saringan "${filter}", lapisan ${layer}: jumlah 40, indeks 3,5 dan Ya→Tidak dengan papan ketik`, async ({ page, api }) => {
      const { ws, id } = await openWorksheet(page, api, seed);
      const key = LAYER_KEY[layer];
      if (layer !== 'Unit') await ws.chooseLayer(layer);
      await ws.chooseFilter(filter);

      await test.step('jumlah: "40"', async () => {
        await ws.focusRow(COUNT);
        await page.keyboard.type('40');
        await expect(ws.numberInput(COUNT, layer)).toHaveValue('40');
        await expect(ws.numberInput(COUNT, layer)).toBeFocused();
        await page.keyboard.press('Escape');
        await expect(ws.row(COUNT)).toBeFocused();
        await expect.poll(() => stored(api, id, key, COUNT)).toEqual(count(40));
      });

      await test.step('indeks: "3,5"', async () => {
        await ws.focusRow(INDEX);
        await page.keyboard.type('3,5');
        await expect(ws.numberInput(INDEX, layer)).toHaveValue('3,5');
        await page.keyboard.press('Escape');
        await expect.poll(() => stored(api, id, key, INDEX)).toEqual(index(3.5));
      });

      await test.step('pilihan: Y lalu T', async () => {
        await ws.focusRow(CHOICE);
        await page.keyboard.press('y');
        await expect(ws.options(CHOICE, layer).getByRole('button', { name: 'Ya', exact: true })).toHaveAttribute('aria-pressed', 'true');
        await page.keyboard.press('t');
        await expect(ws.options(CHOICE, layer).getByRole('button', { name: 'Tidak', exact: true })).toHaveAttribute('aria-pressed', 'true');
        await expect(ws.row(CHOICE)).toBeFocused();
        await expect.poll(() => stored(api, id, key, CHOICE)).toEqual(yaTidak('Tidak'));
      });

      await test.step('fokus pindah: saringan berlaku lagi, Semua menunjukkan yang tersimpan', async () => {
        await ws.waitSaved();
        await ws.chooseFilter('Semua');
        await expect(ws.numberInput(COUNT, layer)).toHaveValue('40');
        await expect(ws.numberInput(INDEX, layer)).toHaveValue('3,5');
        await expect(ws.options(CHOICE, layer).getByRole('button', { name: 'Tidak', exact: true })).toHaveAttribute('aria-pressed', 'true');
        if (filter === 'Belum diisi' || filter === 'Berbeda') {
          await ws.chooseFilter(filter);
          // Answered (or now equal to Unit): out of the view once focus has left.
          const gone = filter === 'Belum diisi' ? [COUNT, INDEX, CHOICE] : [];
          for (const code of gone) await expect(ws.row(code)).toHaveCount(0);
        }
      });
    });
  }

  test('saringan "Ada catatan": catatan dihapus lalu diketik ulang tetap di layar dan tersimpan', async ({ page, api }) => {
    const { ws, id } = await openWorksheet(page, api, { notes: { [CHOICE]: 'SK tim' } });
    await ws.chooseFilter('Ada catatan');
    await ws.focusRow(CHOICE);
    await page.keyboard.press('Enter');
    const note = page.getByLabel('Catatan Unit');
    await expect(note).toBeFocused();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('SK tim ditetapkan 2023');
    await expect(note).toHaveValue('SK tim ditetapkan 2023');
    await expect.poll(() => storedNote(api, id, 'unit', CHOICE)).toBe('SK tim ditetapkan 2023');
  });
});
