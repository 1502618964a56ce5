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

  /** "Muat data contoh" → confirm → the success message; returns that message. */
  async loadDemoData(): Promise<string> {
    await this.page.getByRole('button', { name: 'Muat data contoh' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Muat data contoh?' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Ya, muat data contoh' }).click();
    await expect(dialog).toBeHidden();
    const message = this.page.getByRole('main').getByText(/^Data contoh dimuat: /);
    await expect(message).toBeVisible();
    await expect(this.page.getByRole('button', { name: 'Muat data contoh' })).toBeHidden();
    return (await message.textContent()) ?? '';
  }
}
