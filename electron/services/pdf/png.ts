import { promisify } from 'node:util';
import { deflateSync, inflate, inflateSync } from 'node:zlib';

const inflateAsync = promisify(inflate);

/**
 * A minimal PNG codec on top of node:zlib, so the PDF service can draw QR codes as tiny images,
 * build test fixtures and clean scanned signatures without a new dependency. Decoding covers every
 * colour type and bit depth of the PNG spec (ISO/IEC 15948), including Adam7 interlacing; the
 * output is always 8-bit RGBA.
 */

/** Decoded image: `width × height` pixels, 4 bytes each (R, G, B, A), rows top to bottom. */
export interface RgbaImage {
  width: number;
  height: number;
  data: Uint8Array;
}

const PNG_SIGNATURE = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const CRC_TABLE: Uint32Array = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array, start: number, end: number): number {
  let c = 0xffffffff;
  for (let i = start; i < end; i += 1) c = (CRC_TABLE[(c ^ (bytes[i] ?? 0)) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, body: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + body.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, body.length);
  for (let i = 0; i < 4; i += 1) out[4 + i] = type.charCodeAt(i);
  out.set(body, 8);
  view.setUint32(8 + body.length, crc32(out, 4, 8 + body.length));
  return out;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  let total = 0;
  for (const part of parts) total += part.length;
  const out = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** Options for {@link encodePng}. */
export interface EncodePngOptions {
  /** zlib level 0–9; 6 by default. */
  level?: number;
  /** Row filter: none (default; best for line art) or Paeth (what browsers often pick). */
  filter?: 'none' | 'paeth';
}

/**
 * Encodes 8-bit pixels as a PNG. `channels` 1 = grey, 3 = RGB, 4 = RGBA; every row uses filter 0
 * (none), which is what small line art (QR codes, signatures) compresses best with anyway.
 */
export function encodePng(
  width: number,
  height: number,
  pixels: Uint8Array,
  channels: 1 | 3 | 4 = 4,
  options: EncodePngOptions = {},
): Uint8Array {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1) {
    throw new RangeError(`Invalid PNG size ${width}×${height}`);
  }
  const stride = width * channels;
  if (pixels.length !== stride * height) throw new RangeError('Pixel buffer does not match the PNG size');
  const raw = new Uint8Array((stride + 1) * height);
  const paethFilter = options.filter === 'paeth';
  for (let y = 0; y < height; y += 1) {
    const target = y * (stride + 1);
    if (!paethFilter) {
      raw[target] = 0;
      raw.set(pixels.subarray(y * stride, (y + 1) * stride), target + 1);
      continue;
    }
    raw[target] = 4;
    for (let x = 0; x < stride; x += 1) {
      const at = y * stride + x;
      const left = x >= channels ? (pixels[at - channels] as number) : 0;
      const up = y > 0 ? (pixels[at - stride] as number) : 0;
      const upLeft = y > 0 && x >= channels ? (pixels[at - stride - channels] as number) : 0;
      raw[target + 1 + x] = ((pixels[at] as number) - paeth(left, up, upLeft)) & 0xff;
    }
  }
  const ihdr = new Uint8Array(13);
  const view = new DataView(ihdr.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  ihdr[8] = 8;
  ihdr[9] = channels === 1 ? 0 : channels === 3 ? 2 : 6;
  const idat = deflateSync(raw, { level: options.level ?? 6 });
  return concat([PNG_SIGNATURE, chunk('IHDR', ihdr), chunk('IDAT', idat), chunk('IEND', new Uint8Array(0))]);
}

/**
 * A single-ink image with transparency as an indexed PNG whose palette is the ink colour 256
 * times and whose tRNS gives entry i the alpha i. So the pixel index *is* the coverage: a normal
 * PNG for any viewer, and its image data (rows of 8-bit indices, filter none) can be used as a
 * PDF soft mask without decoding (see images.ts, {@link isInkAlphaPng}).
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
  return concat([PNG_SIGNATURE, chunk('IHDR', ihdr), chunk('PLTE', palette), chunk('tRNS', trns), chunk('IDAT', deflateSync(raw)), chunk('IEND', new Uint8Array(0))]);
}

/**
 * The ink colour of a PNG written by {@link encodeInkAlphaPng} (or any 8-bit, non-interlaced
 * indexed PNG with one colour and alpha = index), or null for any other PNG.
 */
export function isInkAlphaPng(parsed: ParsedPng): readonly [number, number, number] | null {
  const { header, palette } = parsed;
  if (header.colorType !== 3 || header.bitDepth !== 8 || header.interlace !== 0 || !palette?.alpha) return null;
  const { rgb, alpha } = palette;
  if (rgb.length < 3 || alpha.length !== rgb.length / 3) return null;
  const ink: [number, number, number] = [rgb[0] as number, rgb[1] as number, rgb[2] as number];
  for (let i = 0; i < alpha.length; i += 1) {
    if (alpha[i] !== i || rgb[i * 3] !== ink[0] || rgb[i * 3 + 1] !== ink[1] || rgb[i * 3 + 2] !== ink[2]) return null;
  }
  return ink;
}

/** Thrown by {@link decodePng} for bytes that are not a PNG it can read. */
export class PngFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PngFormatError';
  }
}

