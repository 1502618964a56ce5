import { AppFailure } from '../../../shared/result';
import { checkImage } from './images';
import { PngFormatError, decodePng, encodePng } from './png';

/**
 * Cleaning an uploaded scan of a signature (issue 4 item 2): make the paper transparent and trim
 * the empty margins, so the ink sits on the pledge without a white box over the Meterai.
 *
 * PNG only: decoding PNG needs nothing but zlib, a JPEG decoder would be a new dependency. JPEG
 * scans are cleaned in the renderer, which can decode them for free: draw the image on a
 * `<canvas>`, apply the same per-pixel rule (alpha from luminance, see {@link cleanSignature}),
 * trim, and upload the result with `canvas.toBlob('image/png')`.
 */

/** Options for {@link cleanSignature}. */
export interface CleanSignatureOptions {
  /** Luminance (0–255) at and above which a pixel is paper; default 215. */
  paperLevel?: number;
  /** Width of the ramp below `paperLevel` where ink fades out (anti-aliased edges); default 60. */
  softness?: number;
  /** Transparent margin kept around the ink, in pixels; default 8. */
  padding?: number;
}

/** Largest scan cleaned here (an A4 page at 300 dpi is 8.7 million pixels). */
export const MAX_CLEAN_PIXELS = 20_000_000;

/**
 * Returns a new RGBA PNG in which light pixels are transparent (alpha ramps down from dark ink to
 * paper) and the margins around the ink are cut off. Throws `AppFailure`: UNSUPPORTED_FILE for a
 * JPEG or a broken PNG, TOO_LARGE beyond the limits, INVALID_INPUT when no ink is found.
 */
export function cleanSignature(bytes: Uint8Array, options: CleanSignatureOptions = {}): Uint8Array {
  const info = checkImage(bytes, 'Tanda tangan');
  if (info.mimeType !== 'image/png') {
    throw new AppFailure('UNSUPPORTED_FILE', 'Pembersihan latar tanda tangan di sini hanya untuk PNG; gambar JPEG dibersihkan di layar unggah.');
  }
  if (info.width * info.height > MAX_CLEAN_PIXELS) {
    throw new AppFailure('TOO_LARGE', 'Gambar tanda tangan terlalu besar untuk dibersihkan (maksimal 20 juta piksel). Potong atau perkecil gambar terlebih dahulu.');
  }
  let image;
  try {
    image = decodePng(bytes);
  } catch (error) {
    if (error instanceof PngFormatError) throw new AppFailure('UNSUPPORTED_FILE', 'Gambar PNG tanda tangan rusak atau tidak dapat dibaca.');
    throw error;
  }
  const paper = options.paperLevel ?? 215;
  const softness = Math.max(1, options.softness ?? 60);
  const padding = Math.max(0, Math.round(options.padding ?? 8));
  const { width, height, data } = image;
  let minX = width;
  let minY = height;
  let maxX = -1;
  let maxY = -1;
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const i = (y * width + x) * 4;
      const luminance = 0.299 * (data[i] ?? 0) + 0.587 * (data[i + 1] ?? 0) + 0.114 * (data[i + 2] ?? 0);
      const coverage = Math.min(1, Math.max(0, (paper - luminance) / softness));
      const alpha = Math.round((data[i + 3] ?? 0) * coverage);
      data[i + 3] = alpha;
      if (alpha > 24) {
        if (x < minX) minX = x;
        if (x > maxX) maxX = x;
        if (y < minY) minY = y;
        if (y > maxY) maxY = y;
      }
    }
  }
  if (maxX < 0) {
    throw new AppFailure('INVALID_INPUT', 'Tanda tangan tidak terbaca: gambar tampak kosong atau terlalu terang. Pindai ulang dengan tinta yang lebih tegas.');
  }
  const left = Math.max(0, minX - padding);
  const top = Math.max(0, minY - padding);
  const right = Math.min(width - 1, maxX + padding);
  const bottom = Math.min(height - 1, maxY + padding);
  const outWidth = right - left + 1;
  const outHeight = bottom - top + 1;
  const out = new Uint8Array(outWidth * outHeight * 4);
  for (let y = 0; y < outHeight; y += 1) {
    const from = ((top + y) * width + left) * 4;
    out.set(data.subarray(from, from + outWidth * 4), y * outWidth * 4);
  }
  return encodePng(outWidth, outHeight, out, 4);
}
