import { describe, expect, it } from 'vitest';
import { defaultBounds, minimumSizeFor, parseSavedBounds, restoreBounds, toDip, type Rect } from '../../../../electron/main/windowBounds';

/** A screen in physical pixels with a 40-pixel (physical at 100 %) taskbar scaled like Windows does. */
function workAreaOf(width: number, height: number, scale: number): Rect {
  return toDip({ x: 0, y: 0, width, height: height - Math.round(40 * scale) }, scale);
}

describe('window sizing from the work area', () => {
  it.each([
    ['1366 × 768 at 125 %', 1366, 768, 1.25, { width: 1092, height: 574 }, { width: 960, height: 540 }],
    ['1366 × 768 at 100 %', 1366, 768, 1, { width: 1360, height: 728 }, { width: 960, height: 540 }],
    ['1280 × 720 at 150 %', 1280, 720, 1.5, { width: 853, height: 440 }, { width: 853, height: 440 }],
    ['1920 × 1080 at 125 %', 1920, 1080, 1.25, { width: 1360, height: 824 }, { width: 960, height: 540 }],
    ['1920 × 1080 at 100 %', 1920, 1080, 1, { width: 1360, height: 860 }, { width: 960, height: 540 }],
    ['3840 × 2160 at 200 %', 3840, 2160, 2, { width: 1360, height: 860 }, { width: 960, height: 540 }],
  ])('%s', (_screen, width, height, scale, expected, minimum) => {
    const area = workAreaOf(width, height, scale);
    const bounds = defaultBounds(area);
    expect({ width: bounds.width, height: bounds.height }).toEqual(expected);
    // Never larger than the work area, always inside it, and the minimum fits too.
    expect(bounds.x).toBeGreaterThanOrEqual(area.x);
    expect(bounds.y).toBeGreaterThanOrEqual(area.y);
    expect(bounds.x + bounds.width).toBeLessThanOrEqual(area.x + area.width);
    expect(bounds.y + bounds.height).toBeLessThanOrEqual(area.y + area.height);
    expect(minimumSizeFor(area)).toEqual(minimum);
  });

  it('treats a nonsense scale factor as 100 %', () => {
    expect(toDip({ x: 0, y: 0, width: 1000, height: 500 }, 0)).toEqual({ x: 0, y: 0, width: 1000, height: 500 });
  });
});

describe('remembered bounds', () => {
  const primary: Rect = { x: 0, y: 0, width: 1093, height: 574 };
  const second: Rect = { x: 1093, y: 0, width: 1920, height: 1040 };

  it('restores bounds on a display that is still there', () => {
    const saved = { x: 1200, y: 40, width: 1300, height: 800, maximized: false };
    expect(restoreBounds(saved, [primary, second], primary)).toEqual(saved);
  });

  it('centres the default on the primary display when the monitor is gone', () => {
    const saved = { x: 1200, y: 40, width: 1300, height: 800, maximized: true };
    expect(restoreBounds(saved, [primary], primary)).toEqual({ ...defaultBounds(primary), maximized: true });
  });

  it('counts a window whose title bar is above the screen as off screen', () => {
    expect(restoreBounds({ x: 10, y: -500, width: 900, height: 520, maximized: false }, [primary], primary)).toEqual({ ...defaultBounds(primary), maximized: false });
  });

  it('shrinks and moves a window larger than the work area into it', () => {
    expect(restoreBounds({ x: 100, y: 20, width: 1360, height: 860, maximized: false }, [primary], primary)).toEqual({ x: 0, y: 0, width: 1093, height: 574, maximized: false });
  });

  it('grows a too small window to the minimum', () => {
    expect(restoreBounds({ x: 10, y: 10, width: 200, height: 100, maximized: false }, [second, primary], primary)).toMatchObject({ width: 960, height: 540 });
  });

  it('opens with the default when nothing was saved', () => {
    expect(restoreBounds(undefined, [primary], primary)).toEqual({ ...defaultBounds(primary), maximized: false });
  });

  it('reads a damaged file as nothing saved', () => {
    for (const text of [undefined, '', '{', 'null', '{"x": 1}', '{"x":0,"y":0,"width":-5,"height":10}', '{"x":0,"y":0,"width":"9","height":10}']) {
      expect(parseSavedBounds(text)).toBeUndefined();
    }
    expect(parseSavedBounds('{"x":1.4,"y":2,"width":900,"height":600,"maximized":true}')).toEqual({ x: 1, y: 2, width: 900, height: 600, maximized: true });
  });
});