/** IHDR fields. */
export interface PngHeader {
  width: number;
  height: number;
  bitDepth: number;
  colorType: number;
  interlace: number;
}

const CHANNELS_BY_COLOR_TYPE: Readonly<Record<number, number>> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  if (pa <= pb && pa <= pc) return a;
  return pb <= pc ? b : c;
}

/**
 * Reverses the per-row filters; returns the unfiltered rows without filter bytes. Written as one
 * tight loop per filter type over typed arrays (the casts only tell TypeScript the index is in
 * range): this is the hot loop of every signature decoded.
 */
function unfilter(data: Uint8Array, offset: number, height: number, bpp: number, rowBytes: number): Uint8Array {
  const out = new Uint8Array(rowBytes * height);
  for (let y = 0; y < height; y += 1) {
    const filter = data[offset + y * (rowBytes + 1)];
    const src = offset + y * (rowBytes + 1) + 1;
    const row = y * rowBytes;
    const prev = row - rowBytes;
    switch (filter) {
      case 0:
        out.set(data.subarray(src, src + rowBytes), row);
        break;
      case 1:
        out.set(data.subarray(src, src + Math.min(bpp, rowBytes)), row);
        for (let x = bpp; x < rowBytes; x += 1) out[row + x] = ((data[src + x] as number) + (out[row + x - bpp] as number)) & 0xff;
        break;
      case 2:
        if (y === 0) out.set(data.subarray(src, src + rowBytes), row);
        else for (let x = 0; x < rowBytes; x += 1) out[row + x] = ((data[src + x] as number) + (out[prev + x] as number)) & 0xff;
        break;
      case 3:
        if (y === 0) {
          out.set(data.subarray(src, src + Math.min(bpp, rowBytes)), row);
          for (let x = bpp; x < rowBytes; x += 1) out[row + x] = ((data[src + x] as number) + ((out[row + x - bpp] as number) >> 1)) & 0xff;
        } else {
          for (let x = 0; x < bpp && x < rowBytes; x += 1) out[row + x] = ((data[src + x] as number) + ((out[prev + x] as number) >> 1)) & 0xff;
          for (let x = bpp; x < rowBytes; x += 1) {
            out[row + x] = ((data[src + x] as number) + (((out[row + x - bpp] as number) + (out[prev + x] as number)) >> 1)) & 0xff;
          }
        }
        break;
      case 4:
        if (y === 0) {
          // Without a row above, Paeth always predicts "left": the Sub filter.
          out.set(data.subarray(src, src + Math.min(bpp, rowBytes)), row);
          for (let x = bpp; x < rowBytes; x += 1) out[row + x] = ((data[src + x] as number) + (out[row + x - bpp] as number)) & 0xff;
        } else {
          // Without a pixel to the left, Paeth predicts "up".
          for (let x = 0; x < bpp && x < rowBytes; x += 1) out[row + x] = ((data[src + x] as number) + (out[prev + x] as number)) & 0xff;
          for (let x = bpp; x < rowBytes; x += 1) {
            const a = out[row + x - bpp] as number;
            const b = out[prev + x] as number;
            const c = out[prev + x - bpp] as number;
            // Paeth predictor, inlined: the hot loop of every browser-made PNG.
            let pa = b - c;
            let pb = a - c;
            let pc = pa + pb;
            if (pa < 0) pa = -pa;
            if (pb < 0) pb = -pb;
            if (pc < 0) pc = -pc;
            const predicted = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
            out[row + x] = ((data[src + x] as number) + predicted) & 0xff;
          }
        }
        break;
      default:
        throw new PngFormatError(`Unknown PNG filter ${String(filter)}`);
    }
  }
  return out;
}

/** Reads the sample at index `i` of a row packed with `bitDepth` bits per sample. */
function sampleAt(row: Uint8Array, rowStart: number, i: number, bitDepth: number): number {
  if (bitDepth === 8) return row[rowStart + i] ?? 0;
  if (bitDepth === 16) return row[rowStart + i * 2] ?? 0; // high byte is enough for 8-bit output
  const perByte = 8 / bitDepth;
  const byte = row[rowStart + Math.floor(i / perByte)] ?? 0;
  const shift = 8 - bitDepth * ((i % perByte) + 1);
  return (byte >> shift) & ((1 << bitDepth) - 1);
}

