// Draws the portable launcher's splash image (resources/splash.bmp, 400 × 225): shown by
// electron-builder's portable launcher while it unpacks the app, so nobody double-clicks again.
// The launcher (NSIS BgImage) only takes a bitmap. Laid out with pdfkit in the app's own font,
// rasterised with poppler's pdftoppm, then written as a 24-bit BMP.
// Run with `npx tsx scripts/make-splash.ts` (needs poppler-utils).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import type PDFKit from 'pdfkit';
import { decodePng } from '../electron/services/pdf/png';

const WIDTH = 400;
const HEIGHT = 225;
const require = createRequire(import.meta.url);
const PDFDocument = require('pdfkit') as typeof PDFKit;

const dir = mkdtempSync(path.join(tmpdir(), 'zi-splash-'));
try {
  const doc = new PDFDocument({ size: [WIDTH, HEIGHT], margin: 0, info: { Title: 'ZI Desk splash' } });
  const pdfFile = path.join(dir, 'splash.pdf');
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  doc.registerFont('regular', 'resources/fonts/Roboto-Regular.ttf');
  doc.registerFont('medium', 'resources/fonts/Roboto-Medium.ttf');
  doc.rect(0, 0, WIDTH, HEIGHT).fill('#1f3a5f');
  doc.rect(0, HEIGHT - 6, WIDTH, 6).fill('#d4a537');
  doc.image('resources/icon.png', 32, 56, { width: 96, height: 96 });
  doc.fillColor('#ffffff').font('medium').fontSize(30).text('ZI Desk', 148, 62, { lineBreak: false });
  doc.font('regular').fontSize(13).text('Sedang membuka aplikasi…', 150, 104, { lineBreak: false });
  doc.fillColor('#d9e2ee').fontSize(10.5).text('Mohon tunggu sebentar; tidak perlu', 150, 130, { lineBreak: false });
  doc.text('mengeklik ikon ZI Desk lagi.', 150, 144, { lineBreak: false });
  doc.end();
  await done;
  writeFileSync(pdfFile, Buffer.concat(chunks));
  execFileSync('pdftoppm', ['-r', '72', '-singlefile', '-png', pdfFile, path.join(dir, 'splash')]);
  const image = decodePng(readFileSync(path.join(dir, 'splash.png')));
  writeFileSync('resources/splash.bmp', encodeBmp24(image.width, image.height, image.data));
  console.log(`resources/splash.bmp written (${image.width} × ${image.height})`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

/**
 * A 24-bit uncompressed Windows bitmap (BITMAPINFOHEADER, rows bottom-up, each padded to 4 bytes)
 * from RGBA pixels. Written by hand: the format is a 54-byte header, and no dependency of the
 * project writes BMP.
 */
function encodeBmp24(width: number, height: number, rgba: Uint8Array): Buffer {
  const rowSize = Math.ceil((width * 3) / 4) * 4;
  const pixelBytes = rowSize * height;
  const out = Buffer.alloc(54 + pixelBytes);
  out.write('BM', 0, 'ascii');
  out.writeUInt32LE(out.length, 2);
  out.writeUInt32LE(54, 10);
  out.writeUInt32LE(40, 14);
  out.writeInt32LE(width, 18);
  out.writeInt32LE(height, 22);
  out.writeUInt16LE(1, 26);
  out.writeUInt16LE(24, 28);
  out.writeUInt32LE(0, 30);
  out.writeUInt32LE(pixelBytes, 34);
  out.writeInt32LE(2835, 38);
  out.writeInt32LE(2835, 42);
  for (let y = 0; y < height; y++) {
    const row = 54 + (height - 1 - y) * rowSize;
    for (let x = 0; x < width; x++) {
      const source = (y * width + x) * 4;
      out[row + x * 3] = rgba[source + 2] ?? 0;
      out[row + x * 3 + 1] = rgba[source + 1] ?? 0;
      out[row + x * 3 + 2] = rgba[source] ?? 0;
    }
  }
  return out;
}
