import { describe, expect, it } from 'vitest';
import { lhePdf } from '../../../../../electron/services/pdf/lhe';
import type { LheModel } from '../../../../../shared/reports/model';
import { lheStressCases } from './lheFixture';
import { pageLines, rawPages, strandedHeadings, type PageLines } from './pageLines';

/**
 * Keep-together rules of the LHE over a stress corpus, on A4 and F4, read back with
 * `pdftotext -bbox-layout`: no section heading ends a page without two lines of its text, no page
 * holds only signature blocks, and a Draf worksheet carries "KONSEP" on every page.
 */

const HEADING = /^(?:[A-K]\. (?:Dasar Penugasan|Tim Evaluasi|Dasar Hukum|Tujuan Evaluasi|Ruang Lingkup|Metodologi|Hasil Evaluasi|Predikat|Grafik Capaian per Area|Rekomendasi|Penutup)|Lampiran: Catatan per Butir)$/;
const FOOTER = /^(?:LHE ZI .*|Halaman \d+ dari \d+|- \d+ -)$/;

/** Text of a page's body lines that are not part of a signature block (names, captions, NIP, date line). */
function nonSignatureText(page: PageLines, model: LheModel): string {
  const signature = [
    model.institution.inspektur.nama,
    model.institution.inspektur.pangkatGolongan,
    model.meta.ketuaTim.nama,
    model.meta.pengendaliTeknis.nama,
    'Ketua Tim,',
    'Pengendali Teknis,',
    'Mengetahui,',
    'Inspektur,',
  ].filter((text) => text.trim() !== '');
  let text = page.lines
    .filter((line) => !FOOTER.test(line.text))
    .map((line) => line.text)
    .join(' ');
  for (const part of signature) text = text.split(part).join(' ');
  return text.replace(/NIP\.\s*[\d .]*/g, ' ').replace(/\S+, (?:\d{1,2} \w+ \d{4}|\.{10,})/g, ' ').replace(/\.{10,}/g, ' ').trim();
}

describe.each(['A4', 'F4'] as const)('LHE keep-together over the stress corpus (%s)', (paper) => {
  it.each(lheStressCases())('%s', async (_name, variant) => {
    const model: LheModel = { ...variant, paper };
    const { bytes } = await lhePdf(model);
    const pages = await pageLines(bytes);
    expect(strandedHeadings(pages, HEADING, FOOTER)).toEqual([]);
    pages.forEach((page, index) => {
      expect(nonSignatureText(page, model).length, `page ${index + 1} holds only signatures`).toBeGreaterThan(40);
    });
    if (model.draft === true) {
      for (const page of await rawPages(bytes)) expect(page.replace(/\s+/g, '')).toContain('KONSEP');
    }
  });
});
