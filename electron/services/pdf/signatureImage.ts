import { NO_INK_MESSAGE, clearPaper, type InkOptions } from '../../../shared/pakta/ink';
import { AppFailure } from '../../../shared/result';
import { analyse, checkImage } from './images';
import { PngFormatError, decodePng, encodeInkAlphaPng, encodePng, type RgbaImage } from './png';

/**
 * Cleaning a signature before it is stored (and hashed): make the paper — or the transparent
 * background of a drawing — transparent and trim the empty margins, so the ink sits on the pledge
 * without a white box over the Meterai. The rule is shared with the browser (shared/pakta/ink.ts).
 *
 * PNG only: JPEG scans are cleaned in the renderer, which decodes them for free: it draws the image
 * on a `<canvas>`, applies the same rule, and uploads the result as a PNG.
 */

/** Largest scan cleaned here (an A4 page at 300 dpi is 8.7 million pixels). */
const MAX_CLEAN_PIXELS = 20_000_000;

/**
 * Returns the stored form of a PNG signature: paper transparent (alpha ramps down from dark ink
 * to paper), margins cut off. A single-ink result — any drawn signature, most scans — is an
 * ink-alpha PNG (png.ts, encodeInkAlphaPng), whose rows the PDF uses as a soft mask without
 * decoding; anything else an RGBA PNG without row filters. Throws `AppFailure`: UNSUPPORTED_FILE
 * for a JPEG or a broken PNG, TOO_LARGE beyond the limits, INVALID_INPUT when no ink is found.
 */
export function cleanSignature(bytes: Uint8Array, options: InkOptions = {}): Uint8Array {
  const info = checkImage(bytes, 'Tanda tangan');
  if (info.mimeType !== 'image/png') {
    throw new AppFailure('UNSUPPORTED_FILE', 'Pembersihan latar tanda tangan di sini hanya untuk PNG; gambar JPEG dibersihkan di layar unggah.');
  }
  if (info.width * info.height > MAX_CLEAN_PIXELS) {
    throw new AppFailure('TOO_LARGE', 'Gambar tanda tangan terlalu besar untuk dibersihkan (maksimal 20 juta piksel). Potong atau perkecil gambar terlebih dahulu.');
  }
  const image = decodeOrFail(bytes);
  const box = clearPaper(image.data, image.width, image.height, options);
  if (!box) throw new AppFailure('INVALID_INPUT', NO_INK_MESSAGE);
  const trimmed = crop(image, box.left, box.top, box.width, box.height);
  const { ink, alpha } = analyse(trimmed);
  if (ink >= 0 && alpha) {
    // One pen colour: store it as an ink-alpha PNG, which prints without any decoding.
    return encodeInkAlphaPng(trimmed.width, trimmed.height, [(ink >> 16) & 0xff, (ink >> 8) & 0xff, ink & 0xff], alpha);
  }
  return encodePng(trimmed.width, trimmed.height, trimmed.data, 4);
}

function crop(image: RgbaImage, left: number, top: number, width: number, height: number): RgbaImage {
  const data = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y += 1) {
    const from = ((top + y) * image.width + left) * 4;
    data.set(image.data.subarray(from, from + width * 4), y * width * 4);
  }
  return { width, height, data };
}

function decodeOrFail(bytes: Uint8Array): RgbaImage {
  try {
    return decodePng(bytes);
  } catch (error) {
    if (error instanceof PngFormatError) throw new AppFailure('UNSUPPORTED_FILE', 'Gambar PNG tanda tangan rusak atau tidak dapat dibaca.');
    throw error;
  }
}
