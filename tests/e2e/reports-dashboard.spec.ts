import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { formatAngka } from '../../shared/format';
import { expect, test, type Page } from './fixtures';
import { DashboardPage } from './pages/DashboardPage';
import type { SeedClient } from './support/api';
import { seedEvaluations } from './support/evaluations';

/** The seeded 2022 units as the master data names them. */
const UNITS_2022 = {
  'demo-disdukcapil': 'Dinas Kependudukan dan Pencatatan Sipil',
  'demo-dpmptsp': 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu',
  'demo-bapenda': 'Badan Pendapatan Daerah',
} as const;
type SeededUnit = keyof typeof UNITS_2022;
const SEEDED_UNITS = Object.keys(UNITS_2022) as SeededUnit[];

/** The total the verdicts are given on (TPI once it has answers), straight from `worksheets:get`. */
async function assessedTotal(api: SeedClient, id: string): Promise<number> {
  const { summary } = await api.worksheets.get({ id });
  return summary.layers[summary.assessment.layer].totals.total;
}

/** A change as the dashboard prints it: sign, decimal comma, two decimals. */
function signed(change: number): string {
  const text = formatAngka(change);
  return change > 0 && text !== formatAngka(0) ? `+${text}` : text;
}

/** Seeds the demo data and the worksheets of 2021–2022, then shows the app with the user's name. */
async function seeded(page: Page, api: SeedClient): Promise<DashboardPage> {
  await seedEvaluations(api);
  await page.reload();
  const dashboard = new DashboardPage(page);
  await expect(page.getByText('Pengguna: Siti Penguji Fiktif')).toBeVisible();
  return dashboard;
}

