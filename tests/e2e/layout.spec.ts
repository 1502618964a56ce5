import { expect, test, type Page } from './fixtures';
import type { SeedClient } from './support/api';
import { saveLayer } from './support/evaluations';
import { fullUnitAnswers, loadTemplate, seedWorksheet, USER, WORKSHEET_ID } from './support/worksheets';

/**
 * A 1366 × 768 laptop: every screen and tab, filled with a realistic year (demo data, a worksheet
 * in review, pledges waiting for their wet signature, a roster import with long reasons), fits the
 * width — the page never scrolls sideways and nothing in the main column is cut off or scrolls
 * sideways inside a table.
 */
test.use({ viewport: { width: 1366, height: 768 } });

const WIDTH = 1366;

/** Elements of the main column that are wider than the room they have, as short descriptions. */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const main = document.querySelector('main');
    if (!main) return ['no <main>'];
    const right = main.getBoundingClientRect().right;
    const found: string[] = [];
    const describe = (element: Element): string =>
      `${element.tagName.toLowerCase()}.${[...element.classList].join('.')} "${(element.textContent ?? '').trim().slice(0, 40)}"`;
    for (const element of main.querySelectorAll('*')) {
      if (!(element instanceof HTMLElement)) continue;
      const style = getComputedStyle(element);
      const rect = element.getBoundingClientRect();
      // Screen-reader text and the hidden native file inputs are 1 px boxes by design.
      if (rect.width <= 1 || style.visibility === 'hidden' || element.closest('.visually-hidden, dialog:not([open])')) continue;
      const clippedAbove = (() => {
        for (let parent = element.parentElement; parent && parent !== main; parent = parent.parentElement) {
          if (getComputedStyle(parent).overflowX !== 'visible') return true;
        }
        return false;
      })();
      if (!clippedAbove && rect.right > right + 1) found.push(`beyond the main column: ${describe(element)} (right ${Math.round(rect.right)} > ${Math.round(right)})`);
      const clips = style.overflowX !== 'visible';
      if (clips && element.scrollWidth > element.clientWidth + 1) found.push(`cut off or scrolling sideways: ${describe(element)} (${element.scrollWidth} > ${element.clientWidth})`);
    }
    return found.slice(0, 10);
  });
}

/** The check and the screenshot of one screen, named `name`. */
async function fits(page: Page, name: string): Promise<void> {
  // Let the screen settle (tables load after the heading).
  await page.waitForLoadState('networkidle');
  // What the laptop shows first: the viewport, not the whole page.
  await page.screenshot({ path: test.info().outputPath(`layout-${name}.png`) });
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect.soft(width, `${name}: the page scrolls sideways`).toBeLessThanOrEqual(WIDTH);
  expect.soft(await overflowing(page), `${name}: elements wider than the main column`).toEqual([]);
}

async function go(page: Page, hash: string, heading: string | RegExp): Promise<void> {
  await page.evaluate((target) => {
    window.location.hash = target;
  }, hash);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading, { timeout: 30_000 });
}

/** Wet-signed pledges of 2022, printed and waiting for the signature, for the first `count` people of Disdukcapil. */
async function seedPledges(api: SeedClient, count: number): Promise<void> {
  const people = await api.people.list({ unitId: 'demo-disdukcapil' });
  for (const person of people.slice(0, count)) {
    const pledge = await api.pledges.create({ signer: { source: 'roster', personId: person.id }, year: 2022, date: '2022-06-23', signature: { kind: 'basah' } });
    await api.pledges.pdf({ id: pledge.id });
  }
}

