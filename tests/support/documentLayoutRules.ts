import { LETTER_MARGINS_PT } from '../../shared/documents/kop';
import { BODY_PT, DENSE_CHART_PT, DENSE_TABLE_PT } from '../../shared/documents/page';
import type { DeclarationText } from '../../shared/pakta/types';
import type { LayoutRules } from './layoutCheck';

/**
 * The layout-check rules of each document kind (tests/support/layoutCheck.ts): the margins of the
 * page standard, the bands of running heads and footers, the headings and signature lines of the
 * kind, and the lines allowed another type size (kop, title).
 */

/** Height of the verification footer band above the bottom margin (the documents reserve 92 pt). */
const FOOTER_BAND = 92;

/** Lines of a signature block that give a page away as signatures only. */
const SIGNATURE_LINES = [/^NIP\.?(\s|$)/, /^(Yang mencanangkan|Saksi-saksi|Pembuat Pernyataan|Menyaksikan),$/];

/** Lines of the kop address (they wrap anywhere, so matched as pieces of the address). */
function inAddress(alamat: string): (line: string) => boolean {
  const flat = alamat.replace(/\s+/g, ' ');
  return (line) => line.length > 0 && flat.includes(line);
}

/** The Piagam Pencanangan: continuation pages carry "Lanjutan …" above the content. */
export function piagamLayoutRules(text: Pick<DeclarationText, 'title' | 'signatoryCaption' | 'witnessCaption'>, alamat: string): LayoutRules {
  const titles = new Set(text.title.map((line) => line.trim()));
  return {
    margins: LETTER_MARGINS_PT,
    // The running head "Lanjutan …" and its paraf box sit in the 40 pt band below the top margin.
    furniture: { top: LETTER_MARGINS_PT.top + 40, bottom: LETTER_MARGINS_PT.bottom + FOOTER_BAND },
    headings: [new RegExp(`^${text.signatoryCaption},$`), new RegExp(`^${text.witnessCaption},$`)],
    signatureLines: SIGNATURE_LINES,
    anchors: [/^Lanjutan /],
    sizeExceptions: [/^PEMERINTAH /, (line) => titles.has(line), inAddress(alamat)],
  };
}

/** The Pakta Integritas: one pledge a page, kop, title and body above the signature blocks. */
export function paktaLayoutRules(title: string, alamat: string): LayoutRules {
  return {
    margins: LETTER_MARGINS_PT,
    furniture: { bottom: LETTER_MARGINS_PT.bottom + FOOTER_BAND - 12 },
    headings: [new RegExp(`^${title}$`)],
    signatureLines: SIGNATURE_LINES,
    anchors: [new RegExp(`^${title}$`)],
    // The printed label inside the meterai box is a placeholder, not text of the pledge.
    sizeExceptions: [/^PEMERINTAH /, /^INSPEKTORAT/, new RegExp(`^${title}$`), /^METERAI$/, /^10\.000$/, inAddress(alamat)],
  };
}

/** The kop of the Inspektorat (LHE, recap): its two name lines and the address. */
function inspektoratKop(alamat: string): LayoutRules['sizeExceptions'] {
  return [/^PEMERINTAH /, /^INSPEKTORAT/, inAddress(alamat)];
}

/**
 * The LHE: cover letter and report, footers in the 26 pt band above the bottom margin, section
 * headings A–K and the appendix, the team's and the Inspektur's signatures, tables and chart at
 * the dense-table size, the 13 pt title; the diagonal "KONSEP" of a draft is no text line.
 */
export function lheLayoutRules(alamat: string): LayoutRules {
  return {
    margins: LETTER_MARGINS_PT,
    furniture: { bottom: LETTER_MARGINS_PT.bottom + 26 },
    headings: [/^[A-K]\. [A-Z][a-z]/, /^Lampiran: Catatan per Butir$/],
    signatureLines: [...SIGNATURE_LINES, /^(?:Ketua Tim|Pengendali Teknis|Mengetahui|Inspektur),$/],
    sizeExceptions: [...(inspektoratKop(alamat) ?? []), /^LAPORAN HASIL EVALUASI$/, /^PEMBANGUNAN ZONA INTEGRITAS MENUJU WBK\/WBBM$/],
    smallerSizes: [DENSE_TABLE_PT / BODY_PT],
    // pdftotext reads the diagonal watermark in pieces ("KO", "NS", "EP").
    ignore: [(line) => line.length >= 2 && 'KONSEP'.includes(line.replace(/\s+/g, ''))],
  };
}

/**
 * The recap (landscape): footers in the 20 pt band above the bottom margin, section titles A–D,
 * the Inspektur's signature, the main table at the dense-table size, the heat map and the chart at
 * the dense-chart size, the 13 pt title.
 */
export function recapLayoutRules(alamat: string): LayoutRules {
  return {
    margins: LETTER_MARGINS_PT,
    furniture: { bottom: LETTER_MARGINS_PT.bottom + 20 },
    headings: [/^[A-D]\. [A-Z][a-z]/],
    signatureLines: [...SIGNATURE_LINES, /^Inspektur(?: .*)?,$/],
    // The history section the signature closes: its title, its year lines, its chart.
    anchors: [/^D\. Perkembangan Antartahun$/, /^\d{4}: /, /^Grafik nilai total per tahun$/],
    sizeExceptions: [...(inspektoratKop(alamat) ?? []), /^REKAPITULASI HASIL EVALUASI /],
    smallerSizes: [DENSE_TABLE_PT / BODY_PT, DENSE_CHART_PT / BODY_PT],
  };
}
