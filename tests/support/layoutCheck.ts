import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

/**
 * The automated layout check of generated PDFs, as a strict records officer would read them:
 * poppler's `pdftotext -bbox-layout` gives every page's blocks, lines and words with their boxes
 * (a word's height follows its type size), and {@link checkLayout} applies the keep-together and
 * page-standard rules to them:
 * - no heading ends a page without at least two lines of what follows (`lone-heading`);
 * - no page holds only signature blocks (`signature-only-page`) or only headings (`heading-only-page`);
 * - no text outside the page margins (`outside-margins`);
 * - one body size: line heights cluster on one value, other heights only where the caller allows
 *   them (kop, title, footer) or at the smaller sizes the standard allows anywhere (its dense
 *   tables and charts, given as ratios to the body) (`body-size`);
 * - no degree title split across lines: "S.H.," ending a line with "M.Si." starting the next, or a
 *   title broken inside its token ("S." / "H.,") (`split-title`).
 * Used by unit tests (tests/unit) and end-to-end specs (tests/e2e) on real documents.
 */

const run = promisify(execFile);

/** A box in PDF points, origin at the page's top-left corner (as pdftotext reports it). */
export interface Box {
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export interface LayoutWord extends Box {
  text: string;
}

export interface LayoutLine extends Box {
  text: string;
  words: LayoutWord[];
  /** Median height of its words: a stand-in for the type size (about 1.1–1.2 × the size). */
  height: number;
}

export interface LayoutPage {
  /** 1-based. */
  number: number;
  width: number;
  height: number;
  /** Every line of the page, top to bottom (then left to right). */
  lines: LayoutLine[];
}

/** Page margins in points. */
export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export type LayoutRule = 'lone-heading' | 'signature-only-page' | 'heading-only-page' | 'outside-margins' | 'body-size' | 'split-title';

export interface LayoutProblem {
  rule: LayoutRule;
  page: number;
  /** The line (or word) at fault. */
  text: string;
  message: string;
}

/** A line's text as a pattern, or a test of it. */
export type LinePattern = RegExp | ((line: string) => boolean);

export interface LayoutRules {
  /** The page margins no text may cross. */
  margins: Margins;
  /**
   * Bands at the top and bottom of every page, in points from the page edge, holding running
   * heads and footers (kop, verification footer, page numbers): checked for the margins only.
   */
  furniture?: { top?: number; bottom?: number };
  /** Lines that are headings (matched against the whole line's text). */
  headings?: readonly LinePattern[];
  /** Also treat short lines taller than the body (bold-sized display lines) as headings. Default true. */
  detectHeadings?: boolean;
  /** Lines of signature blocks: captions ("Yang mencanangkan,"), "NIP. …". */
  signatureLines?: readonly LinePattern[];
  /**
   * Lines that, on a page with signature blocks, show the page is part of the document (a running
   * title such as "Lanjutan Piagam …"). Running text (a line of 8+ words across most of the
   * width) counts too.
   */
  anchors?: readonly LinePattern[];
  /** Lines allowed another type size than the body (kop, title). */
  sizeExceptions?: readonly LinePattern[];
  /**
   * Smaller type sizes allowed on any line, as ratios to the body size (the page standard's dense
   * tables, 11/12, and dense charts). The body is then the size the most common one is a ratio of,
   * when that size carries a fair share of the words: a report of long tables is still read
   * against its 12 pt body.
   */
  smallerSizes?: readonly number[];
  /** Lines ignored by every content rule (e.g. a text inside the furniture bands' height). */
  ignore?: readonly LinePattern[];
  /** Lines a heading needs after it on its page. Default 2. */
  linesAfterHeading?: number;
  /** Height difference (points) still counted as the same size. Default 0.6. */
  sizeTolerance?: number;
}

// ---------------------------------------------------------------- reading

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescape(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
    return ENTITIES[name] ?? whole;
  });
}

function box(attributes: string): Box {
  const value = (name: string): number => Number(new RegExp(`${name}="([-\\d.]+)"`).exec(attributes)?.[1] ?? Number.NaN);
  return { xMin: value('xMin'), yMin: value('yMin'), xMax: value('xMax'), yMax: value('yMax') };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/**
 * Parses `pdftotext -bbox-layout` output. The format is poppler's fixed, machine-written XHTML
 * (one element per line, attributes always in the same order), so a few regular expressions read
 * it exactly; no XML library is a dependency of the project.
 */
export function parseBboxLayout(xhtml: string): LayoutPage[] {
  const pages: LayoutPage[] = [];
  for (const pageMatch of xhtml.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)) {
    const lines: LayoutLine[] = [];
    for (const lineMatch of (pageMatch[3] ?? '').matchAll(/<line ([^>]*)>([\s\S]*?)<\/line>/g)) {
      const words = [...(lineMatch[2] ?? '').matchAll(/<word ([^>]*)>([\s\S]*?)<\/word>/g)].map((m) => ({ ...box(m[1] ?? ''), text: unescape(m[2] ?? '') }));
      if (words.length === 0) continue;
      lines.push({ ...box(lineMatch[1] ?? ''), words, text: words.map((w) => w.text).join(' '), height: median(words.map((w) => w.yMax - w.yMin)) });
    }
    lines.sort((a, b) => a.yMin - b.yMin || a.xMin - b.xMin);
    pages.push({ number: pages.length + 1, width: Number(pageMatch[1]), height: Number(pageMatch[2]), lines });
  }
  return pages;
}

