import { expect, type Locator, type Page } from '@playwright/test';
import { AppShell } from './AppShell';

export class BerandaPage {
  readonly shell: AppShell;
  constructor(readonly page: Page) {
    this.shell = new AppShell(page);
  }

  statValue(label: 'Unit kerja' | 'Pegawai'): Locator {
    return this.page.getByRole('region', { name: 'Ringkasan data master' }).getByRole('link').filter({ hasText: label }).locator('.stat-value');
  }

  /**
   * "Muat data contoh" → confirm → the success message; returns that message. Master data only unless
   * `withYear` (the 2021–2022 declaration, worksheets and pledges).
   */
  async loadDemoData({ withYear = false }: { withYear?: boolean } = {}): Promise<string> {
    await this.page.getByRole('button', { name: 'Muat data contoh' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Muat data contoh?' });
    await expect(dialog).toBeVisible();
    await dialog.getByLabel(/^Sertakan kegiatan 2021–2022/).setChecked(withYear);
    await dialog.getByRole('button', { name: 'Ya, muat data contoh' }).click();
    await expect(dialog).toBeHidden({ timeout: 30_000 }); // the first start prints the demo's documents and makes the signing key
    const message = this.page.getByRole('main').getByText(/^Data contoh dimuat: /);
    await expect(message).toBeVisible();
    await expect(this.page.getByRole('button', { name: 'Muat data contoh' })).toBeHidden();
    return (await message.textContent()) ?? '';
  }

  /** "Hapus data contoh" → confirm → the message; returns that message. */
  async removeDemoData(): Promise<string> {
    await this.page.getByRole('button', { name: 'Hapus data contoh' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Hapus data contoh?' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Ya, hapus data contoh' }).click();
    await expect(dialog).toBeHidden();
    const message = this.page.getByRole('main').getByText(/^Data contoh dihapus\./);
    await expect(message).toBeVisible();
    return (await message.textContent()) ?? '';
  }
}
