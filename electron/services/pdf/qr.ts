import { pdfmakeRequire } from './modules';

/**
 * QR codes for the verification footer, encoded by the QR encoder that ships inside pdfmake
 * (`pdfmake/js/qrEnc.js`, public domain) so no dependency is added. That module only exposes
 * `measure(node)`, which returns the code as canvas rectangles of 5 units per module; we read
 * the module matrix back from those rectangles and draw it ourselves as one vector path.
 */

/** Square module matrix, `true` = dark, row by row. */
export interface QrMatrix {
  size: number;
  dark: Uint8Array;
}

/** Error-correction level of ISO/IEC 18004: L 7 %, M 15 %, Q 25 %, H 30 %. */
export type QrEccLevel = 'L' | 'M' | 'Q' | 'H';

/** Options for {@link qrMatrix}. */
export interface QrOptions {
  eccLevel?: QrEccLevel;
  /**
   * Data mask 0–7, or -1 to let the encoder try all eight and keep the one with the lowest
   * penalty score. Every mask is valid for every decoder; the search costs about 2 ms per code,
   * which is 2 s of a 1,000-page batch, so batches pass a fixed mask.
   */
  mask?: number;
}

interface QrRect {
  x: number;
  y: number;
  w: number;
  h: number;
}

interface QrEncoderModule {
  measure(node: { qr: string; eccLevel?: string; mask?: number }): { _canvas: unknown; _width: unknown };
}

let encoder: QrEncoderModule | null = null;

function loadEncoder(): QrEncoderModule {
  if (encoder) return encoder;
  const loaded: unknown = pdfmakeRequire('./qrEnc.js');
  const candidate = (loaded as { default?: unknown }).default ?? loaded;
  if (typeof (candidate as { measure?: unknown }).measure !== 'function') {
    throw new Error('pdfmake QR encoder not found (pdfmake/js/qrEnc.js)');
  }
  encoder = candidate as QrEncoderModule;
  return encoder;
}

function isRect(value: unknown): value is QrRect {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  return typeof r.x === 'number' && typeof r.y === 'number' && typeof r.w === 'number' && typeof r.h === 'number';
}

/** Units per module in the encoder's canvas output when no `fit` is given. */
const ENCODER_MODULE_UNITS = 5;

/** Encodes `text` (octet mode for anything beyond upper-case alphanumerics) as a QR matrix. */
export function qrMatrix(text: string, options: QrOptions = {}): QrMatrix {
  const node = { qr: text, eccLevel: options.eccLevel ?? 'M', mask: options.mask ?? -1 };
  const measured = loadEncoder().measure(node);
  const canvas = measured._canvas;
  const width = measured._width;
  if (!Array.isArray(canvas) || typeof width !== 'number') throw new Error('Unexpected QR encoder output');
  const size = Math.round(width / ENCODER_MODULE_UNITS);
  const dark = new Uint8Array(size * size);
  // The first rectangle is the white background; every further one is a dark module.
  for (let i = 1; i < canvas.length; i += 1) {
    const rect: unknown = canvas[i];
    if (!isRect(rect)) continue;
    const col = Math.round(rect.x / ENCODER_MODULE_UNITS);
    const row = Math.round(rect.y / ENCODER_MODULE_UNITS);
    if (col >= 0 && col < size && row >= 0 && row < size) dark[row * size + col] = 1;
  }
  return { size, dark };
}

/**
 * The dark modules as PDF path operators in module units (origin top-left, y down): one
 * `x y w 1 re` per horizontal run, so a typical code is a few hundred short operators that a
 * single `f` fills. Integer coordinates keep the content stream small and compressible.
 */
export function qrPathOps(matrix: QrMatrix): string {
  const { size, dark } = matrix;
  const parts: string[] = [];
  for (let row = 0; row < size; row += 1) {
    let col = 0;
    while (col < size) {
      if (dark[row * size + col] !== 1) {
        col += 1;
        continue;
      }
      const start = col;
      while (col < size && dark[row * size + col] === 1) col += 1;
      parts.push(`${start} ${row} ${col - start} 1 re`);
    }
  }
  return parts.join('\n');
}

/**
 * The code as a small SVG (one path of run-length rectangles, module units), for pdfmake
 * documents: pdfmake's own `qr` node only allows whole-point modules.
 */
export function qrSvg(matrix: QrMatrix): string {
  const { size, dark } = matrix;
  const parts: string[] = [];
  for (let row = 0; row < size; row += 1) {
    let col = 0;
    while (col < size) {
      if (dark[row * size + col] !== 1) {
        col += 1;
        continue;
      }
      const start = col;
      while (col < size && dark[row * size + col] === 1) col += 1;
      parts.push(`M${start} ${row}h${col - start}v1h${start - col}z`);
    }
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" width="${size}" height="${size}"><path fill="#000" d="${parts.join('')}"/></svg>`;
}
