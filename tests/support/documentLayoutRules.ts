import { LETTER_MARGINS_PT } from '../../shared/documents/kop';
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
