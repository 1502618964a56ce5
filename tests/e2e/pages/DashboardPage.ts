import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { AppShell } from './AppShell';

/** Columns of the results table after the unit's row header, in order. */
export type DashboardColumn = 'Status' | 'Lapisan' | 'Nilai total' | 'Predikat' | 'Perubahan' | 'Cakupan Pakta';
const COLUMNS: readonly DashboardColumn[] = ['Status', 'Lapisan', 'Nilai total', 'Predikat', 'Perubahan', 'Cakupan Pakta'];

/** "Laporan & Dasbor": year selector, summary cards, results table, trend chart, annual documents. */
export class DashboardPage {
  readonly shell: AppShell;
  constructor(readonly page: Page) {
    this.shell = new AppShell(page);
  }

  navLink(): Locator {
    return this.page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Laporan & Dasbor', exact: true });
  }

  async open(): Promise<void> {
    await this.navLink().click();
    await expect(this.shell.heading()).toHaveText('Laporan & Dasbor');
    await expect(this.summary()).toBeVisible();
  }

  yearSelect(): Locator {
    return this.page.getByLabel('Tahun evaluasi');
  }

  /** Picks a year and waits until the cards show it. */
  async chooseYear(year: number): Promise<void> {
    await this.yearSelect().selectOption(String(year));
    await expect(this.statValue(`LKE tahun ${year}`)).toBeVisible();
  }

  summary(): Locator {
    return this.page.getByRole('region', { name: 'Ringkasan evaluasi' });
  }

  /** The value of a summary card ("Unit aktif", "LKE tahun 2022") or of a count in one ("WBK", "Final"). */
  statValue(label: string): Locator {
    return this.summary().getByRole('term').getByText(label, { exact: true }).locator('xpath=following-sibling::dd[1]');
  }

  /** A summary count as a number. */
  async count(label: string): Promise<number> {
    const text = (await this.statValue(label).textContent()) ?? '';
    return Number(text.replace(/\./g, ''));
  }

  table(): Locator {
    return this.page.getByRole('table', { name: /^Hasil evaluasi per unit kerja/ });
  }

  rows(): Locator {
    return this.table().locator('tbody').getByRole('row');
  }

  /** The unit names of the rows, in order. */
  async unitNames(): Promise<string[]> {
    return (await this.table().locator('tbody').getByRole('rowheader').allTextContents()).map((text) => text.trim());
  }

  row(unitName: string): Locator {
    return this.table().getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: unitName, exact: true }) });
  }

  cell(unitName: string, column: DashboardColumn): Locator {
    return this.row(unitName).getByRole('cell').nth(COLUMNS.indexOf(column));
  }

  /** Text of one column for every row, in row order. */
  async column(column: DashboardColumn): Promise<string[]> {
    const rows = await this.rows().all();
    const texts: string[] = [];
    for (const row of rows) texts.push(((await row.getByRole('cell').nth(COLUMNS.indexOf(column)).textContent()) ?? '').trim());
    return texts;
  }

  trendChart(): Locator {
    return this.page.getByRole('img', { name: /^Tren nilai total LKE per unit kerja/ });
  }

  emptyState(year: number): Locator {
    return this.page.getByRole('region', { name: `Belum ada lembar kerja tahun ${year}` });
  }

  documents(): Locator {
    return this.page.getByRole('region', { name: 'Dokumen tahunan' });
  }

  /** "Cetak rekap PDF": waits for the link to the stored document; returns its URL and text. */
  async printRecapPdf(): Promise<{ href: string; text: string }> {
    const popup = this.page.waitForEvent('popup', { timeout: 30_000 }).catch(() => undefined);
    await this.documents().getByRole('button', { name: 'Cetak rekap PDF' }).click();
    const link = this.documents().getByRole('link', { name: /\(\d+ halaman\)$/ });
    await expect(link).toBeVisible({ timeout: 30_000 });
    (await popup)?.close().catch(() => undefined);
    return { href: (await link.getAttribute('href')) ?? '', text: ((await link.textContent()) ?? '').trim() };
  }

  /** "Unduh rekap Excel (.xlsx)" → the browser's download. */
  async downloadRecapXlsx(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.documents().getByRole('button', { name: 'Unduh rekap Excel (.xlsx)' }).click();
    return download;
  }
}