/** The pages of a PDF as `pdftotext -bbox-layout` reads them. */
export async function readPdfLayout(bytes: Uint8Array): Promise<LayoutPage[]> {
  const dir = await mkdtemp(path.join(tmpdir(), 'zi-layout-'));
  const file = path.join(dir, 'doc.pdf');
  try {
    await writeFile(file, bytes);
    const { stdout } = await run('pdftotext', ['-bbox-layout', file, '-'], { maxBuffer: 256 * 1024 * 1024 });
    return parseBboxLayout(stdout);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------- rules

const matches = (patterns: readonly LinePattern[] | undefined, text: string): boolean =>
  (patterns ?? []).some((pattern) => (typeof pattern === 'function' ? pattern(text) : pattern.test(text)));

/**
 * One token of a degree or honorific title: "S.H.", "M.Si.", "Sp.PD.", "Dr.", "Hj.", "K.H.", with
 * the comma that separates it from the next ("S.H.,").
 */
const TITLE_TOKEN = /^(?:[A-Z][A-Za-z]{0,3}\.){1,3},?$/;
/** A token that only a line break can have cut out of a title: "M.S", "S", "Si.", "i.,". */
const TITLE_FRAGMENT = /^(?:[A-Z][A-Za-z]{0,3}\.){0,2}[A-Za-z]{1,3}\.?,?$/;

/** Share of the words a size needs to be taken for the body when a smaller size is more common. */
const BODY_MIN_SHARE = 0.05;

/**
 * The body's line height: the height carried by most words (rounded to 0.25 pt); or, when that is
 * one of the `smaller` sizes (ratios to the body), the height it is that ratio of, if that height
 * carries at least {@link BODY_MIN_SHARE} of the words.
 */
function bodyHeight(lines: readonly LayoutLine[], smaller: readonly number[], tolerance: number): number | undefined {
  const counts = new Map<number, number>();
  let total = 0;
  for (const line of lines) {
    const key = Math.round(line.height * 4) / 4;
    counts.set(key, (counts.get(key) ?? 0) + line.words.length);
    total += line.words.length;
  }
  let best: number | undefined;
  let bestCount = 0;
  for (const [height, count] of counts) {
    if (count > bestCount) {
      best = height;
      bestCount = count;
    }
  }
  if (best === undefined) return undefined;
  const common = best;
  const wordsNear = (height: number): number => [...counts].reduce((sum, [key, count]) => (Math.abs(key - height) <= tolerance ? sum + count : sum), 0);
  let larger: { height: number; words: number } | undefined;
  for (const ratio of smaller) {
    const height = common / ratio;
    const words = wordsNear(height);
    if (words >= total * BODY_MIN_SHARE && (larger === undefined || words > larger.words)) larger = { height, words };
  }
  return larger?.height ?? common;
}

/** The line right under `line` in the same column (its box overlaps horizontally), if close. */
function lineBelow(lines: readonly LayoutLine[], line: LayoutLine): LayoutLine | undefined {
  let best: LayoutLine | undefined;
  for (const other of lines) {
    if (other === line || other.yMin < line.yMin + line.height * 0.5) continue;
    if (other.xMax <= line.xMin || other.xMin >= line.xMax) continue;
    if (other.yMin - line.yMax > line.height) continue;
    if (!best || other.yMin < best.yMin) best = other;
  }
  return best;
}

/**
 * Whether the break between `last` (end of one line, after `before` on that line) and `first`
 * (start of the next) cuts a title. Postnominal titles follow the name after a comma, so a break
 * inside them shows as a title token ending in "," before the break or after a comma-ended word.
 */
export function splitsTitle(last: string, first: string, before = ''): boolean {
  // "S.H.," / "M.Si.": two titles of one name on two lines.
  if (last.endsWith(',') && TITLE_TOKEN.test(last) && TITLE_TOKEN.test(first)) return true;
  // "S." / "H.," or "M.S" / "i.": one title token cut in two.
  if (last.endsWith(',') || !TITLE_TOKEN.test(`${last}${first}`) || !TITLE_FRAGMENT.test(last) || !TITLE_FRAGMENT.test(first)) return false;
  // A break at a dot is a space between two prenominal titles ("Dr." / "H.") unless the rest is a
  // comma-ended postnominal title or the line before it ended the name with a comma.
  return !last.endsWith('.') || /^[a-z]/.test(first) || first.endsWith(',') || (before.endsWith(',') && TITLE_TOKEN.test(first) && !/^NIP\.?$/.test(first));
}

/** Rows of lines (side-by-side lines at one height count once). */
function rowCount(lines: readonly LayoutLine[]): number {
  let rows = 0;
  let bottom = Number.NEGATIVE_INFINITY;
  for (const line of [...lines].sort((a, b) => a.yMin - b.yMin)) {
    if (line.yMin >= bottom - line.height * 0.3) {
      rows += 1;
      bottom = line.yMax;
    } else {
      bottom = Math.max(bottom, line.yMax);
    }
  }
  return rows;
}

/** Applies the rules to every page; returns every problem found (none: the layout passes). */
export function checkLayout(pages: readonly LayoutPage[], rules: LayoutRules): LayoutProblem[] {
  const problems: LayoutProblem[] = [];
  const tolerance = rules.sizeTolerance ?? 0.6;
  const after = rules.linesAfterHeading ?? 2;
  const edge = 1;
  const content = (page: LayoutPage): LayoutLine[] =>
    page.lines.filter(
      (line) => line.yMin >= (rules.furniture?.top ?? 0) && line.yMax <= page.height - (rules.furniture?.bottom ?? 0) && !matches(rules.ignore, line.text),
    );

  // One body size over the whole document.
  const allContent = pages.flatMap(content);
  const smaller = rules.smallerSizes ?? [];
  const body = bodyHeight(
    allContent.filter((line) => !matches(rules.sizeExceptions, line.text)),
    smaller,
    tolerance,
  );
  const allowedSize = (height: number): boolean => body !== undefined && [1, ...smaller].some((ratio) => Math.abs(height - body * ratio) <= tolerance);
  const isHeading = (line: LayoutLine, page: LayoutPage): boolean =>
    matches(rules.headings, line.text) ||
    (rules.detectHeadings !== false && body !== undefined && line.height > body + tolerance && line.xMax - line.xMin < (page.width - rules.margins.left - rules.margins.right) * 0.7 && line.words.length <= 8);

  for (const page of pages) {
    const add = (rule: LayoutRule, text: string, message: string): void => {
      problems.push({ rule, page: page.number, text, message });
    };
    // Margins: every word, furniture included.
    for (const line of page.lines) {
      for (const word of line.words) {
        const { margins } = rules;
        if (word.xMin < margins.left - edge || word.xMax > page.width - margins.right + edge || word.yMin < margins.top - edge || word.yMax > page.height - margins.bottom + edge) {
          add('outside-margins', word.text, `"${word.text}" keluar dari batas margin (${word.xMin.toFixed(1)}, ${word.yMin.toFixed(1)}).`);
        }
      }
    }
    const lines = content(page);
    // Body size.
    if (body !== undefined) {
      for (const line of lines) {
        if (!allowedSize(line.height) && !matches(rules.sizeExceptions, line.text) && !isHeading(line, page)) {
          add('body-size', line.text, `Ukuran huruf "${line.text}" (tinggi ${line.height.toFixed(2)}) berbeda dari badan teks (${body.toFixed(2)}).`);
        }
      }
    }
    // Headings: at least `after` lines below on the same page; a page of headings only.
    const headings = lines.filter((line) => isHeading(line, page));
    for (const heading of headings) {
      const below = lines.filter((line) => line.yMin > heading.yMax - heading.height * 0.3);
      if (rowCount(below) < after) add('lone-heading', heading.text, `Judul "${heading.text}" berada di akhir halaman tanpa ${after} baris isi sesudahnya.`);
    }
    if (lines.length > 0 && headings.length === lines.length) {
      add('heading-only-page', lines.map((l) => l.text).join(' / '), 'Halaman hanya berisi judul.');
    }
    // Signature-only pages: signature lines and nothing that ties the page to the document.
    const width = page.width - rules.margins.left - rules.margins.right;
    // A running title counts wherever it is, furniture bands included.
    const anchored =
      page.lines.some((line) => matches(rules.anchors, line.text)) ||
      lines.some((line) => line.words.length >= 8 && line.xMax - line.xMin >= width * 0.75 && !matches(rules.signatureLines, line.text));
    if (!anchored && lines.some((line) => matches(rules.signatureLines, line.text))) {
      add('signature-only-page', lines[0]?.text ?? '', 'Halaman hanya berisi blok tanda tangan, tanpa judul lanjutan atau isi dokumen.');
    }
    // Degree titles split across lines.
    for (const line of lines) {
      const next = lineBelow(lines, line);
      const last = line.words.at(-1)?.text;
      const first = next?.words[0]?.text;
      if (next && last !== undefined && first !== undefined && splitsTitle(last, first, line.words.at(-2)?.text)) {
        add('split-title', `${line.text} / ${next.text}`, `Gelar terpotong antarbaris: "${last}" / "${first}".`);
      }
    }
  }
  return problems;
}

/** Reads a PDF and checks it: the problems found, each as one readable line for a test's message. */
export async function checkPdfLayout(bytes: Uint8Array, rules: LayoutRules): Promise<string[]> {
  const problems = checkLayout(await readPdfLayout(bytes), rules);
  return problems.map((problem) => `halaman ${problem.page} [${problem.rule}] ${problem.message}`);
}
