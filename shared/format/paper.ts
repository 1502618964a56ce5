/** Paper sizes in PDF points (1 pt = 1/72 in). F4/folio 215 × 330 mm is common in government print. */
export const PAPER_SIZES = {
  A4: { widthPt: 595.28, heightPt: 841.89, widthMm: 210, heightMm: 297, label: 'A4 (210 × 297 mm)' },
  F4: { widthPt: 609.45, heightPt: 935.43, widthMm: 215, heightMm: 330, label: 'F4 / Folio (215 × 330 mm)' },
} as const;

export type PaperSize = keyof typeof PAPER_SIZES;
export const PAPER_SIZE_VALUES = ['A4', 'F4'] as const satisfies readonly PaperSize[];
