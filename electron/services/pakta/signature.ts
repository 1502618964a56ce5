import { AppFailure } from '../../../shared/result';
import { sniffImage } from '../images';
import { checkImage } from '../pdf/images';
import { decodePng, encodePng, type RgbaImage } from '../pdf/png';

/**
 * Signature images as they arrive from the renderer: a PNG drawn on the canvas, or a scan
 * (PNG/JPEG) of a signature on paper. They are checked before anything is decoded (type from the
 * magic bytes, ≤ 2 MB, ≤ 10,000 px per side — pdf/images.ts), then tidied so they sit well on the
 * Meterai box: PNGs are trimmed to the ink, and a scan's white paper is made transparent. JPEGs
 * are kept as uploaded (there is no JPEG decoder in the app).
 */

/** Images with more pixels than this are stored as uploaded, without trimming (memory bound). */
const MAX_PROCESSED_PIXELS = 8_000_000;
/** Channel value above which a scanned pixel counts as paper. */
const PAPER_LEVEL = 200;
/** Margin kept around the ink when trimming, in pixels. */
const MARGIN = 4;

/** What to store for a signature: the bytes and their type. */
export interface PreparedSignature {
  bytes: Uint8Array;
  mimeType: 'image/png' | 'image/jpeg';
}

function crop(image: RgbaImage, inked: (offset: number) => boolean): RgbaImage | null {
  let top = image.height;
  let bottom = -1;
  let left = image.width;
  let right = -1;
  for (let y = 0; y < image.height; y += 1) {
    for (let x = 0; x < image.width; x += 1) {
      if (!inked((y * image.width + x) * 4)) continue;
      if (y < top) top = y;
      if (y > bottom) bottom = y;
      if (x < left) left = x;
      if (x > right) right = x;
    }
  }
  if (bottom < 0) return null;
  top = Math.max(0, top - MARGIN);
  left = Math.max(0, left - MARGIN);
  bottom = Math.min(image.height - 1, bottom + MARGIN);
  right = Math.min(image.width - 1, right + MARGIN);
  const width = right - left + 1;
  const height = bottom - top + 1;
  const data = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y += 1) {
    const from = ((top + y) * image.width + left) * 4;
    data.set(image.data.subarray(from, from + width * 4), y * width * 4);
  }
  return { width, height, data };
}

/** Makes near-white pixels transparent and fades light grey ones, so the paper disappears. */
function clearPaper(image: RgbaImage): void {
  const { data } = image;
  for (let offset = 0; offset < data.length; offset += 4) {
    const lightest = Math.min(data[offset] ?? 0, data[offset + 1] ?? 0, data[offset + 2] ?? 0);
    if (lightest >= PAPER_LEVEL) {
      data[offset + 3] = 0;
    } else if (lightest > PAPER_LEVEL - 60) {
      const keep = (PAPER_LEVEL - lightest) / 60;
      data[offset + 3] = Math.round((data[offset + 3] ?? 255) * keep);
    }
  }
}

function emptySignature(): AppFailure {
  return new AppFailure('INVALID_INPUT', 'Tanda tangan masih kosong. Gambar tanda tangan pada kotak, atau pilih cara lain.');
}

/**
 * Checks and tidies a signature. `drawn`: must be a PNG with some ink; it is trimmed. `scan`: a
 * PNG gets its paper made transparent and is trimmed; a JPEG is stored as it is.
 * Throws `AppFailure` (UNSUPPORTED_FILE, TOO_LARGE, INVALID_INPUT) with an Indonesian message.
 */
export function prepareSignature(bytes: Uint8Array, source: 'drawn' | 'scan'): PreparedSignature {
  const info = checkImage(bytes, 'Tanda tangan');
  if (source === 'drawn' && info.mimeType !== 'image/png') {
    throw new AppFailure('UNSUPPORTED_FILE', 'Tanda tangan digital harus berupa gambar PNG dari kotak tanda tangan.');
  }
  if (info.mimeType === 'image/jpeg' || info.width * info.height > MAX_PROCESSED_PIXELS) {
    return { bytes, mimeType: info.mimeType };
  }
  let image: RgbaImage;
  try {
    image = decodePng(bytes);
  } catch {
    throw new AppFailure('UNSUPPORTED_FILE', 'Gambar tanda tangan rusak dan tidak dapat dibaca. Unggah ulang berkas PNG atau JPEG.');
  }
  if (source === 'scan') clearPaper(image);
  const trimmed = crop(image, (offset) => (image.data[offset + 3] ?? 0) > 16);
  if (!trimmed) throw emptySignature();
  const cleaned = encodePng(trimmed.width, trimmed.height, trimmed.data, 4, { level: 9 });
  // Keep whichever is smaller when nothing was gained (already tight, already transparent).
  const result = cleaned.byteLength < bytes.byteLength || source === 'scan' || trimmed.width !== image.width || trimmed.height !== image.height ? cleaned : bytes;
  return { bytes: result, mimeType: 'image/png' };
}

/** The type of an attached scan of a signed paper pledge: PDF, PNG or JPEG. */
export function sniffSignedScan(bytes: Uint8Array): 'application/pdf' | 'image/png' | 'image/jpeg' {
  if (bytes.length === 0) throw new AppFailure('UNSUPPORTED_FILE', 'Berkas pindaian kosong.');
  const head = String.fromCharCode(...bytes.subarray(0, 5));
  if (head === '%PDF-') return 'application/pdf';
  const image = sniffImage(bytes);
  if (image) {
    if (image.width < 1 || image.height < 1) throw new AppFailure('UNSUPPORTED_FILE', 'Gambar pindaian rusak: ukurannya tidak dapat dibaca.');
    if (image.width > 10_000 || image.height > 10_000) {
      throw new AppFailure('TOO_LARGE', `Gambar pindaian terlalu besar (${image.width} × ${image.height} piksel); lebar dan tinggi maksimal 10.000 piksel.`);
    }
    return image.mimeType;
  }
  throw new AppFailure('UNSUPPORTED_FILE', 'Pindaian pakta harus berupa berkas PDF, JPEG atau PNG.');
}