/** Full 16-bit sample, for matching tRNS keys of 16-bit images exactly. */
function sample16(row: Uint8Array, rowStart: number, i: number, bitDepth: number): number {
  if (bitDepth === 16) return ((row[rowStart + i * 2] ?? 0) << 8) | (row[rowStart + i * 2 + 1] ?? 0);
  return sampleAt(row, rowStart, i, bitDepth);
}

/** PLTE (+ tRNS alpha). */
export interface Palette {
  rgb: Uint8Array;
  alpha: Uint8Array | null;
}

function writePixels(
  out: RgbaImage,
  rows: Uint8Array,
  header: PngHeader,
  passWidth: number,
  passHeight: number,
  rowBytes: number,
  place: (x: number, y: number) => number,
  palette: Palette | null,
  transparentKey: readonly number[] | null,
): void {
  const { bitDepth, colorType } = header;
  const channels = CHANNELS_BY_COLOR_TYPE[colorType] ?? 1;
  const scale = bitDepth < 8 && colorType !== 3 ? 255 / ((1 << bitDepth) - 1) : 1;
  for (let y = 0; y < passHeight; y += 1) {
    const rowStart = y * rowBytes;
    for (let x = 0; x < passWidth; x += 1) {
      const target = place(x, y) * 4;
      const base = x * channels;
      let r: number;
      let g: number;
      let b: number;
      let a = 255;
      if (colorType === 3) {
        const index = sampleAt(rows, rowStart, x, bitDepth);
        r = palette?.rgb[index * 3] ?? 0;
        g = palette?.rgb[index * 3 + 1] ?? 0;
        b = palette?.rgb[index * 3 + 2] ?? 0;
        a = palette?.alpha && index < palette.alpha.length ? (palette.alpha[index] ?? 255) : 255;
      } else if (colorType === 0 || colorType === 4) {
        const grey = Math.round(sampleAt(rows, rowStart, base, bitDepth) * scale);
        r = grey;
        g = grey;
        b = grey;
        if (colorType === 4) a = sampleAt(rows, rowStart, base + 1, bitDepth);
        else if (transparentKey && sample16(rows, rowStart, base, bitDepth) === transparentKey[0]) a = 0;
      } else {
        r = sampleAt(rows, rowStart, base, bitDepth);
        g = sampleAt(rows, rowStart, base + 1, bitDepth);
        b = sampleAt(rows, rowStart, base + 2, bitDepth);
        if (colorType === 6) a = sampleAt(rows, rowStart, base + 3, bitDepth);
        else if (
          transparentKey &&
          sample16(rows, rowStart, base, bitDepth) === transparentKey[0] &&
          sample16(rows, rowStart, base + 1, bitDepth) === transparentKey[1] &&
          sample16(rows, rowStart, base + 2, bitDepth) === transparentKey[2]
        ) {
          a = 0;
        }
      }
      out.data[target] = r;
      out.data[target + 1] = g;
      out.data[target + 2] = b;
      out.data[target + 3] = a;
    }
  }
}

const ADAM7: readonly (readonly [number, number, number, number])[] = [
  [0, 0, 8, 8],
  [4, 0, 8, 8],
  [0, 4, 4, 8],
  [2, 0, 4, 4],
  [0, 2, 2, 4],
  [1, 0, 2, 2],
  [0, 1, 1, 2],
];

/** Upper bound on decoded pixels (about 400 MB of RGBA would be far beyond any signature scan). */
export const MAX_DECODED_PIXELS = 40_000_000;

/** A PNG split into its header and still-compressed image data. */
export interface ParsedPng {
  header: PngHeader;
  palette: Palette | null;
  transparentKey: number[] | null;
  /** Concatenated IDAT chunks (zlib stream). */
  compressed: Uint8Array;
}

