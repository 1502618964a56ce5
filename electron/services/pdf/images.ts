import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { deflate, deflateSync } from 'node:zlib';
import { MAX_LOGO_BYTES, MAX_SIGNATURE_BYTES, formatFileSize, imageSideProblem } from '../../../shared/limits';
import { SOLID_INK_ALPHA, sameInk } from '../../../shared/pakta/ink';
import { AppFailure } from '../../../shared/result';
import { sniffImage, type ImageInfo } from '../images';
import { PngFormatError, decodePng, readInkAlphaPng, type RgbaImage } from './png';

/**
 * Checks on images that go into a PDF (signatures, logos) before pdfkit ever decodes them:
 * the type from the magic bytes, the byte size, and the pixel size from the header alone, so a
 * decompression bomb is refused without allocating its pixels.
 */

/** What the checks call the image in their messages. */
type ImageRole = 'Tanda tangan' | 'Logo';

/**
 * Validates PNG/JPEG bytes. Failures: `TOO_LARGE` (bytes or pixels over the limit),
 * `UNSUPPORTED_FILE` (not a PNG/JPEG, or an unreadable header), each with an Indonesian message.
 */
export function checkImage(bytes: Uint8Array, role: ImageRole, maxBytes: number = role === 'Logo' ? MAX_LOGO_BYTES : MAX_SIGNATURE_BYTES): ImageInfo {
  if (bytes.length === 0) throw new AppFailure('UNSUPPORTED_FILE', `${role} kosong. Unggah berkas gambar PNG atau JPEG.`);
  if (bytes.length > maxBytes) {
    throw new AppFailure('TOO_LARGE', `${role} terlalu besar (${formatFileSize(bytes.length)}); maksimal ${formatFileSize(maxBytes)}.`);
  }
  const info = sniffImage(bytes);
  if (!info) {
    throw new AppFailure('UNSUPPORTED_FILE', `${role} harus berupa gambar PNG atau JPEG; berkas ini bukan gambar yang dikenali.`);
  }
  if (info.width < 1 || info.height < 1) {
    throw new AppFailure('UNSUPPORTED_FILE', `${role} rusak: ukuran gambar tidak dapat dibaca.`);
  }
  const sideProblem = imageSideProblem(role, info.width, info.height);
  if (sideProblem) throw new AppFailure('TOO_LARGE', sideProblem);
  return info;
}

/** SHA-256 (hex) of image bytes, as stored in a pledge's signature snapshot. */
export function imageSha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** An image reduced to what a PDF image XObject needs, computed once per distinct image. */
interface PreparedImage {
  /** Size of the colour samples (1 × 1 for single-ink signatures). */
  width: number;
  height: number;
  /** Size of the soft mask, which is also the image's displayed pixel size. */
  maskWidth: number;
  maskHeight: number;
  colorSpace: 'DeviceGray' | 'DeviceRGB' | 'DeviceCMYK';
  /** Null for raw samples (the 1 × 1 ink colour). */
  filter: 'FlateDecode' | 'DCTDecode' | null;
  /** Compressed samples (Flate), the JPEG file itself (DCT) or raw samples. */
  data: Uint8Array;
  /** Flate-compressed 8-bit alpha channel for a soft mask, or null when fully opaque. */
  alpha: Uint8Array | null;
  /** The alpha rows still carry PNG filter bytes: decode with predictor 15 over this many columns. */
  alphaPredictorColumns?: number;
  /** CMYK JPEGs from Adobe tools store inverted samples. */
  invertCmyk: boolean;
}

function preparedJpeg(bytes: Uint8Array, info: ImageInfo): PreparedImage {
  const components = info.components ?? 3;
  const colorSpace = components === 1 ? 'DeviceGray' : components === 4 ? 'DeviceCMYK' : 'DeviceRGB';
  return { width: info.width, height: info.height, maskWidth: info.width, maskHeight: info.height, colorSpace, filter: 'DCTDecode', data: bytes, alpha: null, invertCmyk: components === 4 };
}

