import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { portalRbExportSchema } from '../../shared/proposal';
import { expect, test } from './fixtures';
import { ProposalPage } from './pages/ProposalPage';
import { seedEvaluations } from './support/evaluations';

// Axe runs with the test browser's CSP bypass, never with a weaker policy in the app.
test.use({ viewport: { width: 1366, height: 768 }, bypassCSP: true });

async function pdfText(bytes: Buffer): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'zi-e2e-usulan-'));
  try {
    const file = path.join(dir, 'surat.pdf');
    await writeFile(file, bytes);
    return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8', timeout: 20_000 }).replace(/\s+/g, ' ');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

test.describe('Usulan ke KemenPANRB', () => {
  test('paket usulan 2022: unit yang lulus dipilih, dua surat dicetak, JSON dan Excel hanya berisi unit yang lulus', async ({ page, api }) => {
    test.setTimeout(180_000);
    await seedEvaluations(api);
    await page.reload();
    await expect(page.getByText('Pengguna: Siti Penguji Fiktif')).toBeVisible();
    const before = await api.proposal.get({ year: 2022 });
    const passing = before.candidates.filter((candidate) => candidate.eligible);
    const failing = before.candidates.filter((candidate) => !candidate.eligible);
    // The seed: some 2022 units pass on their TPI answers, some do not.
    expect(passing.length).toBeGreaterThan(0);
    expect(failing.length).toBeGreaterThan(0);

    const proposal = new ProposalPage(page);
    await proposal.open(2022);
    await expect(page.getByRole('heading', { name: /^Batas pengusulan: 31 Mei 2022/ })).toBeVisible();
    for (const unit of failing) {
      await expect(proposal.checkbox(unit.nama)).toBeDisabled();
      await expect(proposal.row(unit.nama).getByRole('list', { name: `Alasan ${unit.nama} belum layak` })).toContainText(unit.reasons[0] ?? '');
    }
    for (const unit of passing) {
      if (unit.afirmasi) await expect(proposal.row(unit.nama).getByText('Afirmasi', { exact: true })).toBeVisible();
      await proposal.checkbox(unit.nama).check();
    }
    await proposal.field('Nomor surat').fill('700/214/Insp/2023');
    await proposal.field('Tanggal surat').fill('2023-05-02');
    await proposal.field('Alamat Pemerintah Kabupaten').fill('Jl. Veteran Fiktif No. 1, Kota Serang, Banten');
    await proposal.field('Nama Bupati').fill('Hj. Ratu Contoh Fiktif, S.T.');
    await proposal.save();

    // 1366 × 768: no horizontal scroll, and no serious or critical axe violation.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => violation.id)).toEqual([]);
    await page.screenshot({ path: test.info().outputPath('usulan-2022.png'), fullPage: true });

    const surat = await pdfText(await proposal.print('Cetak Surat Pengajuan', 'Surat Pengajuan Evaluasi'));
    const sptjm = await pdfText(await proposal.print('Cetak SPTJM', 'SPTJM'));
    for (const text of [surat, sptjm]) {
      expect(text).toContain('Serang, 2 Mei 2023');
      expect(text).toContain('Hj. Ratu Contoh Fiktif, S.T.');
      expect(text).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
    }
    expect(surat).toContain('700/214/Insp/2023');
    expect(sptjm).toContain('SURAT PERNYATAAN TANGGUNG JAWAB MUTLAK');
    for (const unit of passing) expect(surat).toContain(unit.nama.split(' ').slice(0, 3).join(' '));
    for (const unit of failing) expect(surat).not.toContain(unit.nama);

    const json = await proposal.download('Unduh data PortalRB (.json)');
    expect(json.suggestedFilename()).toBe('Usulan-ZI-PortalRB-2022.json');
    const data = portalRbExportSchema.parse(JSON.parse(await readFile((await json.path()) ?? '', 'utf8')));
    expect(data.jawabanUnit.map((entry) => entry.unit_id).sort()).toEqual(passing.map((unit) => unit.unitId).sort());
    for (const entry of data.jawabanUnit) expect(entry.answers).toHaveLength(127);

    const excel = await proposal.download('Unduh Excel pengusulan (.xlsx)');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile((await excel.path()) ?? '')) as unknown as ArrayBuffer);
    expect(workbook.worksheets).toHaveLength(1 + passing.length);
    const summaryNames = workbook.worksheets[0]?.getColumn(3).values.slice(5) ?? [];
    expect(summaryNames.map(String).sort()).toEqual(passing.map((unit) => unit.nama).sort());

    // The dashboard shows the deadline and what is still missing.
    await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Laporan & Dasbor', exact: true }).click();
    await page.getByLabel('Tahun evaluasi').selectOption('2022');
    const panel = page.getByRole('region', { name: 'Usulan ke KemenPANRB tahun 2022' });
    await expect(panel).toContainText('Batas pengusulan: 31 Mei 2022');
    await expect(panel).toContainText(`${failing.length} unit belum layak diusulkan`);
    await expect(panel).not.toContainText('SPTJM belum dicetak');
  });
});
