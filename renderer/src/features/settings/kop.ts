import { KOP, LETTER_MARGINS_PT, ptToMm } from '../../../../shared/documents/kop';
import { PAPER_SIZES, type PaperSize } from '../../../../shared/format';

/**
 * Where the kop surat sits on the printed page, in millimetres from the page's top-left corner:
 * the PDF's own numbers (shared/documents/kop.ts) converted, so the preview cannot drift from
 * the print. Only what the preview alone needs is set here.
 */
export const KOP_GEOMETRY = {
  marginTopMm: ptToMm(LETTER_MARGINS_PT.top),
  marginLeftMm: ptToMm(LETTER_MARGINS_PT.left),
  marginRightMm: ptToMm(LETTER_MARGINS_PT.right),
  logoHeightMm: ptToMm(KOP.logo.maxHeight),
  logoMaxWidthMm: ptToMm(KOP.logo.maxWidth),
  /** Space between the logo and the kop's text. */
  logoGapMm: ptToMm(KOP.logo.gap),
  /** Space above the address and its line distance, in points. */
  alamatPt: KOP.alamat,
  /** Line height of the name lines. */
  lineHeight: KOP.lineHeight,
  /** The double rule, in points as the PDF draws it. */
  rulePt: KOP.rule,
  /** Space between the kop's lower rule and the first line of the letter (preview only). */
  ruleGapMm: 3,
  /** How much of the page the preview shows. */
  previewHeightMm: 75,
  fontPt: { ...KOP.fontSize, body: 12 },
} as const;

/** Paper sizes in millimetres. */
export const PAPER_MM: Record<PaperSize, { width: number; height: number }> = {
  A4: { width: PAPER_SIZES.A4.widthMm, height: PAPER_SIZES.A4.heightMm },
  F4: { width: PAPER_SIZES.F4.widthMm, height: PAPER_SIZES.F4.heightMm },
};