/** Reads the chunks of a PNG without inflating anything. Throws {@link PngFormatError}. */
export function parsePng(bytes: Uint8Array): ParsedPng {
  for (let i = 0; i < PNG_SIGNATURE.length; i += 1) {
    if (bytes[i] !== PNG_SIGNATURE[i]) throw new PngFormatError('Not a PNG file');
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = 8;
  let header: PngHeader | null = null;
  let palette: Palette | null = null;
  let trns: Uint8Array | null = null;
  const idat: Uint8Array[] = [];
  while (offset + 8 <= bytes.length) {
    const length = view.getUint32(offset);
    const type = String.fromCharCode(...bytes.subarray(offset + 4, offset + 8));
    const bodyStart = offset + 8;
    const bodyEnd = bodyStart + length;
    if (bodyEnd + 4 > bytes.length) throw new PngFormatError('Truncated PNG chunk');
    const body = bytes.subarray(bodyStart, bodyEnd);
    if (type === 'IHDR') {
      if (length < 13) throw new PngFormatError('Bad IHDR');
      header = {
        width: view.getUint32(bodyStart),
        height: view.getUint32(bodyStart + 4),
        bitDepth: body[8] ?? 0,
        colorType: body[9] ?? 0,
        interlace: body[12] ?? 0,
      };
    } else if (type === 'PLTE') {
      palette = { rgb: body, alpha: null };
    } else if (type === 'tRNS') {
      trns = body;
    } else if (type === 'IDAT') {
      idat.push(body);
    } else if (type === 'IEND') {
      break;
    }
    offset = bodyEnd + 4;
  }
  if (!header) throw new PngFormatError('Missing IHDR');
  const { width, height, bitDepth, colorType } = header;
  const channels = CHANNELS_BY_COLOR_TYPE[colorType];
  if (channels === undefined || ![1, 2, 4, 8, 16].includes(bitDepth)) {
    throw new PngFormatError('Unsupported PNG colour type or bit depth');
  }
  if (width < 1 || height < 1 || width * height > MAX_DECODED_PIXELS) {
    throw new PngFormatError('PNG dimensions out of range');
  }
  if (colorType === 3 && !palette) throw new PngFormatError('Palette image without PLTE');
  if (palette && trns && colorType === 3) palette = { rgb: palette.rgb, alpha: trns };
  let transparentKey: number[] | null = null;
  if (trns && colorType === 0 && trns.length >= 2) transparentKey = [((trns[0] ?? 0) << 8) | (trns[1] ?? 0)];
  if (trns && colorType === 2 && trns.length >= 6) {
    transparentKey = [0, 2, 4].map((i) => ((trns?.[i] ?? 0) << 8) | (trns?.[i + 1] ?? 0));
  }
  return { header, palette, transparentKey, compressed: concat(idat) };
}

/** Turns the inflated image data of a parsed PNG into RGBA. */
export function finishPng(parsed: ParsedPng, data: Uint8Array): RgbaImage {
  const { header, palette, transparentKey } = parsed;
  const { width, height, bitDepth, colorType, interlace } = header;
  const channels = CHANNELS_BY_COLOR_TYPE[colorType] ?? 1;
  const bitsPerPixel = channels * bitDepth;
  const bpp = Math.max(1, bitsPerPixel >> 3);
  if (interlace !== 1 && bitDepth === 8 && colorType === 6) {
    // RGBA 8-bit, the canvas format: the unfiltered rows already are the output.
    if ((width * 4 + 1) * height > data.length) throw new PngFormatError('Truncated PNG image data');
    return { width, height, data: unfilter(data, 0, height, 4, width * 4) };
  }
  const out: RgbaImage = { width, height, data: new Uint8Array(width * height * 4) };
  const passes: readonly (readonly [number, number, number, number])[] = interlace === 1 ? ADAM7 : [[0, 0, 1, 1]];
  let cursor = 0;
  for (const [x0, y0, dx, dy] of passes) {
    const passWidth = Math.ceil((width - x0) / dx);
    const passHeight = Math.ceil((height - y0) / dy);
    if (passWidth <= 0 || passHeight <= 0) continue;
    const rowBytes = Math.ceil((passWidth * bitsPerPixel) / 8);
    if (cursor + (rowBytes + 1) * passHeight > data.length) throw new PngFormatError('Truncated PNG image data');
    const rows = unfilter(data, cursor, passHeight, bpp, rowBytes);
    cursor += (rowBytes + 1) * passHeight;
    writePixels(out, rows, header, passWidth, passHeight, rowBytes, (x, y) => (y0 + y * dy) * width + x0 + x * dx, palette, transparentKey);
  }
  return out;
}

/**
 * Decodes a PNG into 8-bit RGBA. Throws {@link PngFormatError} for anything malformed, and for
 * images above {@link MAX_DECODED_PIXELS}, before inflating them.
 */
export function decodePng(bytes: Uint8Array): RgbaImage {
  const parsed = parsePng(bytes);
  let data: Uint8Array;
  try {
    data = inflateSync(parsed.compressed);
  } catch {
    throw new PngFormatError('Corrupt PNG image data');
  }
  return finishPng(parsed, data);
}

/** {@link decodePng} with the inflate step on libuv's thread pool (frees the JS thread). */
export async function decodePngAsync(bytes: Uint8Array): Promise<RgbaImage> {
  const parsed = parsePng(bytes);
  let data: Uint8Array;
  try {
    data = await inflateAsync(parsed.compressed);
  } catch {
    throw new PngFormatError('Corrupt PNG image data');
  }
  return finishPng(parsed, data);
}
