import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { freshDataDir, startHost } from './host';

/** Browser mode: every tab of one web host shares its session, whichever address it was opened with. */

test.use({ viewport: { width: 1366, height: 768 } });

async function unitCount(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const response = await fetch('/api/units:list', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    const result = (await response.json()) as { ok: boolean; value?: unknown[] };
    if (!result.ok || !Array.isArray(result.value)) throw new Error(`units:list answered ${response.status}`);
    return result.value.length;
  });
}

test('two tabs at once: the printed address again and the plain address both share the session', async ({ page, host, api }) => {
  await api.units.create({
    nama: 'Dinas Uji Tab Fiktif',
    singkatan: 'DUTF',
    jenis: 'UPT_LAINNYA',
    kepalaNama: 'Drs. Kepala Uji Fiktif',
    kepalaNip: '19700518 200503 1 005',
    kepalaJabatan: 'Kepala Dinas Uji',
    afirmasi: false,
  });
  const second = await page.context().newPage();
  const plain = await second.goto(host.url);
  expect(plain?.status()).toBe(200);
  const third = await page.context().newPage();
  await third.goto(host.launchUrl);
  for (const tab of [page, second, third]) expect(await unitCount(tab)).toBe(1);
  // The first tab keeps working after the others opened.
  await page.reload();
  expect(await unitCount(page)).toBe(1);
});

test('a second ZI Desk on 127.0.0.1 does not end the first one\'s session', async ({ page }) => {
  const { dir, cleanup } = await freshDataDir();
  const other = await startHost(dir);
  try {
    const tab = await page.context().newPage();
    await tab.goto(other.launchUrl);
    expect(await unitCount(tab)).toBe(0);
    expect(await unitCount(page)).toBe(0);
    await page.reload();
    expect(await unitCount(page)).toBe(0);
  } finally {
    await other.stop();
    await cleanup();
  }
});
