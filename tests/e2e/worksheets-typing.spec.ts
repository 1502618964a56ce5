import type { Answer } from '../../shared/lke';
import type { AnswerLayer } from '../../shared/worksheets';
import { expect, test, type Page } from './fixtures';
import { WorksheetPage, type FilterName, type LayerName } from './pages/WorksheetPage';
import type { SeedClient } from './support/api';
import { fullTpiAnswers, fullUnitAnswers, loadTemplate, LOAD, TEMPLATE_ID } from './support/worksheets';
import { saveLayer } from './support/evaluations';

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

  for (const { filter, layer, seed } of CASES) {
    test(`saringan "${filter}", lapisan ${layer}: huruf, "4,5", "1.234" dan angka negatif pada jumlah`, async ({ page, api }) => {
      const { ws, id } = await openWorksheet(page, api, seed);
      const key = LAYER_KEY[layer];
      if (layer !== 'Unit') await ws.chooseLayer(layer);
      await ws.chooseFilter(filter);
      const before = seed?.[key === 'tpi' ? 'tpi' : 'unit']?.[COUNT] ?? null;
      const input = ws.numberInput(COUNT, layer);
      const message = ws.row(COUNT).getByRole('alert');

      await test.step('huruf: ditolak dengan pesan, yang tersimpan tetap', async () => {
        await ws.focusRow(COUNT);
        await page.keyboard.type('abc');
        await expect(input).toHaveValue('abc');
        await expect(message).toContainText('"abc" bukan angka yang valid');
        await expect(message).toContainText(`Tersimpan: ${before === null ? 'belum diisi' : String(before.value)}.`);
        await page.keyboard.press('Escape');
        await expect(input).toHaveValue(before === null ? '' : String(before.value));
        await expect(message).toHaveCount(0);
        await ws.waitIdle();
        expect(await stored(api, id, key, COUNT)).toEqual(before);
      });

      await test.step('"4,5": pesan mengatakan 4 yang tersimpan; Tab tidak meninggalkan isian yang salah', async () => {
        await ws.focusRow(COUNT);
        await page.keyboard.type('4,5');
        await expect(message).toContainText('Jumlah harus bilangan bulat (diisi 4,5).');
        await expect(message).toContainText('Tersimpan: 4.');
        await page.keyboard.press('Tab');
        await expect(input).toBeFocused();
        await page.keyboard.press('Escape');
        await expect(input).toHaveValue('4');
        await expect.poll(() => stored(api, id, key, COUNT)).toEqual(count(4));
      });

      await test.step('"1.234" adalah seribu dua ratus tiga puluh empat', async () => {
        await ws.focusRow(COUNT);
        await page.keyboard.type('1.234');
        await expect(input).toHaveValue('1.234');
        await expect(message).toHaveCount(0);
        await page.keyboard.press('Escape');
        await expect.poll(() => stored(api, id, key, COUNT)).toEqual(count(1234));
        await expect(input).toHaveValue('1234');
      });

      await test.step('"-3": ditolak, 1.234 tetap', async () => {
        await ws.focusRow(COUNT);
        await page.keyboard.type('-3');
        await expect(input).toHaveValue('-3');
        await expect(message).toContainText('Jumlah tidak boleh negatif (diisi -3).');
        await expect(message).toContainText('Tersimpan: 1.234.');
        await page.keyboard.press('Escape');
        await expect(input).toHaveValue('1234');
        await ws.waitIdle();
        expect(await stored(api, id, key, COUNT)).toEqual(count(1234));
      });
    });
  }

  test('catatan 500 karakter ditempel tersimpan utuh; lebih dari batas ditolak dengan pesan', async ({ page, api }) => {
    const { ws, id } = await openWorksheet(page, api);
    await ws.focusRow(CHOICE);
    await page.keyboard.press('Enter');
    const note = page.getByLabel('Catatan Unit');
    await expect(note).toBeFocused();
    const text = 'Bukti dukung: SK Tim ZI No. 800/12/2023, notulen rapat dan foto kegiatan. '.repeat(7).slice(0, 500);
    expect(text).toHaveLength(500);
    await note.fill(text);
    await expect.poll(() => storedNote(api, id, 'unit', CHOICE)).toBe(text);
    await ws.waitSaved();
    await note.fill('x'.repeat(4001));
    await expect(page.getByRole('alert').filter({ hasText: 'Catatan paling banyak 4.000 karakter (sekarang 4.001)' })).toBeVisible();
    await expect(page.getByText('Belum tersimpan…')).toHaveCount(0);
    expect(await storedNote(api, id, 'unit', CHOICE)).toBe(text);
  });

  test('simpan gagal karena LKE menjadi final di tempat lain: pesan, dan layar menunjukkan yang tersimpan', async ({ page, api }) => {
    const template = loadTemplate();
    const unitAnswers = fullUnitAnswers(template);
    const tpiAnswers = fullTpiAnswers(template);
    const { ws, id } = await openWorksheet(page, api, { unit: unitAnswers });
    await api.worksheets.transition({ id, to: 'DIAJUKAN' });
    await page.reload();
    await expect(ws.heading()).toHaveText(`LKE DUK ${YEAR}`, LOAD);
    await ws.chooseLayer('TPI');
    // Meanwhile, elsewhere: the TPI completes the worksheet and makes it Final.
    await saveLayer(api, id, 'tpi', tpiAnswers);
    await api.worksheets.transition({ id, to: 'DIREVIU_TPI' });
    await api.worksheets.transition({ id, to: 'FINAL' });
    const before = await stored(api, id, 'tpi', COUNT);
    expect(before).not.toBeNull();

    await ws.focusRow(COUNT);
    await page.keyboard.type('40');
    await expect(page.getByRole('alert').filter({ hasText: 'Gagal menyimpan: LKE sudah final dan terkunci' })).toBeVisible();
    await expect(page.getByText('LKE final dan terkunci', { exact: true })).toBeVisible();
    await expect(ws.numberInput(COUNT, 'TPI')).toHaveValue(before?.type === 'JUMLAH' ? String(before.value) : '');
    expect(await stored(api, id, 'tpi', COUNT)).toEqual(before);
  });

  test('rincian terbuka: Tab melewati catatan, bukti dukung dan rujukan sebelum butir berikutnya', async ({ page, api }) => {
    const { ws } = await openWorksheet(page, api);
    const next = 'A.I.1.i.b';
    await ws.focusRow(CHOICE);
    await page.keyboard.press(' ');
    const details = ws.details(CHOICE);
    await expect(details).toBeVisible();
    await expect(ws.row(CHOICE)).toBeFocused();
    const order = [
      page.getByLabel('Catatan Unit'),
      details.getByRole('button', { name: 'Unggah berkas…' }),
      details.getByLabel('Rujukan atau tautan bukti dukung'),
      details.getByRole('button', { name: 'Tambah rujukan' }),
    ];
    for (const control of order) {
      await page.keyboard.press('Tab');
      await expect(control).toBeFocused();
    }
    await page.keyboard.press('Tab');
    await expect(ws.row(next)).toBeFocused();
    for (const control of [...order].reverse()) {
      await page.keyboard.press('Shift+Tab');
      await expect(control).toBeFocused();
    }
    await page.keyboard.press('Shift+Tab');
    await expect(ws.row(CHOICE)).toBeFocused();
  });

  test('rincian terbuka di layar 1366 px: baris bukti dukung tidak menimpa kolom riwayat', async ({ page, api }) => {
    const { ws, id } = await openWorksheet(page, api, { unit: { [CHOICE]: { type: 'YA_TIDAK', value: 'Ya' } }, notes: { [CHOICE]: 'Catatan pertama' } });
    const longName = `Laporan_Monitoring_dan_Evaluasi_Pembangunan_Zona_Integritas_Triwulan_Keempat_${'Lampiran'.repeat(6)}.pdf`;
    await api.worksheets.addEvidenceFile({ id, code: CHOICE, fileName: longName, dataBase64: Buffer.from('%PDF-1.7\n').toString('base64') });
    await api.worksheets.addEvidenceReference({ id, code: CHOICE, text: `https://jdih.serangkab.go.id/dokumen/${'surat-keputusan-tim-zona-integritas-'.repeat(4)}2022` });
    await api.worksheets.addEvidenceReference({ id, code: CHOICE, text: `SK Tim ZI No. 800/12/2022 tentang ${'Pembentukan Tim Pembangunan Zona Integritas '.repeat(3)}` });
    await page.reload();
    await expect(ws.heading()).toHaveText(`LKE DUK ${YEAR}`, LOAD);
    await ws.focusRow(CHOICE);
    await page.keyboard.press(' ');
    const details = ws.details(CHOICE);
    const evidence = details.getByRole('region', { name: `Bukti dukung butir ${CHOICE}` });
    const history = details.getByRole('region', { name: `Riwayat butir ${CHOICE}` });
    await expect(evidence.getByRole('listitem')).toHaveCount(3);
    await expect(history.getByRole('listitem').first()).toBeVisible();
    const historyBox = await history.boundingBox();
    expect(historyBox).not.toBeNull();
    // Every piece of every evidence row stays left of the history column (or ends above it).
    const pieces = evidence.locator('li > *, .ws-evidence-add > *:not(.visually-hidden)');
    for (const box of await pieces.evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect().toJSON() as DOMRect))) {
      if (box.width === 0 || !historyBox) continue;
      const overlaps =
        box.x < historyBox.x + historyBox.width && box.x + box.width > historyBox.x && box.y < historyBox.y + historyBox.height && box.y + box.height > historyBox.y;
      expect(overlaps, `evidence piece at x=${Math.round(box.x)}..${Math.round(box.x + box.width)} overlaps the history column at x=${Math.round(historyBox.x)}`).toBe(false);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1366);
  });
});
