import { crc32, deflateSync, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { MAX_DECODED_PIXELS, PngFormatError, decodePng, encodeInkAlphaPng, encodePng, readInkAlphaPng } from '../../../../../electron/services/pdf/png';

/** Builds a PNG with any header fields from already filtered rows (for decoder tests). */
function rawPng(width: number, height: number, bitDepth: number, colorType: number, rows: number[][], extra: [string, number[]][] = [], interlace = 0): Uint8Array {
  const chunks: Uint8Array[] = [Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])];
  const chunk = (type: string, body: Uint8Array): void => {
    const out = new Uint8Array(12 + body.length);
    const view = new DataView(out.buffer);
    view.setUint32(0, body.length);
    out.set([...type].map((c) => c.charCodeAt(0)), 4);
    out.set(body, 8);
    view.setUint32(8 + body.length, crc32(out.subarray(4, 8 + body.length)));
    chunks.push(out);
  };
  const ihdr = new Uint8Array(13);
  const view = new DataView(ihdr.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  ihdr.set([bitDepth, colorType, 0, 0, interlace], 8);
  chunk('IHDR', ihdr);
  for (const [type, body] of extra) chunk(type, Uint8Array.from(body));
  chunk('IDAT', deflateSync(Uint8Array.from(rows.flat())));
  chunk('IEND', new Uint8Array(0));
  return Buffer.concat(chunks);
}

const pixel = (image: { width: number; data: Uint8Array }, x: number, y: number): number[] => [...image.data.subarray((y * image.width + x) * 4, (y * image.width + x) * 4 + 4)];

