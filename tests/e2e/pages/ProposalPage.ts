import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { AppShell } from './AppShell';

/** "Usulan ke KemenPANRB": units to propose, letter fields, both letters and both exports. */
export class ProposalPage {
  readonly shell: AppShell;
  constructor(readonly page: Page) {
    this.shell = new AppShell(page);
  }

  navLink(): Locator {
    return this.page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Usulan ke KemenPANRB', exact: true });
  }

  async open(year: number): Promise<void> {
    await this.navLink().click();
    await expect(this.shell.heading()).toHaveText('Usulan ke KemenPANRB');
    await this.page.getByLabel('Tahun evaluasi').selectOption(String(year));
    await expect(this.unitsTable()).toBeVisible();
    await expect(this.page.locator('.spinner')).toHaveCount(0);
  }

  unitsTable(): Locator {
    return this.page.getByRole('table', { name: /Unit kerja yang dapat diusulkan/ });
  }

  row(unitName: string): Locator {
    return this.unitsTable().getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: new RegExp(unitName) }) });
  }

  checkbox(unitName: string): Locator {
    return this.page.getByRole('checkbox', { name: `Usulkan ${unitName}` });
  }

  field(label: string): Locator {
    return this.page.getByLabel(label, { exact: true });
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Simpan usulan' }).click();
    await expect(this.page.getByText('Usulan disimpan.')).toBeVisible();
  }

  /** Prints one letter: the PDF opens in a new tab, the status lists it; returns the PDF bytes. */
  async print(button: 'Cetak Surat Pengajuan' | 'Cetak SPTJM', label: string): Promise<Buffer> {
    const popup = this.page.waitForEvent('popup', { timeout: 30_000 });
    await this.page.getByRole('button', { name: button }).click();
    await (await popup).close();
    const link = this.outputs().getByRole('status').getByRole('listitem').filter({ hasText: label }).getByRole('link').first();
    await expect(link).toBeVisible({ timeout: 30_000 });
    const response = await this.page.request.get(new URL((await link.getAttribute('href')) ?? '', this.page.url()).toString());
    expect(response.status()).toBe(200);
    return response.body();
  }

  async download(button: 'Unduh data PortalRB (.json)' | 'Unduh Excel pengusulan (.xlsx)'): Promise<Download> {
    const download = this.page.waitForEvent('download', { timeout: 30_000 });
    await this.page.getByRole('button', { name: button }).click();
    return download;
  }

  outputs(): Locator {
    return this.page.getByRole('region', { name: 'Dokumen dan data usulan' });
  }
}
