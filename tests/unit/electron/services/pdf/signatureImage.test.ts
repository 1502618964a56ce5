import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { decodePng, encodePng, readInkAlphaPng } from '../../../../../electron/services/pdf/png';
import { checkImage } from '../../../../../electron/services/pdf/images';
import { cleanSignature } from '../../../../../electron/services/pdf/signatureImage';
import { pledgePdf } from '../../../../../electron/services/pdf/pledge';
import { makeSignaturePng, sampleInstitution, samplePledge, sha256Hex, withPdfFile } from './fixtures';

/** A "scan": white paper, a dark stroke from (60,40) to (140,44), light grey noise around. */
function scan(): Uint8Array {
  const width = 200;
  const height = 100;
  const rgb = new Uint8Array(width * height * 3);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const ink = x >= 60 && x <= 140 && y >= 40 && y <= 44;
      const value = ink ? 30 : 235 + ((x * 7 + y * 3) % 15);
      rgb.set([value, value, ink ? 90 : value], (y * width + x) * 3);
    }
  }
  return encodePng(width, height, rgb, 3);
}

describe('cleanSignature', () => {
  it('makes the paper transparent and trims to the ink plus padding', () => {
    const cleaned = decodePng(cleanSignature(scan(), { padding: 4 }));
    expect(cleaned.width).toBe(81 + 8);
    expect(cleaned.height).toBe(5 + 8);
    const alphaAt = (x: number, y: number): number => cleaned.data[(y * cleaned.width + x) * 4 + 3] ?? -1;
    expect(alphaAt(0, 0)).toBe(0);
    expect(alphaAt(10, 6)).toBe(255);
    expect([...cleaned.data.subarray((6 * cleaned.width + 10) * 4, (6 * cleaned.width + 10) * 4 + 3)]).toEqual([30, 30, 90]);
  });

  it('refuses a blank scan', () => {
    const white = encodePng(10, 10, new Uint8Array(300).fill(250), 3);
    expect(() => cleanSignature(white)).toThrow('tampak kosong');
  });

  it('leaves JPEG to the renderer', async () => {
    // A real JPEG, rendered by poppler from a one-page PDF.
    const pdf = await pledgePdf(
      {
        pledge: (await import('./fixtures')).sampleNonAsnPledge(),
        signatureImage: null,
        verification: { code: 'ZI-00000000-00000000', qrPayload: `ZID1.test-0000.${'A'.repeat(43)}.${'A'.repeat(86)}.${'0'.repeat(16)}` },
      },
      { institution: sampleInstitution(null), paper: 'A4' },
    );
    const jpeg = await withPdfFile(pdf, async (file, dir) => {
      await promisify(execFile)('pdftoppm', ['-jpeg', '-r', '20', '-singlefile', file, path.join(dir, 'page')]);
      return new Uint8Array(await readFile(path.join(dir, 'page.jpg')));
    });
    expect(checkImage(jpeg, 'Tanda tangan').mimeType).toBe('image/jpeg');
    expect(() => cleanSignature(jpeg)).toThrow('hanya untuk PNG');
  });
});

describe('cleanSignature, the stored form', () => {
  it('stores a drawn signature as a trimmed ink-alpha PNG that prints without decoding', async () => {
    const drawn = makeSignaturePng(31);
    const stored = cleanSignature(drawn);
    expect(readInkAlphaPng(stored)?.ink).toEqual([20, 30, 110]);
    const original = decodePng(drawn);
    const image = decodePng(stored);
    expect(image.width).toBeLessThanOrEqual(original.width);
    expect(image.height).toBeLessThan(original.height);
    // Same strokes: as many visible pixels as before trimming.
    const visible = (img: { data: Uint8Array }): number => img.data.filter((v, i) => i % 4 === 3 && v > 128).length;
    expect(visible(image)).toBe(visible(original));

    const pledge = samplePledge({ signature: { kind: 'drawn', imageSha256: sha256Hex(stored) } });
    const pdf = await pledgePdf(
      { pledge, signatureImage: stored, verification: { code: 'ZI-20220001-00000000', qrPayload: `ZID1.pk-2022-0001.${'A'.repeat(43)}.${'A'.repeat(86)}.${'0'.repeat(16)}` } },
      { institution: sampleInstitution(null), paper: 'A4' },
    );
    expect(Buffer.from(pdf).toString('latin1')).toMatch(/\/Predictor 15/);
    // Rasterise the page and find the blue ink where the signature goes (right column, above the name).
    const page = await withPdfFile(pdf, async (file, dir) => {
      await promisify(execFile)('pdftoppm', ['-png', '-r', '50', '-singlefile', file, path.join(dir, 'page')]);
      return decodePng(new Uint8Array(await readFile(path.join(dir, 'page.png'))));
    });
    let blue = 0;
    for (let y = Math.floor(page.height * 0.6); y < page.height * 0.9; y += 1) {
      for (let x = Math.floor(page.width / 2); x < page.width; x += 1) {
        const i = (y * page.width + x) * 4;
        if ((page.data[i + 2] ?? 0) > 90 && (page.data[i] ?? 255) < 120) blue += 1;
      }
    }
    expect(blue).toBeGreaterThan(50);
  });

  it('stores a single-ink opaque scan as an ink-alpha PNG too', () => {
    expect(readInkAlphaPng(cleanSignature(scan()))?.ink).toEqual([30, 30, 90]);
  });

  it('keeps a signature of several inks as an RGBA PNG', () => {
    // Two strokes on paper: dark blue and dark red, far apart in colour.
    const width = 40;
    const height = 10;
    const rgb = new Uint8Array(width * height * 3).fill(250);
    for (let x = 5; x < 35; x += 1) {
      rgb.set([20, 30, 110], (3 * width + x) * 3);
      rgb.set([120, 10, 10], (6 * width + x) * 3);
    }
    const stored = cleanSignature(encodePng(width, height, rgb, 3), { padding: 0 });
    expect(readInkAlphaPng(stored)).toBeNull();
    const image = decodePng(stored);
    expect([image.width, image.height]).toEqual([30, 4]);
    expect([...image.data.subarray(0, 4)]).toEqual([20, 30, 110, 255]);
  });
});
