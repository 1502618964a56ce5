import { expect, type Locator, type Page } from '@playwright/test';
import { AppShell } from './AppShell';

/** Screens of Pakta Integritas (tabs), Pencanangan and Verifikasi dokumen. */
export type PaktaScreen = 'Pakta Integritas' | 'Pencanangan' | 'Verifikasi dokumen';

export class PledgesPage {
  readonly shell: AppShell;
  constructor(readonly page: Page) {
    this.shell = new AppShell(page);
  }

  async goto(screen: PaktaScreen): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: screen, exact: true }).click();
    await expect(this.shell.heading()).toHaveText(screen);
  }

  async tab(name: 'Buat pakta' | 'Daftar & cakupan' | 'Cetak massal' | 'Templat'): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Bagian Pakta Integritas' }).getByRole('link', { name }).click();
  }

  /** Searches the roster and picks the first person whose name contains `query`. */
  async pickPerson(query: string): Promise<string> {
    await this.page.getByLabel('Cari pegawai').fill(query);
    const result = this.page.getByRole('list', { name: 'Hasil pencarian pegawai' }).getByRole('button').filter({ hasText: query }).first();
    await expect(result).toBeVisible();
    const name = (await result.locator('.pakta-result-name').textContent()) ?? '';
    await result.click();
    await expect(this.page.getByRole('button', { name: 'Ganti pegawai' })).toBeVisible();
    return name;
  }

  /** The signer's signature pad, or the witness's. */
  canvas(whose: 'signer' | 'witness' = 'signer'): Locator {
    return this.page.getByRole('img', { name: whose === 'signer' ? /^Kotak tanda tangan:/ : /^Kotak tanda tangan saksi:/ });
  }

  /** Draws a signature-like scribble with real mouse moves (pointer events) on the signer's or the witness's pad. */
  async drawSignature(whose: 'signer' | 'witness' = 'signer'): Promise<void> {
    const canvas = this.canvas(whose);
    await canvas.scrollIntoViewIfNeeded();
    const box = await canvas.boundingBox();
    if (!box) throw new Error('canvas not visible');
    const { mouse } = this.page;
    await mouse.move(box.x + box.width * 0.1, box.y + box.height * 0.6);
    await mouse.down();
    for (let i = 0; i <= 40; i += 1) {
      const t = i / 40;
      await mouse.move(box.x + box.width * (0.1 + 0.75 * t), box.y + box.height * (0.55 - 0.25 * Math.sin(t * Math.PI * 6)), { steps: 2 });
    }
    await mouse.up();
    await mouse.move(box.x + box.width * 0.2, box.y + box.height * 0.8);
    await mouse.down();
    await mouse.move(box.x + box.width * 0.9, box.y + box.height * 0.72, { steps: 12 });
    await mouse.up();
    await expect(canvas).toHaveAttribute('data-empty', 'false');
  }
}
