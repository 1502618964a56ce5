import type { Content } from 'pdfmake/interfaces';
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
    { text: header.pemerintahDaerah.toUpperCase(), bold: true, fontSize: 14 },
    { text: header.namaInspektorat.toUpperCase(), bold: true, fontSize: 16 },
    ...(header.alamat.trim() ? [{ text: header.alamat, fontSize: 9.5 }] : []),
  ];
  const block: Content = header.logo
    ? { columns: [{ image: KOP_LOGO_KEY, fit: [62, 70], width: 62 }, { stack: lines, alignment: 'center', margin: [8, 4, 62, 0] }], columnGap: 0 }
    : { stack: lines, alignment: 'center' };
  const rule: Content = {
    canvas: [
      { type: 'line', x1: 0, y1: 6, x2: width, y2: 6, lineWidth: 2.4 },
      { type: 'line', x1: 0, y1: 9.2, x2: width, y2: 9.2, lineWidth: 0.8 },
    ],
  };
  return { content: [block, rule], images: header.logo ? { [KOP_LOGO_KEY]: imageDataUrl(header.logo) } : {} };
}
