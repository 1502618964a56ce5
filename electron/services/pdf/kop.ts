import type { Content } from 'pdfmake/interfaces';
import { KOP } from '../../../shared/documents/kop';
import { imageDataUrl } from './engine';
import { inspektoratKop, type InstitutionHeader, type PrintedKop } from './layout';

/**
 * The kop surat of the pdfmake documents (the same look as the canvas kop in layout.ts): logo on
 * the left, the name lines in capitals and the address centred, then the double rule (thick over
 * thin) across the content width.
 */

/** Image key of the logo in a docDefinition's `images`. */
export const KOP_LOGO_KEY = 'logo';

/** Content and images of a kop surat. */
export interface KopContent {
  content: Content[];
  /** `{ logo: dataUrl }` when there is a logo, to merge into the docDefinition's `images`. */
  images: Record<string, string>;
}

/** The Inspektorat kop of `header` for a content area `width` points wide ({@link kopContent}). */
export function kopSurat(header: InstitutionHeader, width: number): KopContent {
  return kopContent(inspektoratKop(header), width);
}

/**
 * Any kop surat (shared/documents/kop.ts `kopFor`, images resolved by `printedKop`) for a content
 * area `width` points wide; no kop gives no content.
 */
export function kopContent(kop: PrintedKop | null, width: number): KopContent {
  if (!kop) return { content: [], images: {} };
  const lines: Content[] = [
    ...kop.lines.map((line): Content => ({ text: line.text, bold: true, fontSize: line.role === 'pemerintah' ? KOP.fontSize.pemerintah : KOP.fontSize.instansi })),
    ...(kop.alamat.trim() ? [{ text: kop.alamat, fontSize: KOP.fontSize.alamat }] : []),
  ];
  const { maxWidth, maxHeight, gap } = KOP.logo;
  const block: Content = kop.logo
    ? {
        columns: [
          { image: KOP_LOGO_KEY, fit: [maxWidth, maxHeight], width: maxWidth },
          { stack: lines, alignment: 'center', margin: [gap, 4, maxWidth, 0] },
        ],
        columnGap: 0,
      }
    : { stack: lines, alignment: 'center' };
  const { offset, gap: ruleGap, thick, thin } = KOP.rule;
  const rule: Content = {
    canvas: [
      { type: 'line', x1: 0, y1: offset, x2: width, y2: offset, lineWidth: thick },
      { type: 'line', x1: 0, y1: offset + ruleGap, x2: width, y2: offset + ruleGap, lineWidth: thin },
    ],
  };
  return { content: [block, rule], images: kop.logo ? { [KOP_LOGO_KEY]: imageDataUrl(kop.logo) } : {} };
}
