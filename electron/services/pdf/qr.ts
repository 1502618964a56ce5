import { create } from 'qrcode';

/**
 * QR codes for the verification footer, encoded by the `qrcode` package (byte mode, automatic
 * version, error-correction level M) and drawn by us as one vector path. The mask is fixed:
 * every ISO/IEC 18004 mask reads the same, and scoring all eight for each code (what an encoder
 * does by default) costs ~3 ms a pledge, 3 s of a 1,000-pledge batch.
 */

/** Square module matrix, `1` = dark, row by row. */
export interface QrMatrix {
  size: number;
  dark: Uint8Array;
}

/** The mask every code uses (ISO/IEC 18004 mask 4: (⌊row / 2⌋ + ⌊column / 3⌋) mod 2). */
export const QR_MASK = 4;

/** Encodes `text` as UTF-8 octets at error-correction level M (15 %). */
export function qrMatrix(text: string): QrMatrix {
  const code = create([{ data: new TextEncoder().encode(text), mode: 'byte' }], { errorCorrectionLevel: 'M', maskPattern: QR_MASK });
  const { size, data } = code.modules;
  const dark = new Uint8Array(size * size);
  for (let index = 0; index < dark.length; index += 1) dark[index] = data[index] ? 1 : 0;
  return { size, dark };
}

/** The horizontal runs of dark modules: row, first column, length. */
function* darkRuns(matrix: QrMatrix): Generator<[number, number, number]> {
  const { size, dark } = matrix;
  for (let row = 0; row < size; row += 1) {
    let col = 0;
    while (col < size) {
      if (dark[row * size + col] !== 1) {
        col += 1;
        continue;
      }
      const start = col;
      while (col < size && dark[row * size + col] === 1) col += 1;
      yield [row, start, col - start];
    }
  }
}

/**
 * The dark modules as PDF path operators in module units (origin top-left, y down): one
 * `x y w 1 re` per horizontal run, so a typical code is a few hundred short operators that a
 * single `f` fills. Integer coordinates keep the content stream small and compressible.
 */
export function qrPathOps(matrix: QrMatrix): string {
  const parts: string[] = [];
  for (const [row, start, length] of darkRuns(matrix)) parts.push(`${start} ${row} ${length} 1 re`);
  return parts.join('\n');
}

/** The dark runs as rectangles in module units (origin top-left, y down), e.g. for a pdfmake canvas. */
export function qrRects(matrix: QrMatrix): { x: number; y: number; w: number }[] {
  return Array.from(darkRuns(matrix), ([row, start, length]) => ({ x: start, y: row, w: length }));
}

/**
 * The code as a small SVG (one path of run-length rectangles, module units), for pdfmake
 * documents: pdfmake's own `qr` node only allows whole-point modules.
 */
export function qrSvg(matrix: QrMatrix): string {
  const { size } = matrix;
  const parts: string[] = [];
  for (const [row, start, length] of darkRuns(matrix)) parts.push(`M${start} ${row}h${length}v1h${-length}z`);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" width="${size}" height="${size}"><path fill="#000" d="${parts.join('')}"/></svg>`;
}
