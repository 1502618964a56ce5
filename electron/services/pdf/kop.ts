import type { Content } from 'pdfmake/interfaces';
import { KOP } from '../../../shared/documents/kop';
import { imageDataUrl } from './engine';
import type { InstitutionHeader } from './layout';

/**
 * The kop surat of the pdfmake documents (the LHE; the same look as the declaration's): logo on
 * the left, the government and Inspektorat lines in capitals and the address centred, then the
 * double rule (thick over thin) across the content width.
 */

/** Image key of the logo in a docDefinition's `images`. */
export const KOP_LOGO_KEY = 'logo';

/** Content and images of a kop surat. */
export interface KopContent {
  content: Content[];
  /** `{ logo: dataUrl }` when there is a logo, to merge into the docDefinition's `images`. */
  images: Record<string, string>;
}

/** The kop surat for a content area `width` points wide. */
export function kopSurat(header: InstitutionHeader, width: number): KopContent {
  const lines: Content[] = [
    { text: header.pemerintahDaerah.toUpperCase(), bold: true, fontSize: KOP.fontSize.pemerintah },
    { text: header.namaInspektorat.toUpperCase(), bold: true, fontSize: KOP.fontSize.instansi },
    ...(header.alamat.trim() ? [{ text: header.alamat, fontSize: KOP.fontSize.alamat }] : []),
  ];
  const { maxWidth, maxHeight, gap } = KOP.logo;
  const block: Content = header.logo
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
  return { content: [block, rule], images: header.logo ? { [KOP_LOGO_KEY]: imageDataUrl(header.logo) } : {} };
}
