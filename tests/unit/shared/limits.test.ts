import { describe, expect, it } from 'vitest';
import { checkImage } from '../../../electron/services/pdf/images';
import { extractCodeFromPdf } from '../../../electron/services/signing';
import { MAX_LOGO_BYTES, MAX_VERIFY_PDF_BYTES, formatFileSize, imageSideProblem } from '../../../shared/limits';

describe('formatFileSize', () => {
  it.each([
    [1024 * 1024, '1 MB'],
    [10 * 1024 * 1024, '10 MB'],
    [2.5 * 1024 * 1024, '2,5 MB'],
    [2 * 1024 * 1024 + 1, '2,0 MB'],
    [350 * 1024, '350 KB'],
    [10, '1 KB'],
  ])('%d bytes → %s', (bytes, text) => {
    expect(formatFileSize(bytes)).toBe(text);
  });
});

describe('one limit for both sides', () => {
  it('the PDF engine refuses a logo the settings upload would refuse (1 MB, not 2 MB)', () => {
    const logo = new Uint8Array(Math.round(1.5 * 1024 * 1024));
    expect(() => checkImage(logo, 'Logo')).toThrow(/maksimal 1 MB/);
    // At the limit the size is accepted (the bytes then fail as no image, not as too large).
    expect(() => checkImage(new Uint8Array(MAX_LOGO_BYTES), 'Logo')).toThrow(/bukan gambar/);
  });

  it('main refuses a dropped PDF over the size the verification screen accepts (10 MB, not 50 MB)', () => {
    const pdf = new Uint8Array(MAX_VERIFY_PDF_BYTES + 1);
    expect(() => extractCodeFromPdf(pdf)).toThrow(/maksimal 10 MB/);
  });
});

describe('imageSideProblem', () => {
  it.each([
    [10_000, 10_000, null],
    [10_001, 10, 'Logo terlalu besar (10001 × 10 piksel); lebar dan tinggi maksimal 10.000 piksel.'],
    [10, 12_000, 'Logo terlalu besar (10 × 12000 piksel); lebar dan tinggi maksimal 10.000 piksel.'],
  ])('%d × %d → %s', (width, height, message) => {
    expect(imageSideProblem('Logo', width, height)).toBe(message);
  });

  it('takes a tighter limit where one applies', () => {
    expect(imageSideProblem('Logo', 4001, 10, 4000)).toMatch(/maksimal 4.000 piksel/);
  });
});