async function withTempFile<T>(name: string, bytes: Buffer, use: (file: string) => T): Promise<T> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'zi-e2e-recap-'));
  try {
    const file = path.join(dir, name);
    await writeFile(file, bytes);
    return use(file);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

test.describe('Laporan & Dasbor', () => {
  test('dasbor 2022: tiga unit, hitungan predikat, perubahan dari 2021, lalu 2021 dengan satu unit', async ({ page, api }) => {
    const dashboard = await seeded(page, api);
    const totals = new Map<SeededUnit, number>();
    for (const unitId of SEEDED_UNITS) totals.set(unitId, await assessedTotal(api, `${unitId}-2022`));
    const disdukcapil2021 = await assessedTotal(api, 'demo-disdukcapil-2021');

    await dashboard.open();
    await dashboard.chooseYear(2022);
    await expect(dashboard.yearSelect()).toHaveValue('2022');
    await expect(page).toHaveURL(/#\/laporan\?tahun=2022$/);

    await expect(dashboard.rows()).toHaveCount(3);
    expect((await dashboard.unitNames()).sort()).toEqual(Object.values(UNITS_2022).sort());
    await expect(dashboard.statValue('LKE tahun 2022')).toHaveText('3');
    await expect(dashboard.statValue('Draf')).toHaveText('3');
    for (const unitId of SEEDED_UNITS) {
      const name = UNITS_2022[unitId];
      await expect(dashboard.cell(name, 'Nilai total')).toHaveText(formatAngka(totals.get(unitId) ?? Number.NaN));
      await expect(dashboard.cell(name, 'Lapisan')).toHaveText('TPI');
      await expect(dashboard.row(name).getByRole('link', { name })).toHaveAttribute('href', `#/lembar-kerja/${unitId}-2022`);
    }

    // The verdict cards count what the rows say.
    const verdicts = await dashboard.column('Predikat');
    const counted = (prefix: string) => verdicts.filter((text) => text.startsWith(prefix)).length;
    expect(await dashboard.count('WBBM')).toBe(counted('WBBM'));
    expect(await dashboard.count('WBK')).toBe(counted('WBK'));
    expect(await dashboard.count('Belum memenuhi')).toBe(counted('Belum memenuhi'));
    expect(await dashboard.count('Sementara')).toBe(verdicts.filter((text) => text.endsWith('(sementara)')).length);
    expect(counted('WBBM') + counted('WBK') + counted('Belum memenuhi')).toBe(3);
    const average = [...totals.values()].reduce((sum, total) => sum + total, 0) / 3;
    await expect(dashboard.statValue('Rata-rata nilai')).toHaveText(formatAngka(average));

    // Disdukcapil against 2021: sign and two decimals; units new in 2022 show a dash.
    const change = (totals.get('demo-disdukcapil') ?? Number.NaN) - disdukcapil2021;
    const changeText = signed(change);
    expect(changeText).toMatch(/^[+-]?\d+,\d{2}$/);
    await expect(dashboard.cell(UNITS_2022['demo-disdukcapil'], 'Perubahan')).toHaveText(changeText);
    expect(change > 0 ? changeText.startsWith('+') : changeText.startsWith('-')).toBe(true);
    await expect(dashboard.cell(UNITS_2022['demo-bapenda'], 'Perubahan')).toContainText('—');

    // The trend chart: one accessible image naming every unit, years and values as text.
    const chart = dashboard.trendChart();
    await expect(chart).toBeVisible();
    const label = (await chart.getAttribute('aria-label')) ?? '';
    expect(label).toContain('2021–2022');
    expect(label).toContain(`Disdukcapil: 2021 ${formatAngka(disdukcapil2021)}`);
    for (const short of ['Disdukcapil', 'DPMPTSP', 'Bapenda']) expect(label).toContain(short);
    await expect(chart.locator('text').filter({ hasText: formatAngka(totals.get('demo-dpmptsp') ?? Number.NaN) })).toHaveCount(1);
    await page.screenshot({ path: test.info().outputPath('dasbor-2022.png'), fullPage: true });

    // The year selector works from the keyboard (options newest first); 2021 has Disdukcapil only.
    await dashboard.yearSelect().focus();
    await page.keyboard.press('ArrowDown');
    await expect(dashboard.yearSelect()).toHaveValue('2021');
    await expect(dashboard.yearSelect()).toBeFocused();
    await expect(page).toHaveURL(/#\/laporan\?tahun=2021$/);
    await expect(dashboard.rows()).toHaveCount(1);
    expect(await dashboard.unitNames()).toEqual([UNITS_2022['demo-disdukcapil']]);
    await expect(dashboard.statValue('LKE tahun 2021')).toHaveText('1');
    await expect(dashboard.cell(UNITS_2022['demo-disdukcapil'], 'Nilai total')).toHaveText(formatAngka(disdukcapil2021));
    await expect(dashboard.cell(UNITS_2022['demo-disdukcapil'], 'Perubahan')).toContainText('—');

    // A deep link survives a reload.
    await page.reload();
    await expect(dashboard.yearSelect()).toHaveValue('2021');
    await expect(dashboard.rows()).toHaveCount(1);
  });

  test('rekap PDF 2022 dicetak dari dasbor: tiga unit, nilai berkoma desimal, riwayat 2021, lanskap', async ({ page, api }) => {
    const dashboard = await seeded(page, api);
    const totals = new Map<SeededUnit, number>();
    for (const unitId of SEEDED_UNITS) totals.set(unitId, await assessedTotal(api, `${unitId}-2022`));
    await dashboard.open();
    await dashboard.chooseYear(2022);

    const pdf = await dashboard.printRecapPdf();
    expect(pdf.text).toMatch(/\.pdf \(\d+ halaman\)$/);
    await page.screenshot({ path: test.info().outputPath('dasbor-rekap-pdf.png'), fullPage: true });
    const response = await page.request.get(new URL(pdf.href, page.url()).toString());
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/pdf');
    const bytes = await response.body();
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const { text, info } = await withTempFile('rekap.pdf', bytes, (file) => ({
      text: execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }),
      info: execFileSync('pdfinfo', [file], { encoding: 'utf8' }),
    }));
    const flat = text.replace(/\s+/g, ' ');
    for (const short of ['Disdukcapil', 'DPMPTSP', 'Bapenda']) expect(flat).toContain(short);
    for (const unitId of SEEDED_UNITS) expect(flat).toContain(formatAngka(totals.get(unitId) ?? Number.NaN));
    const history2021 = text.split('\n').find((line) => /\b2021:/.test(line)) ?? '';
    expect(history2021).toContain('Disdukcapil');
    expect(flat).toContain('Halaman 1 dari');

    const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
    expect(size, info).not.toBeNull();
    expect(Number(size?.[1])).toBeGreaterThan(Number(size?.[2]));
    const pages = /Pages:\s+(\d+)/.exec(info)?.[1];
    expect(pdf.text).toContain(`(${pages} halaman)`);
  });

  test('rekap Excel 2022 diunduh dari dasbor: tiga baris unit dengan nilai totalnya', async ({ page, api }) => {
    const dashboard = await seeded(page, api);
    const totals = new Map<string, number>();
    for (const unitId of SEEDED_UNITS) totals.set(UNITS_2022[unitId], await assessedTotal(api, `${unitId}-2022`));
    await dashboard.open();
    await dashboard.chooseYear(2022);

    const download = await dashboard.downloadRecapXlsx();
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const file = await download.path();
    await expect(dashboard.documents().getByRole('status')).toContainText(download.suggestedFilename());

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new Error('rekap tanpa lembar');
    let header = 0;
    sheet.eachRow((row, number) => {
      if (header === 0 && row.getCell(2).value === 'Unit Kerja') header = number;
    });
    expect(header).toBeGreaterThan(0);
    const totalColumn = (sheet.getRow(header).values as unknown[]).indexOf('Total');
    expect(totalColumn).toBeGreaterThan(0);
    const rows: { name: string; total: number }[] = [];
    for (let number = header + 1; number <= sheet.rowCount; number++) {
      const row = sheet.getRow(number);
      const name = row.getCell(2).value;
      if (typeof name !== 'string' || name === '') continue;
      rows.push({ name, total: Number(row.getCell(totalColumn).value) });
    }
    expect(rows.map((row) => row.name).sort()).toEqual([...totals.keys()].sort());
    for (const row of rows) expect(row.total).toBeCloseTo(totals.get(row.name) ?? Number.NaN, 6);
  });

  test('tanpa lembar kerja: keadaan kosong dengan tautan ke Lembar Kerja', async ({ page }) => {
    const dashboard = new DashboardPage(page);
    await dashboard.shell.enterUserName('Rina Penguji Fiktif');
    await dashboard.open();
    const year = new Date().getFullYear();
    await expect(dashboard.yearSelect()).toHaveValue(String(year));
    await expect(dashboard.statValue(`LKE tahun ${year}`)).toHaveText('0');
    const empty = dashboard.emptyState(year);
    await expect(empty).toBeVisible();
    await expect(dashboard.table()).toHaveCount(0);
    await expect(dashboard.trendChart()).toHaveCount(0);
    await page.screenshot({ path: test.info().outputPath('dasbor-kosong.png'), fullPage: true });
    await empty.getByRole('link', { name: 'Buka Lembar Kerja (LKE)' }).click();
    await expect(dashboard.shell.heading()).toHaveText('Lembar Kerja (LKE)');
  });
});