/** What {@link analyse} learns about decoded pixels in one pass. */
interface PixelAnalysis {
  opaque: boolean;
  grey: boolean;
  /** The pen colour when every clearly visible pixel is that one ink (shared/pakta/ink.ts), else -1. */
  ink: number;
  /** The alpha channel, or null when opaque. */
  alpha: Uint8Array | null;
}

/** One pass over RGBA pixels: opacity, greyness, single ink colour, alpha channel. */
export function analyse(image: RgbaImage): PixelAnalysis {
  const pixels = image.width * image.height;
  const rgba = image.data;
  const alpha = new Uint8Array(pixels);
  let opaque = true;
  let grey = true;
  let ink = -1;
  let oneInk = true;
  for (let p = 0, i = 0; p < pixels; p += 1, i += 4) {
    const r = rgba[i] as number;
    const g = rgba[i + 1] as number;
    const b = rgba[i + 2] as number;
    const a = rgba[i + 3] as number;
    alpha[p] = a;
    if (a !== 255) opaque = false;
    if (r !== g || r !== b) grey = false;
    if (oneInk && a >= SOLID_INK_ALPHA) {
      if (ink === -1) ink = (r << 16) | (g << 8) | b;
      else if (!sameInk(r, g, b, (ink >> 16) & 0xff, (ink >> 8) & 0xff, ink & 0xff)) oneInk = false;
    }
  }
  return { opaque, grey, ink: oneInk && !opaque ? Math.max(0, ink) : -1, alpha: opaque ? null : alpha };
}

/** A prepared image before compression: raw samples and the zlib level each deserves. */
interface RawPrepared {
  image: Omit<PreparedImage, 'data' | 'alpha'>;
  samples: Uint8Array;
  alpha: Uint8Array | null;
  level: number;
}

function rawPrepared(image: RgbaImage): RawPrepared {
  const { opaque, grey, ink, alpha } = analyse(image);
  if (alpha && ink >= 0) {
    // A drawn signature: the colour is a single pixel and the soft mask carries the strokes (a PDF
    // soft mask may have other dimensions than its image). Half the work and a third the size.
    // Level 1: stroke masks are mostly runs of 0, so the fastest level loses little (~10 %).
    return {
      image: { width: 1, height: 1, maskWidth: image.width, maskHeight: image.height, colorSpace: 'DeviceRGB', filter: 'FlateDecode', invertCmyk: false },
      samples: Uint8Array.from([(ink >> 16) & 0xff, (ink >> 8) & 0xff, ink & 0xff]),
      alpha,
      level: 1,
    };
  }
  const pixels = image.width * image.height;
  const rgba = image.data;
  const samples = new Uint8Array(pixels * (grey ? 1 : 3));
  if (grey) for (let p = 0; p < pixels; p += 1) samples[p] = rgba[p * 4] as number;
  else {
    for (let p = 0, i = 0; p < pixels; p += 1, i += 4) {
      samples[p * 3] = rgba[i] as number;
      samples[p * 3 + 1] = rgba[i + 1] as number;
      samples[p * 3 + 2] = rgba[i + 2] as number;
    }
  }
  return {
    image: { width: image.width, height: image.height, maskWidth: image.width, maskHeight: image.height, colorSpace: grey ? 'DeviceGray' : 'DeviceRGB', filter: 'FlateDecode', invertCmyk: false },
    samples,
    alpha: opaque ? null : alpha,
    level: 6,
  };
}

function unreadablePng(error: unknown): never {
  if (error instanceof PngFormatError) throw new AppFailure('UNSUPPORTED_FILE', 'Gambar PNG rusak atau tidak dapat dibaca.');
  throw error;
}

