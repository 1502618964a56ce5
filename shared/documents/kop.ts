import { DEFAULT_MARGINS_MM, mmToPt } from './page';

/**
 * Geometry of the kop surat and the letter page, in PDF points (1 pt = 1/72 in): one set of
 * numbers for the PDF engines (electron/services/pdf/layout.ts and kop.ts) and the settings
 * preview, which draws the same numbers in millimetres ({@link ptToMm}). The PDF is the reference;
 * the preview follows it.
 */

/** Millimetres per PDF point. */
export const MM_PER_PT = 25.4 / 72;

/** A length in points as millimetres. */
export function ptToMm(pt: number): number {
  return pt * MM_PER_PT;
}

/**
 * Default margins of every page in points: the page standard's (shared/documents/page.ts, top
 * 20 mm, left 30 mm, right 20 mm, bottom 20 mm); documents use the margins of the settings.
 */
export const LETTER_MARGINS_PT = {
  left: mmToPt(DEFAULT_MARGINS_MM.left),
  right: mmToPt(DEFAULT_MARGINS_MM.right),
  top: mmToPt(DEFAULT_MARGINS_MM.top),
  bottom: mmToPt(DEFAULT_MARGINS_MM.bottom),
} as const;

/** The kop surat: logo at the left, the lines centred, the double rule below. */
export const KOP = {
  /** The box the logo is fitted into (aspect ratio kept), and the gap between logo and text. */
  logo: { maxWidth: 62, maxHeight: 70, gap: 8 },
  /** Font sizes: "PEMERINTAH KABUPATEN …", the Inspektorat's name, the address. */
  fontSize: { pemerintah: 14, instansi: 16, alamat: 9.5 },
  /** Smallest size a long name line shrinks to before it wraps. */
  minFontSize: 10,
  /** Line height of the name lines, as a multiple of the font size. */
  lineHeight: 1.2,
  /** Space above the address and the distance between its lines. */
  alamat: { spaceAbove: 1, leading: 11.5 },
  /**
   * The double rule: the thick line's centre `offset` below the kop's text or logo, the thin one
   * `gap` below it (centre to centre); the letter continues `below` under the thick line's centre.
   */
  rule: { offset: 6, thick: 2.4, gap: 3.2, thin: 0.8, below: 4 },
} as const;
