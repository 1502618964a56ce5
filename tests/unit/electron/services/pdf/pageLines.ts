import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { withPdfFile } from './fixtures';

const run = promisify(execFile);

/** One printed line of a page, as `pdftotext -bbox-layout` positions it (points from the top). */
export interface PageLine {
  text: string;
  yMin: number;
  yMax: number;
  /** Height of the tallest word (the type size, roughly). */
  height: number;
}

/** A page: its height and its lines, top to bottom. */
export interface PageLines {
  height: number;
  lines: PageLine[];
}

const decode = (text: string): string =>
  text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

/**
 * The lines of every page with their positions (`pdftotext -bbox-layout`), sorted top to bottom.
 * Lines taller than `maxHeight` points (a watermark's letters) are left out.
 */
export async function pageLines(bytes: Uint8Array, maxHeight = 40): Promise<PageLines[]> {
  const xml = await withPdfFile(bytes, async (file) => (await run('pdftotext', ['-bbox-layout', file, '-'], { maxBuffer: 64 * 1024 * 1024 })).stdout);
  const pages: PageLines[] = [];
  for (const pageMatch of xml.matchAll(/<page width="[\d.]+" height="([\d.]+)">([\s\S]*?)<\/page>/g)) {
    const lines: PageLine[] = [];
    for (const lineMatch of (pageMatch[2] ?? '').matchAll(/<line xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([\s\S]*?)<\/line>/g)) {
      const words = [...(lineMatch[3] ?? '').matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)];
      const height = Math.max(0, ...words.map((word) => Number(word[2]) - Number(word[1])));
      if (height > maxHeight) continue;
      lines.push({ text: decode(words.map((word) => word[3] ?? '').join(' ')), yMin: Number(lineMatch[1]), yMax: Number(lineMatch[2]), height });
    }
    lines.sort((a, b) => a.yMin - b.yMin);
    pages.push({ height: Number(pageMatch[1]), lines });
  }
  return pages;
}

/** Text of every page in reading order (`pdftotext -raw`), pages split on form feeds. */
export async function rawPages(bytes: Uint8Array): Promise<string[]> {
  const text = await withPdfFile(bytes, async (file) => (await run('pdftotext', ['-raw', file, '-'], { maxBuffer: 64 * 1024 * 1024 })).stdout);
  return text.split('\f').slice(0, -1);
}

/**
 * Every heading that ends a page: a line matching `heading` followed on its page by fewer than
 * `minFollowing` body lines (footer lines matching `footer` do not count). Empty when none.
 */
export function strandedHeadings(pages: readonly PageLines[], heading: RegExp, footer: RegExp, minFollowing = 2): string[] {
  const stranded: string[] = [];
  pages.forEach((page, index) => {
    const body = page.lines.filter((line) => !footer.test(line.text));
    body.forEach((line, at) => {
      if (heading.test(line.text) && body.length - at - 1 < minFollowing) stranded.push(`page ${index + 1}: ${line.text}`);
    });
  });
  return stranded;
}