/**
 * Everything of {@link prepareImage} but the compression: a JPEG is embedded as is (DCTDecode);
 * an ink-alpha PNG (how cleanSignature stores single-ink signatures) needs neither inflating nor
 * deflating — its compressed rows become the soft mask as they are (PNG predictors are a PDF
 * Flate option) and the ink is a raw 1 × 1 image; any other PNG is decoded and reduced.
 */
function prepareWithoutDeflate(bytes: Uint8Array): PreparedImage | RawPrepared {
  const info = checkImage(bytes, 'Tanda tangan', Number.MAX_SAFE_INTEGER);
  if (info.mimeType === 'image/jpeg') return preparedJpeg(bytes, info);
  try {
    const stored = readInkAlphaPng(bytes);
    if (stored) {
      const { ink, width, height, compressed } = stored;
      return { width: 1, height: 1, maskWidth: width, maskHeight: height, colorSpace: 'DeviceRGB', filter: null, data: Uint8Array.from(ink), alpha: compressed, alphaPredictorColumns: width, invertCmyk: false };
    }
    return rawPrepared(decodePng(bytes));
  } catch (error) {
    unreadablePng(error);
  }
}

/**
 * Converts validated PNG/JPEG bytes into XObject data (see {@link prepareWithoutDeflate}): a PNG
 * is reduced to grey when it has no colour or to one ink colour plus a soft mask when it is a pen
 * signature, and deflated. EXIF orientation of JPEGs is not applied: signatures and logos reach us
 * from the renderer's canvas or from scanners, which write upright pixels.
 */
function prepareImage(bytes: Uint8Array): PreparedImage {
  const prepared = prepareWithoutDeflate(bytes);
  if (!('samples' in prepared)) return prepared;
  return { ...prepared.image, data: deflateSync(prepared.samples, { level: prepared.level }), alpha: prepared.alpha ? deflateSync(prepared.alpha, { level: prepared.level }) : null };
}

const deflateAsync = promisify(deflate);

/** {@link prepareImage} with the deflate step on libuv's thread pool. */
async function prepareImageAsync(bytes: Uint8Array): Promise<PreparedImage> {
  const prepared = prepareWithoutDeflate(bytes);
  if (!('samples' in prepared)) return prepared;
  const [data, alpha] = await Promise.all([
    deflateAsync(prepared.samples, { level: prepared.level }),
    prepared.alpha ? deflateAsync(prepared.alpha, { level: prepared.level }) : Promise.resolve(null),
  ]);
  return { ...prepared.image, data, alpha };
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
  remember(hash, prepared);
  return prepared;
}

function remember(hash: string, prepared: PreparedImage): void {
  if (preparedCache.has(hash)) return;
  preparedCache.set(hash, prepared);
  preparedBytes += prepared.data.length + (prepared.alpha?.length ?? 0);
  for (const [key, entry] of preparedCache) {
    if (preparedBytes <= MAX_PREPARED_BYTES || key === hash) break;
    preparedCache.delete(key);
    preparedBytes -= entry.data.length + (entry.alpha?.length ?? 0);
  }
}

/**
 * Prepares the distinct images of a batch ahead of rendering, several at a time, with zlib on
 * libuv's thread pool: deflating a thousand signatures then overlaps with the JavaScript part of
 * the work instead of adding to it. Results land in the shared cache, where the renderer finds
 * them. Images already cached are skipped.
 */
export async function prefetchImages(images: readonly (Uint8Array | null)[], concurrency = 8, signal?: AbortSignal): Promise<void> {
  const todo = new Map<string, Uint8Array>();
  for (const bytes of images) {
    if (!bytes) continue;
    const hash = imageSha256(bytes);
    if (!preparedCache.has(hash) && !todo.has(hash)) todo.set(hash, bytes);
  }
  const queue = [...todo];
  const workers = Array.from({ length: Math.min(concurrency, queue.length) }, async () => {
    for (let next = queue.shift(); next && !signal?.aborted; next = queue.shift()) {
      const [hash, bytes] = next;
      remember(hash, await prepareImageAsync(bytes));
    }
  });
  await Promise.all(workers);
}