/** A roster file whose rows are refused for long reasons (a short NIP, an unknown unit with a long name). */
function rosterWithLongReasons(): { name: string; mimeType: string; buffer: Buffer } {
  const rows = [
    'nama,nip,jenis,pangkat/golongan,jabatan,unit',
    'Andi Fiktif Prasetyo,198503122010011004,PNS,III/c,Analis Kebijakan Ahli Muda pada Bidang Pelayanan Pendaftaran Penduduk,Disdukcapil',
    'Budi Contoh Santoso,1985031220,PNS,III/c,Pengelola Layanan Operasional,Disdukcapil',
    'Citra Rekaan Maharani Kusumawardhani,198503122010011005,PNS,III/b,Analis Sumber Daya Manusia Aparatur,Badan Perencanaan Pembangunan Penelitian dan Pengembangan Daerah Fiktif',
    'Dedi Ilustrasi,19851345 201001 1 004,PNS,IX/z,Pelaksana,Kecamatan Yang Tidak Ada Di Daftar Unit Kerja Kabupaten',
  ];
  return { name: 'pegawai-alasan-panjang.csv', mimeType: 'text/csv', buffer: Buffer.from(`${rows.join('\n')}\n`, 'utf8') };
}

test('setiap layar dan tab muat di layar 1366 × 768 tanpa gulir ke samping', async ({ page, api }) => {
  test.setTimeout(180_000);
  await seedWorksheet(api, 'submitted');
  await saveLayer(api, WORKSHEET_ID, 'tpi', fullUnitAnswers(loadTemplate()));
  await seedPledges(api, 6);
  await page.reload();
  await expect(page.getByText(`Pengguna: ${USER}`)).toBeVisible();

  await go(page, '#/', 'Beranda');
  await fits(page, 'beranda');
  await go(page, '#/unit-kerja', 'Unit kerja');
  await fits(page, 'unit-kerja');
  await go(page, '#/pegawai', 'Pegawai');
  await fits(page, 'pegawai');

  await go(page, '#/pegawai/impor', 'Pegawai');
  await page.getByLabel('Berkas daftar pegawai (.xlsx atau .csv)').setInputFiles(rosterWithLongReasons());
  await expect(page.getByRole('table', { name: 'Pratinjau baris impor' })).toBeVisible();
  await expect(page.getByText(/^\d+ baris valid, \d+ tidak valid/)).toBeVisible();
  await fits(page, 'pegawai-impor');

  for (const [tab, name] of [
    ['', 'pakta-buat'],
    ['/daftar', 'pakta-daftar'],
    ['/massal', 'pakta-massal'],
    ['/templat', 'pakta-templat'],
  ] as const) {
    await go(page, `#/pakta${tab}`, 'Pakta Integritas');
    if (tab === '/daftar') {
      await page.getByLabel('Tahun').fill('2022');
      const mark = page.getByRole('button', { name: /^Tandai ditandatangani/ }).first();
      await expect(mark).toBeVisible();
      // The button needed after every batch is within the screen's width, not behind a sideways scroll.
      const box = await mark.boundingBox();
      expect(box && box.x + box.width).toBeLessThanOrEqual(WIDTH);
      await mark.scrollIntoViewIfNeeded();
    }
    await fits(page, name);
  }

  await go(page, '#/pencanangan', 'Pencanangan');
  await fits(page, 'pencanangan');
  await go(page, '#/verifikasi', 'Verifikasi dokumen');
  await fits(page, 'verifikasi');

  await go(page, '#/lembar-kerja', /Lembar Kerja/);
  await fits(page, 'lembar-kerja');
  for (const tab of ['', '/menuju', '/prasyarat', '/laporan', '/status']) {
    await go(page, `#/lembar-kerja/${WORKSHEET_ID}${tab}`, 'LKE Disdukcapil 2022');
    await fits(page, `lembar-kerja-${tab.slice(1) || 'isian'}`);
    if (tab === '') {
      // The widest answer table: the TPN column beside Unit and TPI.
      await page.getByLabel('Kolom TPN').check();
      await fits(page, 'lembar-kerja-isian-tpn');
    }
  }

  await go(page, '#/laporan?tahun=2022', 'Laporan & Dasbor');
  await fits(page, 'laporan');
  await go(page, '#/pengaturan', 'Pengaturan instansi');
  await fits(page, 'pengaturan');
});
