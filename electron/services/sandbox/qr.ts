import jsQR from 'jsqr';
import { decode as decodeJpeg } from 'jpeg-js';
import { MAX_IMAGE_PIXELS, MAX_VERIFY_IMAGE_BYTES, formatFileSize } from '../../../shared/limits';
import { AppFailure } from '../../../shared/result';
import { sniffImage } from '../images';
import { PngFormatError, decodePng } from '../pdf/png';

/**
 * The QR code on a photo or scan of a paper pledge (PNG or JPEG), read in the parsing sandbox:
 * size cap first, then the header's pixel count against the same cap as every other image, then
 * the decoder (pngjs through pdf/png.ts, whose inflate is capped; jpeg-js with its own resolution
 * and memory limits), then jsQR. A large photo is read from a downscaled copy first: jsQR finds a
 * printed QR faster and as well there, and the full image is tried only when that fails.
 */

/** What the sandbox returns: the QR's text, or null when no QR was found. */
export interface QrImageRead {
  text: string | null;
}

/** Longest side of the downscaled copy tried first. */
const SCAN_SIDE = 1600;
/** The full image is tried after the copy only up to this many pixels (jsQR's time grows with them). */
const FULL_SCAN_PIXELS = 16_000_000;

interface Rgba {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

function decode(bytes: Uint8Array): Rgba {
  const info = sniffImage(bytes);
  if (!info) throw new AppFailure('UNSUPPORTED_FILE', 'Berkas ini bukan gambar PNG atau JPEG yang utuh. Seret berkas PDF, atau foto/pindaian pakta dalam PNG atau JPEG.');
  if (info.width < 1 || info.height < 1 || info.width * info.height > MAX_IMAGE_PIXELS) {
    throw new AppFailure('TOO_LARGE', `Gambar ${info.width} × ${info.height} piksel terlalu besar untuk diperiksa. Perkecil gambar lalu coba lagi.`);
  }
  try {
    if (info.mimeType === 'image/png') {
      const image = decodePng(bytes);
      return { width: image.width, height: image.height, data: new Uint8ClampedArray(image.data.buffer, image.data.byteOffset, image.data.byteLength) };
    }
    const image = decodeJpeg(bytes, { useTArray: true, formatAsRGBA: true, maxResolutionInMP: MAX_IMAGE_PIXELS / 1_000_000, maxMemoryUsageInMB: 256 });
    return { width: image.width, height: image.height, data: new Uint8ClampedArray(image.data.buffer, image.data.byteOffset, image.data.byteLength) };
  } catch (error) {
    if (error instanceof AppFailure) throw error;
    if (error instanceof PngFormatError || error instanceof Error) {
      throw new AppFailure('UNSUPPORTED_FILE', 'Gambar rusak atau tidak dapat dibaca. Simpan ulang foto atau pindaiannya sebagai PNG atau JPEG, lalu coba lagi.');
    }
    throw error;
  }
}

/** A copy whose longest side is at most `side` (box average over each block of pixels). */
function downscaled(image: Rgba, side: number): Rgba {
  const factor = Math.ceil(Math.max(image.width, image.height) / side);
  const width = Math.floor(image.width / factor);
  const height = Math.floor(image.height / factor);
  const data = new Uint8ClampedArray(width * height * 4);
  const area = factor * factor;
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const sums = [0, 0, 0, 0];
      for (let dy = 0; dy < factor; dy += 1) {
        let from = ((y * factor + dy) * image.width + x * factor) * 4;
        for (let dx = 0; dx < factor; dx += 1, from += 4) {
          for (let c = 0; c < 4; c += 1) sums[c] = (sums[c] ?? 0) + (image.data[from + c] ?? 0);
        }
      }
      const to = (y * width + x) * 4;
      for (let c = 0; c < 4; c += 1) data[to + c] = (sums[c] ?? 0) / area;
    }
  }
  return { width, height, data };
}

function scan(image: Rgba): string | null {
  return jsQR(image.data, image.width, image.height, { inversionAttempts: 'attemptBoth' })?.data ?? null;
}

/** Reads the QR of a PNG or JPEG photo or scan. Throws `AppFailure` (TOO_LARGE, UNSUPPORTED_FILE). */
export function readQrFromImage(bytes: Uint8Array): QrImageRead {
  if (bytes.length > MAX_VERIFY_IMAGE_BYTES) {
    throw new AppFailure('TOO_LARGE', `Gambar terlalu besar untuk diperiksa (maksimal ${formatFileSize(MAX_VERIFY_IMAGE_BYTES)}).`);
  }
  const image = decode(bytes);
  const large = Math.max(image.width, image.height) > SCAN_SIDE;
  const first = scan(large ? downscaled(image, SCAN_SIDE) : image);
  if (first !== null || !large || image.width * image.height > FULL_SCAN_PIXELS) return { text: first };
  return { text: scan(image) };
}
