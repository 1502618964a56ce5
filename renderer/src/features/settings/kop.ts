import type { PaperSize } from '../../../../shared/format';

/**
 * Where the kop surat sits on the printed page, in millimetres from the page's top-left corner.
 * The preview draws from these numbers; the PDF builder should use the same ones.
 */
export const KOP_GEOMETRY = {
  marginTopMm: 15,
  marginLeftMm: 25,
  marginRightMm: 20,
  logoHeightMm: 24,
  logoMaxWidthMm: 24,
  /** Space between the kop's lower rule and the first line of the letter. */
  ruleGapMm: 3,
  /** How much of the page the preview shows. */
  previewHeightMm: 75,
  fontPt: { pemerintah: 14, instansi: 16, alamat: 10, body: 12 },
} as const;

export const PAPER_MM: Record<PaperSize, { width: number; height: number }> = {
  A4: { width: 210, height: 297 },
  F4: { width: 215, height: 330 },
};
