import { expect, type Locator, type Page } from '@playwright/test';
import { AppShell } from './AppShell';

/** The *Impor pegawai* tab of the Pegawai screen. */
export class ImportPage {
  readonly shell: AppShell;
  constructor(readonly page: Page) {
    this.shell = new AppShell(page);
  }

  async open(): Promise<void> {
    await this.shell.goto('Pegawai');
    await this.page.getByRole('link', { name: 'Impor pegawai' }).click();
    await expect(this.page.getByRole('heading', { name: 'Impor pegawai dari Excel atau CSV' })).toBeVisible();
  }

  fileInput(): Locator {
    return this.page.getByLabel('Berkas daftar pegawai (.xlsx atau .csv)');
  }

  async upload(file: string | { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    await this.fileInput().setInputFiles(file);
  }

  preview(): Locator {
    return this.page.getByRole('table', { name: 'Pratinjau baris impor' });
  }

  /** The preview row for spreadsheet row `row` (first cell is the row number). */
  previewRow(row: number): Locator {
    return this.preview()
      .getByRole('row')
      .filter({ has: this.page.getByRole('cell', { name: String(row), exact: true }) });
  }

  summary(): Locator {
    return this.page.getByText(/^\d+ baris valid, \d+ tidak valid/);
  }

  importButton(): Locator {
    return this.page.getByRole('button', { name: /^Impor \d+ pegawai yang valid$/ });
  }
}
