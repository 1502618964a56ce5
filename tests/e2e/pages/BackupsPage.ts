import { expect, type Locator, type Page } from '@playwright/test';
import { AppShell } from './AppShell';

/** "Cadangan & Pemulihan": the snapshot list, export, restore from a row or an archive, undo. */
export class BackupsPage {
  readonly shell: AppShell;

  constructor(readonly page: Page) {
    this.shell = new AppShell(page);
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Cadangan & Pemulihan', exact: true }).click();
    await expect(this.shell.heading()).toHaveText('Cadangan & Pemulihan');
  }

  table(): Locator {
    return this.page.getByRole('table', { name: 'Daftar cadangan' });
  }

  rows(): Locator {
    return this.table().locator('tbody tr');
  }

  /** "Buat cadangan sekarang"; resolves once the new manual snapshot is listed. */
  async createNow(): Promise<void> {
    const manual = this.rows().filter({ hasText: 'Dibuat manual' });
    const before = await manual.count();
    await this.page.getByRole('button', { name: 'Buat cadangan sekarang' }).click();
    await expect(this.shell.toast(/Cadangan dibuat/)).toBeVisible();
    await expect(manual).toHaveCount(before + 1);
  }

  previewDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Pulihkan cadangan?' });
  }

  /** The preview's row of one kind: [di cadangan, ditambah, dihapus, diubah]. */
  async changesOf(kind: string): Promise<string[]> {
    const row = this.previewDialog().getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: kind, exact: true }) });
    return row.getByRole('cell').allInnerTexts();
  }

  async confirmRestore(): Promise<void> {
    await this.previewDialog().getByRole('button', { name: 'Pulihkan sekarang' }).click();
    await expect(this.previewDialog()).toBeHidden();
    await expect(this.shell.toast(/Data dipulihkan/)).toBeVisible();
  }

  async undoRestore(): Promise<void> {
    await this.page.getByRole('button', { name: 'Batalkan pemulihan' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Batalkan pemulihan?' });
    await dialog.getByRole('button', { name: 'Batalkan pemulihan' }).click();
    await expect(dialog).toBeHidden();
    await expect(this.shell.toast(/Pemulihan dibatalkan/)).toBeVisible();
  }
}
