import { AppFailure } from '../../../shared/result';
import { analyse, checkImage } from './images';
import { PngFormatError, decodePng, encodeInkAlphaPng, encodePng, type RgbaImage } from './png';

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
  const image = decodeOrFail(bytes);
  const paper = options.paperLevel ?? 215;
  const softness = Math.max(1, options.softness ?? 60);
  const { width, height, data } = image;
  for (let i = 0; i < width * height * 4; i += 4) {
    const luminance = 0.299 * (data[i] as number) + 0.587 * (data[i + 1] as number) + 0.114 * (data[i + 2] as number);
    const coverage = Math.min(1, Math.max(0, (paper - luminance) / softness));
    data[i + 3] = Math.round((data[i + 3] as number) * coverage);
  }
  return trimmedPng(image, options.padding ?? 8);
}

/** Crops an RGBA image to its visible ink plus `padding` and encodes it (filter none). */
function trimmedPng(image: RgbaImage, paddingOption: number): Uint8Array {
  const padding = Math.max(0, Math.round(paddingOption));
  const { width, height, data } = image;
  let minX = width;
  let minY = height;
  let maxX = -1;
  let maxY = -1;
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      if ((data[(y * width + x) * 4 + 3] as number) > 24) {
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
  const trimmed = { width: outWidth, height: outHeight, data: out };
  const { ink, alpha } = analyse(trimmed);
  if (ink >= 0 && alpha) {
    // One pen colour: store it as an ink-alpha PNG, which prints without any decoding.
    return encodeInkAlphaPng(outWidth, outHeight, [(ink >> 16) & 0xff, (ink >> 8) & 0xff, ink & 0xff], alpha);
  }
  return encodePng(outWidth, outHeight, out, 4);
}

/**
 * The form a signature should be stored in, computed once when it is drawn or uploaded (before
 * its hash is recorded): a drawn PNG (with transparency) is cropped to its strokes; an opaque
 * PNG scan is cleaned with {@link cleanSignature}. A single-ink result is stored as an ink-alpha
 * PNG (png.ts, encodeInkAlphaPng): a standard indexed PNG whose rows the PDF uses as a soft mask
 * without decoding — a thousand signatures cost nothing extra in a batch. Anything else is
 * re-encoded as RGBA without row filters (browsers write Paeth rows, the slowest to reverse). A JPEG is returned unchanged (it is embedded
 * without decoding; clean JPEG scans in the renderer, see above).
 */
export function normalizeSignature(bytes: Uint8Array, options: CleanSignatureOptions = {}): Uint8Array {
  const info = checkImage(bytes, 'Tanda tangan');
  if (info.mimeType === 'image/jpeg') return bytes;
  if (info.width * info.height > MAX_CLEAN_PIXELS) {
    throw new AppFailure('TOO_LARGE', 'Gambar tanda tangan terlalu besar untuk diproses (maksimal 20 juta piksel). Potong atau perkecil gambar terlebih dahulu.');
  }
  const image = decodeOrFail(bytes);
  let opaque = true;
  for (let i = 3; i < image.data.length; i += 4) {
    if (image.data[i] !== 255) {
      opaque = false;
      break;
    }
  }
  return opaque ? cleanSignature(bytes, options) : trimmedPng(image, options.padding ?? 8);
}

function decodeOrFail(bytes: Uint8Array): RgbaImage {
  try {
    return decodePng(bytes);
  } catch (error) {
    if (error instanceof PngFormatError) throw new AppFailure('UNSUPPORTED_FILE', 'Gambar PNG tanda tangan rusak atau tidak dapat dibaca.');
    throw error;
  }
}
