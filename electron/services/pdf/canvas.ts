/**
 * The drawing surface the document builders talk to. Builders decide *what* goes where (pure
 * layout decisions from measured text); an implementation turns that into PDF operators.
 * Coordinates are PDF points with the origin at the top-left corner of the page and y growing
 * downwards, like pdfmake and CSS.
 */

/** The four faces of the document font. */
export type FontKey = 'regular' | 'bold' | 'italic' | 'boldItalic';

/** Horizontal alignment of one line inside a box of the given width. */
export type TextAlign = 'left' | 'center' | 'right' | 'justify';

/** RGB colour, each channel 0–1. */
export type Rgb = readonly [number, number, number];

/** Options for {@link PageCanvas.text}. */
export interface TextOptions {
  /** Width of the box `align` refers to; without it the text starts at `x`. */
  width?: number;
  align?: TextAlign;
  color?: Rgb;
  underline?: boolean;
}

/** Options for {@link PageCanvas.line} and {@link PageCanvas.rect}. */
export interface StrokeOptions {
  lineWidth?: number;
  color?: Rgb;
  /** Dash length and gap, in points. */
  dash?: readonly [number, number];
}

/** A drawing surface for one page at a time. */
export interface PageCanvas {
  /** Starts a new page of the given size (points); drawing continues there. */
  addPage(width: number, height: number): void;
  /** Advance width of `text` in points. */
  measure(font: FontKey, size: number, text: string): number;
  /** Distance from the top of a line box to its baseline, in points. */
  ascent(font: FontKey, size: number): number;
  /** Splits `text` into lines no wider than `width` (words longer than a line are broken). */
  wrap(font: FontKey, size: number, text: string, width: number): string[];
  /** Draws one line of text whose line box starts at `y` (top). */
  text(font: FontKey, size: number, x: number, y: number, text: string, options?: TextOptions): void;
  line(x1: number, y1: number, x2: number, y2: number, options?: StrokeOptions): void;
  rect(x: number, y: number, width: number, height: number, options?: StrokeOptions & { fill?: Rgb; stroke?: boolean }): void;
  /** Intrinsic pixel size of an image (PNG/JPEG bytes already validated by the caller). */
  imageSize(bytes: Uint8Array): { width: number; height: number };
  /** Draws an image stretched to the box; identical bytes are embedded in the file only once. */
  image(bytes: Uint8Array, x: number, y: number, width: number, height: number): void;
  /**
   * Draws what `draw` draws, shifted by (dx, dy). Implementations may record it once per `key`
   * and reuse it: the same key must always draw the same thing.
   */
  group(key: string, dx: number, dy: number, draw: () => void): void;
  /** Draws a QR code (already encoded) as a vector square of `size` points, quiet zone excluded. */
  qr(modules: { size: number; dark: Uint8Array }, x: number, y: number, size: number): void;
}

/**
 * Greedy line breaking shared by every canvas: words are separated by single spaces, a word wider
 * than the line is cut into pieces that fit. Whitespace runs collapse to one space; a no-break
 * space is part of its word.
 */
export function wrapWords(measure: (text: string) => number, text: string, width: number): string[] {
  // No-break spaces (U+00A0) join words that must stay on one line ("S.H.,\u00a0M.Si.").
  const words = text.split(/[^\S\u00a0]+/).filter((word) => word !== '');
  const lines: string[] = [];
  const spaceWidth = measure(' ');
  let current = '';
  let currentWidth = 0;
  for (const word of words) {
    let wordWidth = measure(word);
    let rest = word;
    if (wordWidth > width) {
      if (current !== '') {
        lines.push(current);
        current = '';
        currentWidth = 0;
      }
      // Break an over-long token (a URL, a name typed without spaces) at the last character that fits.
      while (measure(rest) > width && rest.length > 1) {
        let cut = rest.length - 1;
        while (cut > 1 && measure(rest.slice(0, cut)) > width) cut -= 1;
        lines.push(rest.slice(0, cut));
        rest = rest.slice(cut);
      }
      wordWidth = measure(rest);
    }
    if (current === '') {
      current = rest;
      currentWidth = wordWidth;
    } else if (currentWidth + spaceWidth + wordWidth <= width) {
      current = `${current} ${rest}`;
      currentWidth += spaceWidth + wordWidth;
    } else {
      lines.push(current);
      current = rest;
      currentWidth = wordWidth;
    }
  }
  if (current !== '') lines.push(current);
  return lines;
}
