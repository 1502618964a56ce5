import { describe, expect, it } from 'vitest';
import { INK_PADDING, PAPER_LEVEL, SIGNATURE_INK, clearPaper, sameInk } from '../../../../shared/pakta/ink';

/** One opaque grey pixel of luminance `level` (R = G = B). */
const grey = (level: number): number[] => [level, level, level, 255];

describe('the signature-ink rule', () => {
  it.each([
    ['black ink stays opaque', 0, 255],
    ['ink one ramp below the paper stays opaque', PAPER_LEVEL - 60, 255],
    ['half-way down the ramp is half covered', PAPER_LEVEL - 30, 128],
    ['paper is transparent', PAPER_LEVEL, 0],
    ['white is transparent', 255, 0],
  ])('%s', (_, level, alpha) => {
    const data = Uint8Array.from(grey(level));
    clearPaper(data, 1, 1);
    expect(data[3]).toBe(alpha);
  });

  it('keeps the box of the visible ink plus the padding, clipped to the image', () => {
    const width = 40;
    const height = 30;
    const data = new Uint8Array(width * height * 4);
    for (let p = 0; p < width * height; p += 1) data.set(grey(250), p * 4);
    data.set(grey(20), (12 * width + 20) * 4);
    data.set(grey(20), (13 * width + 35) * 4);
    expect(clearPaper(data, width, height)).toEqual({ left: 20 - INK_PADDING, top: 12 - INK_PADDING, width: width - (20 - INK_PADDING), height: 13 + INK_PADDING - (12 - INK_PADDING) + 1 });
    expect(clearPaper(Uint8Array.from(grey(250)), 1, 1)).toBeNull();
  });

  it('takes the transparent background of a drawing as no ink', () => {
    expect(clearPaper(new Uint8Array(4 * 4 * 4), 4, 4)).toBeNull();
  });

  it('tells one ink from another', () => {
    expect(sameInk(20, 45, 110, 50, 60, 140)).toBe(true);
    expect(sameInk(20, 45, 110, 120, 10, 10)).toBe(false);
  });

  it('keeps the pen colour of the signature pad as ink', () => {
    const pen = [1, 3, 5].map((at) => Number.parseInt(SIGNATURE_INK.slice(at, at + 2), 16));
    expect(clearPaper(new Uint8Array([...pen, 255]), 1, 1)).not.toBeNull();
  });
});
