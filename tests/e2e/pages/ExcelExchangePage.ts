import { readFile } from 'node:fs/promises';
import { expect, type Locator, type Page } from '@playwright/test';

/** The "Excel" group in a worksheet's header: download the LKE as .xlsx, import it back with a preview. */
export class ExcelExchangePage {
  constructor(readonly page: Page) {}

  group(): Locator {
    return this.page.getByRole('group', { name: 'Excel', exact: true });
  }

  downloadButton(): Locator {
    return this.group().getByRole('button', { name: 'Unduh Excel (.xlsx)' });
  }

  importButton(): Locator {
    return this.group().getByRole('button', { name: 'Impor Excel…' });
  }

  /** The layer an import fills ("Lapisan Unit (penilaian mandiri)" or "Lapisan TPI"). */
  layerSelect(): Locator {
    return this.group().getByRole('combobox', { name: 'Lapisan yang diimpor' });
  }

  async chooseLayer(layer: 'unit' | 'tpi'): Promise<void> {
    await this.layerSelect().selectOption(layer);
  }

  /** "Unduh Excel (.xlsx)" → the browser's download; returns the file name and bytes. */
  async download(): Promise<{ fileName: string; bytes: Buffer }> {
    const pending = this.page.waitForEvent('download', { timeout: 30_000 });
    await this.downloadButton().click();
    const download = await pending;
    const file = await download.path();
    return { fileName: download.suggestedFilename(), bytes: await readFile(file) };
  }

  /** "Impor Excel…" → the file chooser gets `bytes` → the preview dialog. */
  async choose(fileName: string, bytes: Buffer): Promise<Locator> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.importButton().click();
    await (await chooser).setFiles({
      name: fileName,
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: bytes,
    });
    const dialog = this.previewDialog();
    await expect(dialog).toBeVisible({ timeout: 30_000 });
    return dialog;
  }

  previewDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Pratinjau impor Excel' });
  }

  changesTable(): Locator {
    return this.previewDialog().getByRole('table', { name: 'Perubahan dari berkas' });
  }

  /** The preview's change rows as text: [code, question, answer, note]. */
  async changeRows(): Promise<string[][]> {
    const rows = this.changesTable().locator('tbody tr');
    const count = await rows.count();
    const result: string[][] = [];
    for (let index = 0; index < count; index += 1) {
      const cells = rows.nth(index).locator('th, td');
      result.push((await cells.allTextContents()).map((text) => text.replace(/\s+/g, ' ').trim()));
    }
    return result;
  }

  problemsTable(): Locator {
    return this.previewDialog().getByRole('table', { name: 'Baris bermasalah' });
  }

  /** The confirmation under the header ("3 perubahan dari … diterapkan."). */
  notice(): Locator {
    return this.page.locator('.ws-excel').getByRole('status');
  }
}
