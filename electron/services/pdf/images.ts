import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import { AppFailure } from '../../../shared/result';
import { sniffImage, type ImageInfo } from '../images';
import { PngFormatError, decodePng, type RgbaImage } from './png';

/**
 * Checks on images that go into a PDF (signatures, logos) before pdfkit ever decodes them:
 * the type from the magic bytes, the byte size, and the pixel size from the header alone, so a
 * decompression bomb is refused without allocating its pixels.
 */

/** Largest signature image accepted (issue 4, "Bad input"). */
export const MAX_SIGNATURE_BYTES = 2 * 1024 * 1024;
/** Largest logo accepted by the PDF service (settings enforce a tighter 1 MB on upload). */
export const MAX_LOGO_BYTES = 2 * 1024 * 1024;
/** Widest or tallest image accepted, in pixels. */
export const MAX_IMAGE_SIDE_PX = 10_000;

/** What the checks call the image in their messages. */
export type ImageRole = 'Tanda tangan' | 'Logo';

function formatMb(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1).replace('.', ',')} MB`;
}

/**
 * Validates PNG/JPEG bytes. Failures: `TOO_LARGE` (bytes or pixels over the limit),
 * `UNSUPPORTED_FILE` (not a PNG/JPEG, or an unreadable header), each with an Indonesian message.
 */
export function checkImage(bytes: Uint8Array, role: ImageRole, maxBytes: number = role === 'Logo' ? MAX_LOGO_BYTES : MAX_SIGNATURE_BYTES): ImageInfo {
  if (bytes.length === 0) throw new AppFailure('UNSUPPORTED_FILE', `${role} kosong. Unggah berkas gambar PNG atau JPEG.`);
  if (bytes.length > maxBytes) {
    throw new AppFailure('TOO_LARGE', `${role} terlalu besar (${formatMb(bytes.length)}); maksimal ${formatMb(maxBytes)}.`);
  }
  const info = sniffImage(bytes);
  if (!info) {
    throw new AppFailure('UNSUPPORTED_FILE', `${role} harus berupa gambar PNG atau JPEG; berkas ini bukan gambar yang dikenali.`);
  }
  if (info.width < 1 || info.height < 1) {
    throw new AppFailure('UNSUPPORTED_FILE', `${role} rusak: ukuran gambar tidak dapat dibaca.`);
  }
  if (info.width > MAX_IMAGE_SIDE_PX || info.height > MAX_IMAGE_SIDE_PX) {
    throw new AppFailure(
      'TOO_LARGE',
      `${role} terlalu besar (${info.width} × ${info.height} piksel); lebar dan tinggi maksimal 10.000 piksel.`,
    );
  }
  return info;
}

/** SHA-256 (hex) of image bytes, as stored in a pledge's signature snapshot. */
export function imageSha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** An image reduced to what a PDF image XObject needs, computed once per distinct image. */
export interface PreparedImage {
  /** Size of the colour samples (1 × 1 for single-ink signatures). */
  width: number;
  height: number;
  /** Size of the soft mask, which is also the image's displayed pixel size. */
  maskWidth: number;
  maskHeight: number;
  colorSpace: 'DeviceGray' | 'DeviceRGB' | 'DeviceCMYK';
  filter: 'FlateDecode' | 'DCTDecode';
  /** Compressed samples (Flate) or the JPEG file itself (DCT). */
  data: Uint8Array;
  /** Flate-compressed 8-bit alpha channel for a soft mask, or null when fully opaque. */
  alpha: Uint8Array | null;
  /** CMYK JPEGs from Adobe tools store inverted samples. */
  invertCmyk: boolean;
}

function jpegComponents(bytes: Uint8Array): number {
  let offset = 2;
  while (offset + 9 < bytes.length) {
    if (bytes[offset] !== 0xff) return 3;
    const marker = bytes[offset + 1] ?? 0;
    if (marker === 0xff) {
      offset += 1;
      continue;
    }
    const length = ((bytes[offset + 2] ?? 0) << 8) | (bytes[offset + 3] ?? 0);
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) return bytes[offset + 9] ?? 3;
    offset += 2 + length;
  }
  return 3;
}

/**
 * Converts validated PNG/JPEG bytes into XObject data: a JPEG is embedded as is (DCTDecode);
 * a PNG is decoded, reduced to grey when it has no colour, split into samples and alpha, and
 * deflated. EXIF orientation of JPEGs is not applied: signatures and logos reach us from the
 * renderer's canvas or from scanners, which write upright pixels.
 */
export function prepareImage(bytes: Uint8Array): PreparedImage {
  const info = checkImage(bytes, 'Tanda tangan', Number.MAX_SAFE_INTEGER);
  if (info.mimeType === 'image/jpeg') {
    const components = jpegComponents(bytes);
    const colorSpace = components === 1 ? 'DeviceGray' : components === 4 ? 'DeviceCMYK' : 'DeviceRGB';
    return { width: info.width, height: info.height, maskWidth: info.width, maskHeight: info.height, colorSpace, filter: 'DCTDecode', data: bytes, alpha: null, invertCmyk: components === 4 };
  }
  let image: RgbaImage;
  try {
    image = decodePng(bytes);
  } catch (error) {
    if (error instanceof PngFormatError) throw new AppFailure('UNSUPPORTED_FILE', 'Gambar PNG rusak atau tidak dapat dibaca.');
    throw error;
  }
  const pixels = image.width * image.height;
  const rgba = image.data;
  // One pass: is it opaque? grey? Do all visible pixels share one colour (pen ink on a canvas)?
  let opaque = true;
  let grey = true;
  let oneInk = true;
  let ink = -1;
  for (let i = 0; i < pixels * 4; i += 4) {
    const r = rgba[i] as number;
    const g = rgba[i + 1] as number;
    const b = rgba[i + 2] as number;
    const a = rgba[i + 3] as number;
    if (a !== 255) opaque = false;
    if (r !== g || r !== b) grey = false;
    if (a !== 0) {
      const color = (r << 16) | (g << 8) | b;
      if (ink === -1) ink = color;
      else if (color !== ink) oneInk = false;
    }
  }
  const alpha = opaque ? null : new Uint8Array(pixels);
  if (alpha) for (let p = 0; p < pixels; p += 1) alpha[p] = rgba[p * 4 + 3] as number;
  if (alpha && oneInk) {
    // A drawn signature: the colour is a single pixel and the soft mask carries the strokes
    // (a PDF soft mask may have other dimensions than its image). Half the work, a third the size.
    const color = Math.max(0, ink);
    return {
      width: 1,
      height: 1,
      maskWidth: image.width,
      maskHeight: image.height,
      colorSpace: 'DeviceRGB',
      filter: 'FlateDecode',
      data: deflateSync(Uint8Array.from([(color >> 16) & 0xff, (color >> 8) & 0xff, color & 0xff])),
      // Level 1: stroke masks are mostly runs of 0, so the fastest level loses little (~10 %).
      alpha: deflateSync(alpha, { level: 1 }),
      invertCmyk: false,
    };
  }
  const channels = grey ? 1 : 3;
  const samples = new Uint8Array(pixels * channels);
  if (grey) for (let p = 0; p < pixels; p += 1) samples[p] = rgba[p * 4] as number;
  else {
    for (let p = 0, i = 0; p < pixels; p += 1, i += 4) {
      samples[p * 3] = rgba[i] as number;
      samples[p * 3 + 1] = rgba[i + 1] as number;
      samples[p * 3 + 2] = rgba[i + 2] as number;
    }
  }
  return {
    width: image.width,
    height: image.height,
    maskWidth: image.width,
    maskHeight: image.height,
    colorSpace: grey ? 'DeviceGray' : 'DeviceRGB',
    filter: 'FlateDecode',
    data: deflateSync(samples),
    alpha: alpha ? deflateSync(alpha) : null,
    invertCmyk: false,
  };
}

/** Prepared images by SHA-256, shared by every document of the process (the logo above all). */
const preparedCache = new Map<string, PreparedImage>();
let preparedBytes = 0;
/** Upper bound of the prepared-image cache; the oldest entries are dropped beyond it. */
const MAX_PREPARED_BYTES = 48 * 1024 * 1024;

/** {@link prepareImage}, cached by content hash. */
export function preparedImageFor(bytes: Uint8Array, hash: string = imageSha256(bytes)): PreparedImage {
  const known = preparedCache.get(hash);
  if (known) {
    preparedCache.delete(hash);
    preparedCache.set(hash, known);
    return known;
  }
  const prepared = prepareImage(bytes);
  const size = prepared.data.length + (prepared.alpha?.length ?? 0);
  preparedCache.set(hash, prepared);
  preparedBytes += size;
  for (const [key, entry] of preparedCache) {
    if (preparedBytes <= MAX_PREPARED_BYTES || key === hash) break;
    preparedCache.delete(key);
    preparedBytes -= entry.data.length + (entry.alpha?.length ?? 0);
  }
  return prepared;
}
