import { crc32, deflateSync, inflateSync } from 'node:zlib';
import { PNG, type ColorType } from 'pngjs';
import { MAX_IMAGE_PIXELS } from '../../../shared/limits';

/**
 * PNG for the PDF service, on top of `pngjs` (the one place that imports it). What is ours: the
 * pixel limit, checked from the IHDR header before anything is inflated; one error type for any
 * unreadable PNG; and the ink-alpha form in which single-ink signatures are stored (pngjs writes
 * no indexed PNGs, and the PDF uses the stored rows without decoding them — see images.ts).
 */

/** Decoded image: `width × height` pixels, 4 bytes each (R, G, B, A), rows top to bottom. */
export interface RgbaImage {
  width: number;
  height: number;
  data: Uint8Array;
}

/** Thrown by {@link decodePng} and {@link readInkAlphaPng} for bytes that are not a PNG they can read. */
export class PngFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PngFormatError';
  }
}

/** Upper bound on decoded pixels (about 400 MB of RGBA would be far beyond any signature scan). */
export const MAX_DECODED_PIXELS = MAX_IMAGE_PIXELS;

const PNG_SIGNATURE = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The IHDR fields this module needs, read from the header bytes alone. */
interface PngHeader {
  width: number;
  height: number;
  bitDepth: number;
  colorType: number;
  interlace: number;
}

/** Signature and IHDR (always the first chunk, 13 bytes), without inflating anything. */
function readHeader(bytes: Uint8Array): PngHeader {
  if (bytes.length < 33 || PNG_SIGNATURE.some((byte, i) => bytes[i] !== byte)) throw new PngFormatError('Not a PNG file');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(8) !== 13 || String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR') throw new PngFormatError('Missing IHDR');
  const header = { width: view.getUint32(16), height: view.getUint32(20), bitDepth: bytes[24] ?? 0, colorType: bytes[25] ?? 0, interlace: bytes[28] ?? 0 };
  if (header.width < 1 || header.height < 1 || header.width * header.height > MAX_DECODED_PIXELS) {
    throw new PngFormatError('PNG dimensions out of range');
  }
  return header;
}

/** The chunks this module reads (CRCs are not checked, as before pngjs). */
interface PngChunks {
  plte: Uint8Array | null;
  trns: Uint8Array | null;
  /** The concatenated IDAT chunks: the zlib stream of the image data. */
  idat: Uint8Array;
}

function readChunks(bytes: Uint8Array): PngChunks {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const chunks: PngChunks = { plte: null, trns: null, idat: new Uint8Array(0) };
  const idat: Uint8Array[] = [];
  for (let offset = 8; offset + 8 <= bytes.length; ) {
    const bodyStart = offset + 8;
    const bodyEnd = bodyStart + view.getUint32(offset);
    if (bodyEnd + 4 > bytes.length) throw new PngFormatError('Truncated PNG chunk');
    const type = String.fromCharCode(...bytes.subarray(offset + 4, bodyStart));
    const body = bytes.subarray(bodyStart, bodyEnd);
    if (type === 'PLTE') chunks.plte = body;
    else if (type === 'tRNS') chunks.trns = body;
    else if (type === 'IDAT') idat.push(body);
    else if (type === 'IEND') break;
    offset = bodyEnd + 4;
  }
  chunks.idat = Buffer.concat(idat);
  return chunks;
}

/** Samples per pixel of each PNG colour type (grey, RGB, palette, grey + alpha, RGBA). */
const CHANNELS: Readonly<Record<number, number>> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };
/** Adam7 passes: first column, first row, column step, row step. */
const ADAM7 = [
  [0, 0, 8, 8],
  [4, 0, 8, 8],
  [0, 4, 4, 8],
  [2, 0, 4, 4],
  [0, 2, 2, 4],
  [1, 0, 2, 2],
  [0, 1, 1, 2],
] as const;

/**
 * The exact length of the inflated image data the header declares: every row's bytes plus its
 * filter byte, over the seven reduced images when interlaced (PNG spec 7.2, 8.2).
 */
export function declaredDataLength(header: Pick<PngHeader, 'width' | 'height' | 'bitDepth' | 'colorType' | 'interlace'>): number {
  const channels = CHANNELS[header.colorType];
  if (channels === undefined || ![1, 2, 4, 8, 16].includes(header.bitDepth)) throw new PngFormatError('Unsupported PNG colour type or bit depth');
  const rows = (width: number, height: number): number => (width > 0 && height > 0 ? (Math.ceil((width * channels * header.bitDepth) / 8) + 1) * height : 0);
  if (header.interlace === 0) return rows(header.width, header.height);
  return ADAM7.reduce((sum, [x0, y0, dx, dy]) => sum + rows(Math.ceil((header.width - x0) / dx), Math.ceil((header.height - y0) / dy)), 0);
}

/**
 * Decodes a PNG (any colour type, bit depth or interlacing) into 8-bit RGBA. Throws
 * {@link PngFormatError} for anything unreadable, and for images above {@link MAX_DECODED_PIXELS}
 * before inflating them.
 *
 * The image data is inflated once, here, with the exact length the header declares as the output
 * cap: a stream that would inflate further (a bomb), ends short or is corrupt is refused. pngjs
 * (whose own inflate has no cap for interlaced images and misses zlib errors on current Node) then
 * receives the inflated rows as stored deflate blocks, which it copies rather than decompresses.
 */
