import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { checkJpegStructure } from '../../../../../electron/services/images';
import { PngFormatError, declaredDataLength, decodePng } from '../../../../../electron/services/pdf/png';
import { jpegDeclaring, pngWithData, zlibBomb } from './zipFixtures';

describe('decodePng, bounded by its header', () => {
  it('refuses a 16 × 16 PNG carrying 1 GiB of compressed-away data without inflating it', () => {
    const bomb = pngWithData(16, 16, zlibBomb(1024));
    expect(bomb.length).toBeLessThan(1.1 * 1024 * 1024);
    expect(() => decodePng(bomb)).toThrow(/more data than the header declares/);
  });

  it('refuses image data shorter than the header declares (pngjs would return a blank image)', () => {
    expect(() => decodePng(pngWithData(16, 16, deflateSync(Buffer.alloc(16 * 65 - 1))))).toThrow(PngFormatError);
    expect(decodePng(pngWithData(16, 16, deflateSync(Buffer.alloc(16 * 65))))).toMatchObject({ width: 16, height: 16 });
  });

  it('refuses 20,000 × 20,000 declared pixels from the header alone', () => {
    // The image data is not even zlib: only the header can have refused it.
    expect(() => decodePng(pngWithData(20_000, 20_000, Uint8Array.from([1, 2, 3])))).toThrow(/dimensions out of range/);
  });

  it('declares the exact data length: rows plus filter bytes, and the seven Adam7 passes', () => {
    expect(declaredDataLength({ width: 16, height: 16, bitDepth: 8, colorType: 6, interlace: 0 })).toBe(16 * (16 * 4 + 1));
    expect(declaredDataLength({ width: 3, height: 1, bitDepth: 1, colorType: 0, interlace: 0 })).toBe(2);
    // 2 × 2 grey, interlaced: passes 1 (1 × 1), 6 (1 × 1) and 7 (2 × 1) hold pixels.
    expect(declaredDataLength({ width: 2, height: 2, bitDepth: 8, colorType: 0, interlace: 1 })).toBe(2 + 2 + 3);
  });
});

describe('checkJpegStructure', () => {
  it('accepts a well-formed frame header', () => {
    expect(checkJpegStructure(jpegDeclaring(200, 100))).toBe(true);
    expect(checkJpegStructure(jpegDeclaring(200, 100, 1))).toBe(true);
  });

  it('refuses a JPEG with a bogus declared size', () => {
    expect(checkJpegStructure(jpegDeclaring(0, 100))).toBe(false);
    expect(checkJpegStructure(jpegDeclaring(65_535, 65_535))).toBe(false);
    // A frame header whose length does not match its components, or with 2 components.
    expect(checkJpegStructure(jpegDeclaring(200, 100, 3, 200))).toBe(false);
    expect(checkJpegStructure(jpegDeclaring(200, 100, 2))).toBe(false);
    // No frame header before the image data, a segment running past the end.
    expect(checkJpegStructure(Uint8Array.from([0xff, 0xd8, 0xff, 0xda, 0x00, 0x02, 0xff, 0xd9]))).toBe(false);
    expect(checkJpegStructure(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0x40, 0x00, 0x00]))).toBe(false);
  });
});