describe('PNG through pngjs', () => {
  it('round-trips RGBA, RGB and grey', () => {
    const rgba = Uint8Array.from([255, 0, 0, 255, 0, 255, 0, 128, 0, 0, 255, 0, 10, 20, 30, 40]);
    expect(decodePng(encodePng(2, 2, rgba, 4))).toEqual({ width: 2, height: 2, data: rgba });
    const rgb = decodePng(encodePng(2, 1, Uint8Array.from([1, 2, 3, 4, 5, 6]), 3));
    expect([...rgb.data]).toEqual([1, 2, 3, 255, 4, 5, 6, 255]);
    const grey = decodePng(encodePng(1, 2, Uint8Array.from([0, 200]), 1));
    expect([...grey.data]).toEqual([0, 0, 0, 255, 200, 200, 200, 255]);
  });

  it('round-trips with the Paeth filter', () => {
    const pixels = Uint8Array.from({ length: 5 * 3 * 4 }, (_, i) => (i * 37) % 256);
    expect(decodePng(encodePng(5, 3, pixels, 4, { filter: 'paeth' })).data).toEqual(pixels);
    const rgb = Uint8Array.from({ length: 4 * 4 * 3 }, (_, i) => (i * 11) % 256);
    expect(decodePng(encodePng(4, 4, rgb, 3, { filter: 'paeth' })).data.filter((_, i) => i % 4 !== 3)).toEqual(rgb);
  });

  it('undoes the Sub, Up, Average and Paeth filters', () => {
    // Grey 8-bit, 3×4: each row uses another filter; raw values are 10, 20, 30 (+ row * 5).
    const rows = [
      [1, 10, 10, 10], // Sub: 10, 20, 30
      [2, 5, 5, 5], // Up: 15, 25, 35
      [3, 13, 10, 10], // Average: 20 → 20+(20>>1)? computed below
      [4, 5, 5, 5], // Paeth
    ];
    const image = decodePng(rawPng(3, 4, 8, 0, rows));
    const values = Array.from({ length: 12 }, (_, i) => image.data[i * 4]);
    expect(values.slice(0, 6)).toEqual([10, 20, 30, 15, 25, 35]);
    // Average row: x0 = 13 + (0 + 15) >> 1 = 20; x1 = 10 + (20 + 25) >> 1 = 32; x2 = 10 + (32 + 35) >> 1 = 43.
    expect(values.slice(6, 9)).toEqual([20, 32, 43]);
    // Paeth row: x0 = 5 + paeth(0, 20, 0) = 25; x1 = 5 + paeth(25, 32, 20) = 5 + 32 = 37; x2 = 5 + paeth(37, 43, 32) = 5 + 43 = 48.
    expect(values.slice(9, 12)).toEqual([25, 37, 48]);
  });

  it('reads palette images with transparency, 1-bit grey and 16-bit RGBA', () => {
    const palette = decodePng(rawPng(2, 1, 8, 3, [[0, 0, 1]], [['PLTE', [255, 255, 255, 0, 0, 128]], ['tRNS', [0]]]));
    expect(pixel(palette, 0, 0)).toEqual([255, 255, 255, 0]);
    expect(pixel(palette, 1, 0)).toEqual([0, 0, 128, 255]);
    const bits = decodePng(rawPng(8, 1, 1, 0, [[0, 0b10100000]]));
    expect(pixel(bits, 0, 0)).toEqual([255, 255, 255, 255]);
    expect(pixel(bits, 1, 0)).toEqual([0, 0, 0, 255]);
    expect(pixel(bits, 2, 0)).toEqual([255, 255, 255, 255]);
    const deep = decodePng(rawPng(1, 1, 16, 6, [[0, 0x12, 0x34, 0x56, 0x78, 0x9a, 0xbc, 0xff, 0xff]]));
    expect(pixel(deep, 0, 0)).toEqual([0x12, 0x56, 0x9a, 0xff]);
  });

  it('reads an Adam7-interlaced image', () => {
    // 2×2 grey: pass 1 holds (0,0); pass 6 holds (1,0); pass 7 holds row 1.
    const image = decodePng(rawPng(2, 2, 8, 0, [[0, 11], [0, 22], [0, 33, 44]], [], 1));
    expect([0, 1, 2, 3].map((i) => image.data[i * 4])).toEqual([11, 22, 33, 44]);
  });

  it('writes and recognises ink-alpha PNGs (index = coverage)', () => {
    const alpha = Uint8Array.from([0, 64, 128, 255, 255, 0]);
    const png = encodeInkAlphaPng(3, 2, [20, 30, 110], alpha);
    const image = decodePng(png);
    expect([...image.data]).toEqual([...alpha].flatMap((a) => [20, 30, 110, a]));
    expect(readInkAlphaPng(png)).toMatchObject({ ink: [20, 30, 110], width: 3, height: 2 });
    expect(readInkAlphaPng(encodePng(1, 1, Uint8Array.from([1, 2, 3, 4]), 4))).toBeNull();
    // Indexed, but not one ink with alpha = index: not ink-alpha.
    expect(readInkAlphaPng(rawPng(2, 1, 8, 3, [[0, 0, 1]], [['PLTE', [255, 255, 255, 0, 0, 128]], ['tRNS', [0]]]))).toBeNull();
  });

  it('hands the ink-alpha rows over still compressed: one filter byte and the coverage per row', () => {
    const alpha = Uint8Array.from([0, 64, 128, 255, 255, 0]);
    const stored = readInkAlphaPng(encodeInkAlphaPng(3, 2, [20, 30, 110], alpha));
    expect([...inflateSync(stored?.compressed ?? new Uint8Array(0))]).toEqual([0, 0, 64, 128, 0, 255, 255, 0]);
  });

  it('refuses what is not a PNG', () => {
    expect(() => decodePng(new TextEncoder().encode('GIF89a'))).toThrow(PngFormatError);
    const truncated = encodePng(4, 4, new Uint8Array(64), 4).subarray(0, 40);
    expect(() => decodePng(truncated)).toThrow(PngFormatError);
    expect(() => readInkAlphaPng(new TextEncoder().encode('GIF89a'))).toThrow(PngFormatError);
  });

  it('refuses an image above the pixel limit from its header, before inflating anything', () => {
    // 40,001 × 1,000 pixels whose image data is not even zlib (the IDAT body is the last chunk but
    // IEND, 24 bytes from the end): only the header can have refused it.
    const bomb = rawPng(40_001, 1_000, 8, 0, []);
    bomb.set([0xde, 0xad, 0xbe, 0xef], bomb.length - 24);
    expect(40_001 * 1_000).toBeGreaterThan(MAX_DECODED_PIXELS);
    expect(() => decodePng(bomb)).toThrow(/dimensions out of range/);
    expect(() => readInkAlphaPng(bomb)).toThrow(/dimensions out of range/);
    // The same garbage under a small header is a decoding error, from the library.
    const small = rawPng(4, 4, 8, 0, []);
    small.set([0xde, 0xad, 0xbe, 0xef], small.length - 24);
    expect(() => decodePng(small)).toThrow(PngFormatError);
    expect(() => decodePng(small)).not.toThrow(/dimensions/);
  });
});
