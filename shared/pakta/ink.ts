/**
 * The signature-ink rule, in one place for every side that decides what the ink of a signature
 * is: the signature pad (its pen colour), the browser's JPEG scan cleaner and the engine's
 * cleanSignature (paper → transparent, trimmed to the ink), and the PDF image preparation (one
 * pen colour → a soft mask and a single colour).
 */

/** The pen of the signature pad: dark blue, so the ink reads as signed in ink over the Meterai. */
export const SIGNATURE_INK = '#142d6e';

/** Luminance (0–255) at and above which a pixel of a scan is paper. */
export const PAPER_LEVEL = 215;
/** Width of the luminance ramp below {@link PAPER_LEVEL} where ink fades out (anti-aliased edges). */
export const INK_SOFTNESS = 60;
/** Transparent margin kept around the ink when a signature is trimmed, in pixels. */
export const INK_PADDING = 8;
/** Alpha above which a pixel counts as ink when trimming. */
export const VISIBLE_INK_ALPHA = 24;
/**
 * Alpha from which a pixel is clearly visible and takes part in deciding the pen colour:
 * anti-aliased edges of a canvas stroke carry rounding noise in their colour (un-premultiplied from
 * a few levels of alpha), so only these decide whether a signature has a single ink.
 */
export const SOLID_INK_ALPHA = 160;
/** Largest per-channel difference at which two clearly visible pixels are still the same ink. */
export const INK_TOLERANCE = 40;

/** Options of {@link clearPaper}; the defaults are the constants above. */
export interface InkOptions {
  paperLevel?: number;
  softness?: number;
  padding?: number;
}

/** The part of an image to keep: the ink plus the padding, clipped to the image. */
export interface InkBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * Makes the paper of RGBA pixels transparent, in place: alpha is scaled by the ink coverage, which
 * ramps from 1 for dark ink down to 0 at {@link PAPER_LEVEL} (ITU-R BT.601 luminance). Returns the
 * box of the visible ink plus the padding, or null when nothing is left that reads as ink.
 */
export function clearPaper(data: Uint8Array | Uint8ClampedArray, width: number, height: number, options: InkOptions = {}): InkBox | null {
  const paper = options.paperLevel ?? PAPER_LEVEL;
  const softness = Math.max(1, options.softness ?? INK_SOFTNESS);
  const padding = Math.max(0, Math.round(options.padding ?? INK_PADDING));
  let minX = width;
  let minY = height;
  let maxX = -1;
  let maxY = -1;
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const i = (y * width + x) * 4;
      const luminance = 0.299 * (data[i] ?? 0) + 0.587 * (data[i + 1] ?? 0) + 0.114 * (data[i + 2] ?? 0);
      const alpha = Math.round((data[i + 3] ?? 0) * Math.min(1, Math.max(0, (paper - luminance) / softness)));
      data[i + 3] = alpha;
      if (alpha > VISIBLE_INK_ALPHA) {
        if (x < minX) minX = x;
        if (x > maxX) maxX = x;
        if (y < minY) minY = y;
        if (y > maxY) maxY = y;
      }
    }
  }
  if (maxX < 0) return null;
  const left = Math.max(0, minX - padding);
  const top = Math.max(0, minY - padding);
  return { left, top, width: Math.min(width - 1, maxX + padding) - left + 1, height: Math.min(height - 1, maxY + padding) - top + 1 };
}

/** Whether two RGB colours are the same ink within {@link INK_TOLERANCE}. */
export function sameInk(r1: number, g1: number, b1: number, r2: number, g2: number, b2: number): boolean {
  return Math.abs(r1 - r2) <= INK_TOLERANCE && Math.abs(g1 - g2) <= INK_TOLERANCE && Math.abs(b1 - b2) <= INK_TOLERANCE;
}

/** The message shown when a signature has no ink left after the paper is cleared. */
export const NO_INK_MESSAGE = 'Tanda tangan tidak terbaca: gambar tampak kosong atau terlalu terang. Pindai ulang dengan tinta yang lebih tegas.';