export function decodePng(bytes: Uint8Array): RgbaImage {
  const header = readHeader(bytes);
  const expected = declaredDataLength(header);
  const chunks = readChunks(bytes);
  let rows: Buffer;
  try {
    rows = inflateSync(chunks.idat, { maxOutputLength: Math.max(1, expected) });
  } catch {
    throw new PngFormatError('Corrupt PNG image data, or more data than the header declares');
  }
  if (rows.length !== expected) throw new PngFormatError('PNG image data shorter than the header declares');
  const stored = Buffer.concat([
    PNG_SIGNATURE,
    bytes.subarray(8, 33),
    ...(chunks.plte ? [chunk('PLTE', chunks.plte)] : []),
    ...(chunks.trns ? [chunk('tRNS', chunks.trns)] : []),
    chunk('IDAT', deflateSync(rows, { level: 0 })),
    chunk('IEND', new Uint8Array(0)),
  ]);
  let png: PNG;
  try {
    png = PNG.sync.read(stored, { checkCRC: false });
  } catch (error) {
    throw new PngFormatError(error instanceof Error ? error.message : 'Unreadable PNG');
  }
  return { width: png.width, height: png.height, data: new Uint8Array(png.data.buffer, png.data.byteOffset, png.data.byteLength) };
}

/** Options for {@link encodePng}. */
interface EncodePngOptions {
  /** zlib level 0–9; 6 by default. */
  level?: number;
  /** Row filter: none (default; best for line art) or Paeth (what browsers often pick). */
  filter?: 'none' | 'paeth';
}

const COLOR_TYPES: Readonly<Record<1 | 3 | 4, ColorType>> = { 1: 0, 3: 2, 4: 6 };

/** Encodes 8-bit pixels as a PNG: `channels` 1 = grey, 3 = RGB, 4 = RGBA. */
export function encodePng(width: number, height: number, pixels: Uint8Array, channels: 1 | 3 | 4 = 4, options: EncodePngOptions = {}): Uint8Array {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1) throw new RangeError(`Invalid PNG size ${width}×${height}`);
  if (pixels.length !== width * height * channels) throw new RangeError('Pixel buffer does not match the PNG size');
  // PNG.sync.write reads only the image's width, height, gamma and data (pngjs README, "Sync
  // API"); a plain object spares a `new PNG()`, a stream whose pending ticks keep its pixels alive
  // until the caller's loop yields.
  const image = { width, height, gamma: 0, data: Buffer.from(pixels.buffer, pixels.byteOffset, pixels.byteLength) };
  const colorType = COLOR_TYPES[channels];
  return PNG.sync.write(image as unknown as PNG, {
    colorType,
    inputColorType: colorType,
    inputHasAlpha: channels === 4,
    filterType: options.filter === 'paeth' ? 4 : 0,
    deflateLevel: options.level ?? 6,
    deflateStrategy: 0,
  });
}

// ---------------------------------------------------------------- ink-alpha PNGs

function chunk(type: string, body: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + body.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, body.length);
  for (let i = 0; i < 4; i += 1) out[4 + i] = type.charCodeAt(i);
  out.set(body, 8);
  view.setUint32(8 + body.length, crc32(out.subarray(4, 8 + body.length)));
  return out;
}

/**
 * A single-ink image with transparency as an indexed PNG whose palette is the ink colour 256
 * times and whose tRNS gives entry i the alpha i. So the pixel index *is* the coverage: a normal
 * PNG for any viewer, and its image data (rows of 8-bit indices, filter none) can be used as a
 * PDF soft mask without decoding (see images.ts, {@link readInkAlphaPng}).
 */
export function encodeInkAlphaPng(width: number, height: number, ink: readonly [number, number, number], alpha: Uint8Array): Uint8Array {
  if (alpha.length !== width * height) throw new RangeError('Alpha buffer does not match the PNG size');
  const raw = new Uint8Array((width + 1) * height);
  for (let y = 0; y < height; y += 1) raw.set(alpha.subarray(y * width, (y + 1) * width), y * (width + 1) + 1);
  const ihdr = new Uint8Array(13);
  const view = new DataView(ihdr.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  ihdr[8] = 8;
  ihdr[9] = 3;
  const palette = new Uint8Array(256 * 3);
  const trns = new Uint8Array(256);
  for (let i = 0; i < 256; i += 1) {
    palette.set(ink, i * 3);
    trns[i] = i;
  }
  return Buffer.concat([PNG_SIGNATURE, chunk('IHDR', ihdr), chunk('PLTE', palette), chunk('tRNS', trns), chunk('IDAT', deflateSync(raw)), chunk('IEND', new Uint8Array(0))]);
}

/** An ink-alpha PNG as the PDF needs it: the ink, the size and the still-compressed rows. */
interface InkAlphaPng {
  ink: readonly [number, number, number];
  width: number;
  height: number;
  /** The concatenated IDAT chunks: a zlib stream of rows of 8-bit coverage, one filter byte each. */
  compressed: Uint8Array;
}

/**
 * Reads a PNG written by {@link encodeInkAlphaPng} (or any 8-bit, non-interlaced indexed PNG with
 * one colour and alpha = index) without inflating it; null for any other PNG. Throws
 * {@link PngFormatError} for bytes that are not a well-formed PNG.
 */
export function readInkAlphaPng(bytes: Uint8Array): InkAlphaPng | null {
  const { width, height, bitDepth, colorType, interlace } = readHeader(bytes);
  if (colorType !== 3 || bitDepth !== 8 || interlace !== 0) return null;
  const { plte: rgb, trns: alpha, idat } = readChunks(bytes);
  if (!rgb || !alpha || rgb.length < 3 || alpha.length !== rgb.length / 3) return null;
  const ink = [rgb[0], rgb[1], rgb[2]] as [number, number, number];
  for (let i = 0; i < alpha.length; i += 1) {
    if (alpha[i] !== i || rgb[i * 3] !== ink[0] || rgb[i * 3 + 1] !== ink[1] || rgb[i * 3 + 2] !== ink[2]) return null;
  }
  return { ink, width, height, compressed: idat };
}
