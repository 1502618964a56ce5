import { expect, type Locator, type Page } from '@playwright/test';

export type LayerName = 'Unit' | 'TPI' | 'TPN';
export type FilterName = 'Semua' | 'Belum diisi' | 'Berbeda' | 'Ada catatan';
export type TabName = 'Isian LKE' | 'Menuju WBK/WBBM' | 'Prasyarat usulan' | 'Laporan' | 'Riwayat status';

/** "Lembar Kerja (LKE)": the worksheet list, one worksheet's table, totals panel, tabs and workflow. */
export class WorksheetPage {
  constructor(readonly page: Page) {}

  navLink(): Locator {
    return this.page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Lembar Kerja (LKE)' });
  }

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  async openList(): Promise<void> {
    await this.navLink().click();
    await expect(this.heading()).toHaveText('Lembar Kerja (LKE)');
  }

  /** "Buat lembar kerja" → the dialog → the new worksheet opens. */
  async create(options: { unit: string; year: number; carryOver?: boolean }): Promise<void> {
    await this.page.getByRole('button', { name: 'Buat lembar kerja' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Buat lembar kerja' });
    await expect(dialog).toBeVisible();
    await dialog.getByLabel('Unit kerja').selectOption({ label: options.unit });
    await dialog.getByLabel('Tahun evaluasi').fill(String(options.year));
    await expect(dialog.getByLabel('Versi templat LKE')).toContainText('(terbaru)');
    if (options.carryOver) await dialog.getByLabel('Mulai dari jawaban tahun lalu').check();
    await dialog.getByRole('button', { name: 'Buat lembar kerja' }).click();
    await expect(dialog).toBeHidden();
  }

  /** From the list: "Buka LKE <unit> <year>" → the worksheet's heading. */
  async openWorksheet(unitName: string, year: number): Promise<void> {
    await this.page.getByRole('link', { name: `Buka LKE ${unitName} ${year}`, exact: true }).click();
    await expect(this.heading()).toHaveText(new RegExp(`^LKE .+ ${year}$`));
  }

  /** The list row of a unit's worksheet. */
  listRow(unitName: string): Locator {
    return this.page.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: new RegExp(unitName) }) });
  }

  table(): Locator {
    return this.page.getByRole('table', { name: 'Lembar kerja evaluasi' });
  }

  /** The row of one question (focusable; keys answer it). */
  row(code: string): Locator {
    return this.table().getByRole('row', { name: `Butir ${code}`, exact: true });
  }

  /** Every question row on screen (the filters hide some). */
  questionRows(): Locator {
    return this.table().getByRole('row', { name: /^Butir [AB]\./ });
  }

  /** A heading row of the tree (half, area, sub-area…). */
  nodeRow(code: string): Locator {
    return this.table().locator(`tr[data-node="${code}"]`);
  }

  nodeValue(code: string): Locator {
    return this.nodeRow(code).getByTestId(`node-value-${code}`);
  }

  /** The answer chip of a non-active layer in a question row. */
  chip(code: string, layer: LayerName): Locator {
    return this.row(code).getByLabel(new RegExp(`^Jawaban ${layer}: `));
  }

  /** The option group of the active layer in a question row. */
  options(code: string, layer: LayerName): Locator {
    return this.row(code).getByRole('group', { name: `Jawaban ${layer} butir ${code}` });
  }

  numberInput(code: string, layer: LayerName): Locator {
    return this.row(code).getByRole('textbox', { name: `Jawaban ${layer} butir ${code}` });
  }

  totals(): Locator {
    return this.page.getByRole('complementary', { name: 'Ringkasan nilai' });
  }

  total(): Locator {
    return this.totals().getByTestId('total-value');
  }

  sum(label: 'pemenuhan' | 'reform' | 'pengungkit' | 'hasil' | 'total'): Locator {
    return this.totals().getByTestId(`sum-${label}`);
  }

  progress(layer: LayerName): Locator {
    return this.totals().getByRole('progressbar', { name: `Kelengkapan ${layer}` });
  }

  verdict(predicate: 'WBK' | 'WBBM'): Locator {
    return this.totals().getByRole('region', { name: `Predikat Menuju ${predicate}` });
  }

  /** A criterion row of a verdict (first match: Pemenuhan comes before Reform). */
  criterion(predicate: 'WBK' | 'WBBM', label: string): Locator {
    return this.verdict(predicate).getByRole('row', { name: new RegExp(label) }).first();
  }

  proposal(predicate: 'WBK' | 'WBBM'): Locator {
    return this.totals().getByTestId(`proposal-${predicate}`);
  }

  async chooseLayer(layer: LayerName): Promise<void> {
    const button = this.page.getByRole('group', { name: 'Lapisan jawaban' }).getByRole('button', { name: layer, exact: true });
    await button.click();
    await expect(button).toHaveAttribute('aria-pressed', 'true');
  }

  async chooseFilter(filter: FilterName): Promise<void> {
    const button = this.page.getByRole('group', { name: 'Saring butir' }).getByRole('button', { name: filter, exact: true });
    await button.click();
    await expect(button).toHaveAttribute('aria-pressed', 'true');
  }

  async openTab(tab: TabName): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Bagian lembar kerja' }).getByRole('link', { name: tab }).click();
  }

  status(): Locator {
    return this.page.getByTestId('worksheet-status');
  }

  saved(): Locator {
    return this.page.getByText('✓ Tersimpan');
  }

  /** Waits until every edit has reached the host. */
  async waitSaved(): Promise<void> {
    await expect(this.saved()).toBeVisible();
    await expect(this.page.getByText('Belum tersimpan…')).toBeHidden();
    await expect(this.page.getByText('Menyimpan…')).toBeHidden();
  }

  /** Waits until nothing waits to be sent or is on the way (also when nothing was ever sent). */
  async waitIdle(): Promise<void> {
    await expect(this.page.getByText('Belum tersimpan…')).toBeHidden();
    await expect(this.page.getByText('Menyimpan…')).toBeHidden();
  }

  /** The open details of an item (criteria, note, evidence, history). */
  details(code: string): Locator {
    return this.table().locator(`tr[data-details-for="${code}"]`);
  }

  /** A workflow button, its confirmation dialog, and the new status. */
  async step(button: string, dialogTitle: string, expectedStatus: string, note?: string): Promise<void> {
    await this.page.getByRole('button', { name: button, exact: true }).click();
    const dialog = this.page.getByRole('dialog', { name: dialogTitle });
    await expect(dialog).toBeVisible();
    if (note !== undefined) await dialog.getByLabel('Catatan untuk unit (opsional)').fill(note);
    await dialog.getByRole('button', { name: button, exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(this.status()).toContainText(expectedStatus);
  }

  /** Focuses a question row with a click (the row then takes the keys). */
  async focusRow(code: string): Promise<void> {
    await this.row(code).getByText(code, { exact: true }).click();
    await expect(this.row(code)).toBeFocused();
  }
}
