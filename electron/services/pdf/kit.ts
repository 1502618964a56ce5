import { createHash } from 'node:crypto';
import { addSignaturePlaceholder, type PlaceholderDocument } from '../signing/placeholder';
import { wrapWords, type FontKey, type PageCanvas, type Rgb, type StrokeOptions, type TextOptions } from './canvas';
import type { FontBytes } from './fonts';
import { preparedImageFor } from './images';
import { pdfmakeRequire } from './modules';
import { qrPathOps } from './qr';

/**
 * A fast {@link PageCanvas} written straight onto pdfkit — the engine underneath pdfmake — for
 * documents printed by the thousand (see batch.ts for why).
 *
 * Text is written as raw `TJ` operators: each distinct line (or word, for justified lines) is
 * shaped and glyph-encoded once per document and reused from a cache, because the pledge text is
 * the same on every page. Fonts are subset once per document; identical images (the logo, a
 * signature shared by several pages) are embedded once.
 *
 * This module relies on a handful of pdfkit 0.19 members that are not in its public typings
 * (`_font`, `_fontFamilies`, `page.fonts`, the EmbeddedFont fields and its layout cache); they are
 * declared in {@link KitDocument} below, pdfkit is pinned, and kit-internals.test.ts names each
 * one, so a pdfkit upgrade that moves one fails loudly.
 */

interface KitGlyphPosition {
  xAdvance: number;
  yAdvance?: number;
  xOffset?: number;
  yOffset?: number;
  advanceWidth: number;
}

interface KitFont {
  id: string;
  name: string;
  scale: number;
  widths: number[];
  document: unknown;
  /** The fontkit font and its per-document subset. */
  font: FontkitFont;
  subset: FontkitSubset;
  /** pdfkit's per-font cache of shaped words; we share one per face across documents. */
  layoutCache?: Record<string, unknown>;
  ascender: number;
  descender: number;
  encode(text: string): [string[], KitGlyphPosition[]];
  widthOfString(text: string, size: number): number;
  ref(): unknown;
}

interface FontkitGlyph {
  id: number;
  advanceWidth: number;
  codePoints: number[];
}

interface FontkitSubset {
  glyphs: number[];
  encode(): Uint8Array;
}

interface FontkitFont {
  createSubset(): FontkitSubset;
  glyphForCodePoint(codePoint: number): FontkitGlyph;
  unitsPerEm: number;
}

/** A pdfkit indirect object (PDFReference). */
interface KitRef {
  data: Record<string, unknown>;
  end(chunk?: Uint8Array): void;
}

interface KitPage {
  width: number;
  height: number;
  fonts: Record<string, unknown>;
  xobjects: Record<string, unknown>;
}

/** Operators and resources of a Form XObject being recorded. */
interface Recording {
  ops: string[];
  fonts: Record<string, unknown>;
  xobjects: Record<string, unknown>;
}

interface EmbeddedImage {
  label: string;
  ref: KitRef;
  width: number;
  height: number;
}

/** The part of pdfkit's PDFDocument this module uses. */
interface KitDocument {
  page: KitPage;
  _font: KitFont | null;
  _fontFamilies: Record<string, KitFont>;
  _fontCount: number;
  registerFont(name: string, src: Uint8Array): KitDocument;
  font(name: string): KitDocument;
  addPage(options: { size: [number, number]; margin: number }): KitDocument;
  addContent(data: string): KitDocument;
  ref(data: Record<string, unknown>): KitRef;
  on(event: string, listener: (arg: never) => void): KitDocument;
  end(): void;
}

interface KitDocumentOptions {
  autoFirstPage: boolean;
  compress: boolean;
  /** '' skips loading pdfkit's default Helvetica (an AFM file read from disk). */
  font: string;
  info: Record<string, string | Date>;
  pdfVersion: string;
  displayTitle: boolean;
  lang: string;
}

type KitDocumentCtor = new (options: KitDocumentOptions) => KitDocument;

let ctor: KitDocumentCtor | null = null;

function documentCtor(): KitDocumentCtor {
  if (ctor) return ctor;
  const loaded: unknown = pdfmakeRequire('pdfkit');
  const candidate = (loaded as { default?: unknown }).default ?? loaded;
  if (typeof candidate !== 'function') throw new Error('pdfkit not found next to pdfmake');
  ctor = candidate as KitDocumentCtor;
  return ctor;
}

const FONT_FACES: Record<FontKey, keyof FontBytes> = {
  regular: 'normal',
  bold: 'bold',
  italic: 'italics',
  boldItalic: 'bolditalics',
};

/** Document metadata written to the PDF Info dictionary. */
export interface KitInfo {
  title: string;
  subject?: string;
  keywords?: string;
  author?: string;
  /** Extra Info entries (ASCII keys), e.g. the signed canonical content. */
  custom?: Record<string, string>;
  /** Fixed creation date; defaults to now. */
  creationDate?: Date;
}

/** Options for {@link KitCanvas}. */
interface KitOptions {
  fonts: FontBytes;
  info: KitInfo;
  /**
   * Deflate page content, fonts and metadata. Off by default: on the build machine every
   * `zlib.deflateSync` call costs 1.5–6 ms whatever the size (allocation and setup of the zlib
   * state), i.e. ~4 s per 1,000 pages, against ~20 KB more per page uncompressed. Images are
   * always compressed (prepared once per process, see images.ts).
   */
  compress?: boolean;
}

/** Formats a coordinate for a content stream: at most two decimals, no exponent. */
function num(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

function colorOps(color: Rgb, stroke: boolean): string {
  return `${num(color[0])} ${num(color[1])} ${num(color[2])} ${stroke ? 'RG' : 'rg'}`;
}

interface EncodedRun {
  /** Body of a TJ array (glyph strings and kerning numbers), without brackets. */
  tj: string;
}

/**
 * Shaping results that do not depend on the document: pdfkit's word layouts (glyph ids and
 * advances) and our measured widths, one cache per font file, kept for the life of the process.
 * Sharing them is what makes the 1,000th separate PDF cheap: shaping a word with fontkit's
 * OpenType engine costs far more than writing it.
 */
interface SharedShaping {
  layout: Record<string, unknown>;
  widths: Map<string, number>;
  /** The first parsed fontkit font of this face; later documents reuse its parsed tables. */
  fontkit: KitFont['font'] | null;
  /** Encoded font subsets by glyph list (see PRESET_TEXT). */
  subsets: Map<string, Uint8Array>;
  /** The first EmbeddedFont of this face, cloned for later documents. */
  template: KitFont | null;
}

/** EmbeddedFont fields that depend only on the font file (copied when cloning). */
const FONT_CONSTANT_FIELDS = ['name', 'scale', 'ascender', 'descender', 'xHeight', 'capHeight', 'lineGap', 'bbox'] as const;

/**
 * A new pdfkit EmbeddedFont for `doc` made from the first one of the face, without re-reading
 * the font file: pdfkit's constructor parses the name, head, hhea, OS/2 and hmtx tables of a fresh
 * fontkit font every time (~3 ms per face and document). The clone shares the parsed fontkit
 * font and gets its own subset; it is registered where pdfkit's `end()` finalises fonts.
 * Returns null when the template does not look like pdfkit 0.19's EmbeddedFont.
 */
function cloneFont(template: KitFont, doc: KitDocument, shaping: SharedShaping): KitFont | null {
  const fontkit = shaping.fontkit;
  const source = template as unknown as Record<string, unknown>;
  if (!fontkit || typeof template.widths[0] !== 'number' || !FONT_CONSTANT_FIELDS.every((field) => field in source)) return null;
  const clone = Object.create(Object.getPrototypeOf(template) as object) as KitFont;
  const target = clone as unknown as Record<string, unknown>;
  for (const field of FONT_CONSTANT_FIELDS) target[field] = source[field];
  doc._fontCount += 1;
  clone.id = `F${doc._fontCount}`;
  clone.document = doc;
  clone.font = fontkit;
  clone.subset = fontkit.createSubset();
  target.unicode = [[0]];
  clone.widths = [template.widths[0]];
  clone.layoutCache = shaping.layout;
  doc._fontFamilies[`zi-${clone.id}`] = clone;
  return clone;
}

/**
 * Characters whose glyphs every document embeds, in this order, before any text is drawn:
 * printable ASCII, the Latin-1 letters of Indonesian names and common punctuation. With the same
 * glyphs in the same order, the font subset of almost every document is byte-identical, so it is
 * encoded once per process (fontkit's subsetting costs ~10 ms per face and document) at the price
 * of ~25 KB more per face in a single-pledge file.
 */
const PRESET_TEXT =
  ' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~' +
  'ÀÁÂÄÇÈÉÊËÌÍÎÏÑÒÓÔÖÙÚÛÜàáâäçèéêëìíîïñòóôöùúûü–—‘’“”•…°×·';

/** Encoded subsets kept per face. */
const MAX_CACHED_SUBSETS = 16;

const sharedShaping = new WeakMap<Uint8Array, SharedShaping>();

function shapingFor(fontBytes: Uint8Array): SharedShaping {
  let shaping = sharedShaping.get(fontBytes);
  if (!shaping) {
    shaping = { layout: Object.create(null) as Record<string, unknown>, widths: new Map(), fontkit: null, subsets: new Map(), template: null };
    sharedShaping.set(fontBytes, shaping);
  }
  return shaping;
}

/** Upper bound of cached entries per face; beyond it new strings are measured but not kept. */
const MAX_SHARED_WIDTHS = 200_000;

class FontHandle {
  readonly font: KitFont;
  private readonly runs = new Map<string, EncodedRun>();
  private readonly widths: Map<string, number>;

  constructor(font: KitFont, shaping: SharedShaping) {
    this.font = font;
    this.widths = shaping.widths;
    if (font.layoutCache) font.layoutCache = shaping.layout;
    // Reuse one parsed fontkit font per face: its tables (glyf, loca, GSUB/GPOS) are parsed and
    // its glyphs cached once per process instead of once per document; the subset stays per
    // document. Safe because rendering is synchronous and single-threaded per worker.
    if (shaping.fontkit) {
      font.font = shaping.fontkit;
      font.subset = shaping.fontkit.createSubset();
    } else {
      shaping.fontkit = font.font;
    }
    this.presetSubset(shaping);
  }

  /** Embeds the PRESET_TEXT glyphs first and serves identical subsets from the cache. */
  private presetSubset(shaping: SharedShaping): void {
    const cache = this.font.layoutCache;
    if (cache) {
      for (const segment of PRESET_TEXT.split(/(?<= )/)) {
        if (!(segment in cache)) cache[segment] = this.plainRun(segment);
      }
    }
    this.font.encode(PRESET_TEXT);
    const subset = this.font.subset;
    const encode = subset.encode.bind(subset);
    subset.encode = () => {
      const key = subset.glyphs.join(',');
      let bytes = shaping.subsets.get(key);
      if (!bytes) {
        bytes = encode();
        if (shaping.subsets.size < MAX_CACHED_SUBSETS) shaping.subsets.set(key, bytes);
      }
      return bytes;
    };
  }

  /** A character-by-character layout from the cmap: no kerning, no ligatures. */
  private plainRun(segment: string): { glyphs: FontkitGlyph[]; positions: KitGlyphPosition[]; advanceWidth: number } {
    const scale = 1000 / this.font.font.unitsPerEm;
    const glyphs: FontkitGlyph[] = [];
    const positions: KitGlyphPosition[] = [];
    let advanceWidth = 0;
    for (const char of segment) {
      const glyph = this.font.font.glyphForCodePoint(char.codePointAt(0) ?? 32);
      const advance = glyph.advanceWidth * scale;
      glyphs.push(glyph);
      positions.push({ xAdvance: advance, yAdvance: 0, xOffset: 0, yOffset: 0, advanceWidth: advance });
      advanceWidth += advance;
    }
    return { glyphs, positions, advanceWidth };
  }

  /**
   * Seeds pdfkit's layout cache with a plain character-by-character layout (cmap advances, no
   * kerning or ligatures, the same result fontkit gives for fonts without layout tables, see
   * modules.ts) for tokens that are unique per document — NIPs, codes, the QR payload, dates —
   * where a fontkit layout run (script detection, glyph run objects) costs more per character.
   * Words of ordinary text still go through fontkit (and are cached).
   */
  private prime(text: string): void {
    const cache = this.font.layoutCache;
    if (!cache) return;
    let start = 0;
    for (let index = 0; index <= text.length; index += 1) {
      const ch = text.charCodeAt(index);
      if (index < text.length && ch !== 32 && ch !== 9) continue;
      // pdfkit's layout splits after each space or tab, keeping it at the end of the word.
      const segment = text.slice(start, index < text.length ? index + 1 : index);
      start = index + 1;
      if (segment === '' || segment in cache || !(segment.length > 16 || /[0-9_.-]/.test(segment))) continue;
      cache[segment] = this.plainRun(segment);
    }
  }

  /** Width in thousandths of the font size. */
  width1000(text: string): number {
    let width = this.widths.get(text);
    if (width === undefined) {
      this.prime(text);
      width = this.font.widthOfString(text, 1000);
      if (this.widths.size < MAX_SHARED_WIDTHS) this.widths.set(text, width);
    }
    return width;
  }

  /** Glyph-encoded text, exactly as pdfkit's own `_fragment` would encode it, cached by text. */
  run(text: string): EncodedRun {
    let run = this.runs.get(text);
    if (run) return run;
    this.prime(text);
    const [encoded, positions] = this.font.encode(text);
    const commands: string[] = [];
    let last = 0;
    const addSegment = (cur: number): void => {
      if (last < cur) {
        const position = positions[cur - 1];
        const advance = position ? position.xAdvance - position.advanceWidth : 0;
        commands.push(`<${encoded.slice(last, cur).join('')}> ${num(-advance)}`);
      }
      last = cur;
    };
    for (let i = 0; i < positions.length; i += 1) {
      const position = positions[i];
      if (position && position.xAdvance - position.advanceWidth !== 0) addSegment(i + 1);
    }
    addSegment(positions.length);
    run = { tj: commands.join(' ') };
    this.runs.set(text, run);
    return run;
  }
}

/**
 * A pdfkit document with a {@link PageCanvas} per page. Create, call {@link addPage} and draw,
 * repeat, then {@link finish} for the bytes.
 */
export class KitCanvas implements PageCanvas {
  private readonly doc: KitDocument;
  private readonly chunks: Uint8Array[] = [];
  private readonly done: Promise<void>;
  private readonly fonts: FontBytes;
  private readonly fontHandles: Partial<Record<FontKey, FontHandle>> = {};
  private readonly imagesByRef = new WeakMap<Uint8Array, EmbeddedImage>();
  private readonly imagesByHash = new Map<string, EmbeddedImage>();
  private imageCount = 0;
  private pageFonts = new Set<string>();
  /** Line breaks already computed in this document (the same paragraphs recur on every page). */
  private readonly wraps = new Map<string, string[]>();
  private pageCount = 0;
  /** Operators of the current page not yet handed to pdfkit (one write per page is far cheaper). */
  private pending: string[] = [];
  /** The Form XObject being recorded by {@link group}, if any. */
  private recording: Recording | null = null;
  private readonly groups = new Map<string, { label: string; ref: KitRef }>();

  constructor(options: KitOptions) {
    const Doc = documentCtor();
    const info: Record<string, string | Date> = {
      Title: options.info.title,
      Creator: 'ZI Desk',
      Producer: 'ZI Desk (pdfkit)',
      CreationDate: options.info.creationDate ?? new Date(),
    };
    if (options.info.subject) info.Subject = options.info.subject;
    if (options.info.keywords) info.Keywords = options.info.keywords;
    if (options.info.author) info.Author = options.info.author;
    for (const [key, value] of Object.entries(options.info.custom ?? {})) info[key] = value;
    this.doc = new Doc({
      autoFirstPage: false,
      compress: options.compress ?? false,
      font: '',
      info,
      pdfVersion: '1.7',
      displayTitle: true,
      lang: 'id-ID',
    });
    this.done = new Promise<void>((resolve, reject) => {
      this.doc.on('data', (chunk: Uint8Array) => this.chunks.push(chunk));
      this.doc.on('end', () => resolve());
      this.doc.on('error', (error: unknown) => reject(error instanceof Error ? error : new Error(String(error))));
    });
    this.fonts = options.fonts;
  }

  /** Number of pages added so far. */
  get pages(): number {
    return this.pageCount;
  }

  private emit(op: string): void {
    (this.recording?.ops ?? this.pending).push(op);
  }

  /**
   * Draws `draw` once into a Form XObject kept under `key`, and places it on the current page
   * shifted by (dx, dy). Blocks that recur on every page of a batch (the kop, the seven points)
   * are thus written and encoded once per document; each page only references them.
   */
  group(key: string, dx: number, dy: number, draw: () => void): void {
    let group = this.groups.get(key);
    if (!group) {
      if (this.recording) {
        // Groups do not nest: draw directly into the enclosing one.
        draw();
        return;
      }
      const recording: Recording = { ops: [], fonts: {}, xobjects: {} };
      this.recording = recording;
      try {
        draw();
      } finally {
        this.recording = null;
      }
      const ref = this.doc.ref({
        Type: 'XObject',
        Subtype: 'Form',
        BBox: [0, 0, this.doc.page.width, this.doc.page.height],
        Resources: { Font: recording.fonts, XObject: recording.xobjects },
      });
      ref.end(Buffer.from(`${recording.ops.join('\n')}\n`, 'latin1'));
      group = { label: `ZGrp${this.groups.size + 1}`, ref };
      this.groups.set(key, group);
    }
    const target = this.recording?.xobjects ?? this.doc.page.xobjects;
    target[group.label] = group.ref;
    this.emit(dx === 0 && dy === 0 ? `/${group.label} Do` : `q 1 0 0 1 ${num(dx)} ${num(dy)} cm /${group.label} Do Q`);
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    this.doc.addContent(this.pending.join('\n'));
    this.pending = [];
  }

  /** Starts a new page of the given size (points). */
  addPage(widthPt: number, heightPt: number): void {
    this.flush();
    this.doc.addPage({ size: [widthPt, heightPt], margin: 0 });
    this.pageFonts = new Set();
    this.pageCount += 1;
  }

  /** The face's handle, loading the font into the document on first use. */
  private handle(font: FontKey): FontHandle {
    const known = this.fontHandles[font];
    if (known) return known;
    const bytes = this.fonts[FONT_FACES[font]];
    const shaping = shapingFor(bytes);
    let loaded = shaping.template ? cloneFont(shaping.template, this.doc, shaping) : null;
    if (!loaded) {
      this.doc.registerFont(font, bytes);
      this.doc.font(font);
      loaded = this.doc._font;
      if (!loaded) throw new Error(`Font ${font} could not be loaded`);
      shaping.template ??= loaded;
    }
    const handle = new FontHandle(loaded, shaping);
    this.fontHandles[font] = handle;
    return handle;
  }

  measure(font: FontKey, size: number, text: string): number {
    return (this.handle(font).width1000(text) * size) / 1000;
  }

  ascent(font: FontKey, size: number): number {
    return (this.handle(font).font.ascender * size) / 1000;
  }

  wrap(font: FontKey, size: number, text: string, width: number): string[] {
    const key = `${font}|${size}|${width}|${text}`;
    const known = this.wraps.get(key);
    if (known) return known;
    const handle = this.handle(font);
    const lines = wrapWords((t) => (handle.width1000(t) * size) / 1000, text, width);
    if (this.wraps.size < 20_000) this.wraps.set(key, lines);
    return lines;
  }

  private useFont(handle: FontHandle): void {
    const id = handle.font.id;
    if (this.recording) {
      this.recording.fonts[id] = handle.font.ref();
      return;
    }
    if (!this.pageFonts.has(id)) {
      this.doc.page.fonts[id] = handle.font.ref();
      this.pageFonts.add(id);
    }
  }

  text(font: FontKey, size: number, x: number, y: number, text: string, options: TextOptions = {}): void {
    const clean = text.replace(/\s+/g, ' ').trim();
    if (clean === '') return;
    const handle = this.handle(font);
    this.useFont(handle);
    const baseline = y + (handle.font.ascender * size) / 1000;
    const align = options.align ?? 'left';
    const boxWidth = options.width;
    let tj: string;
    let drawX = x;
    let renderedWidth: number;
    if (align === 'justify' && boxWidth !== undefined && clean.includes(' ')) {
      const words = clean.split(' ');
      let wordsWidth = 0;
      for (const word of words) wordsWidth += handle.width1000(word);
      const gaps = words.length - 1;
      const space = handle.width1000(' ');
      const extra = Math.max(0, ((boxWidth * 1000) / size - wordsWidth) / gaps - space);
      const spaceRun = handle.run(' ').tj;
      const separator = ` ${spaceRun} ${num(-extra)} `;
      tj = words.map((word) => handle.run(word).tj).join(separator);
      renderedWidth = boxWidth;
    } else {
      tj = handle.run(clean).tj;
      renderedWidth = (handle.width1000(clean) * size) / 1000;
      if (boxWidth !== undefined && align === 'center') drawX = x + (boxWidth - renderedWidth) / 2;
      if (boxWidth !== undefined && align === 'right') drawX = x + boxWidth - renderedWidth;
    }
    const fill = options.color ? `q ${colorOps(options.color, false)} ` : '';
    this.emit(
      `${fill}BT /${handle.font.id} ${num(size)} Tf 1 0 0 -1 ${num(drawX)} ${num(baseline)} Tm [${tj}] TJ ET${fill ? ' Q' : ''}`,
    );
    if (options.underline) {
      const thickness = Math.max(0.5, size / 16);
      this.line(drawX, baseline + size * 0.12 + thickness / 2, drawX + renderedWidth, baseline + size * 0.12 + thickness / 2, {
        lineWidth: thickness,
        ...(options.color ? { color: options.color } : {}),
      });
    }
  }

  line(x1: number, y1: number, x2: number, y2: number, options: StrokeOptions = {}): void {
    const parts = ['q', `${num(options.lineWidth ?? 1)} w`];
    if (options.color) parts.push(colorOps(options.color, true));
    if (options.dash) parts.push(`[${num(options.dash[0])} ${num(options.dash[1])}] 0 d`);
    parts.push(`${num(x1)} ${num(y1)} m ${num(x2)} ${num(y2)} l S Q`);
    this.emit(parts.join(' '));
  }

  rect(x: number, y: number, width: number, height: number, options: StrokeOptions & { fill?: Rgb; stroke?: boolean } = {}): void {
    const parts = ['q', `${num(options.lineWidth ?? 1)} w`];
    const stroke = options.stroke ?? true;
    if (options.color) parts.push(colorOps(options.color, true));
    if (options.fill) parts.push(colorOps(options.fill, false));
    if (options.dash) parts.push(`[${num(options.dash[0])} ${num(options.dash[1])}] 0 d`);
    const op = options.fill ? (stroke ? 'B' : 'f') : 'S';
    parts.push(`${num(x)} ${num(y)} ${num(width)} ${num(height)} re ${op} Q`);
    this.emit(parts.join(' '));
  }

  /** The image's XObject in this document, embedded on first use (prepared data is cached per process). */
  private imageObject(bytes: Uint8Array): EmbeddedImage {
    const known = this.imagesByRef.get(bytes);
    if (known) return known;
    const hash = createHash('sha256').update(bytes).digest('hex');
    let image = this.imagesByHash.get(hash);
    if (!image) {
      const prepared = preparedImageFor(bytes, hash);
      const ref = this.doc.ref({
        Type: 'XObject',
        Subtype: 'Image',
        Width: prepared.width,
        Height: prepared.height,
        BitsPerComponent: 8,
        ColorSpace: prepared.colorSpace,
        ...(prepared.filter ? { Filter: prepared.filter } : {}),
        ...(prepared.invertCmyk ? { Decode: [1, 0, 1, 0, 1, 0, 1, 0] } : {}),
      });
      if (prepared.alpha) {
        const mask = this.doc.ref({
          Type: 'XObject',
          Subtype: 'Image',
          Width: prepared.maskWidth,
          Height: prepared.maskHeight,
          BitsPerComponent: 8,
          ColorSpace: 'DeviceGray',
          Filter: 'FlateDecode',
          ...(prepared.alphaPredictorColumns
            ? { DecodeParms: { Predictor: 15, Colors: 1, BitsPerComponent: 8, Columns: prepared.alphaPredictorColumns } }
            : {}),
        });
        mask.end(Buffer.from(prepared.alpha));
        ref.data.SMask = mask;
      }
      ref.end(Buffer.from(prepared.data));
      this.imageCount += 1;
      image = { label: `ZImg${this.imageCount}`, ref, width: prepared.maskWidth, height: prepared.maskHeight };
      this.imagesByHash.set(hash, image);
    }
    this.imagesByRef.set(bytes, image);
    return image;
  }

  imageSize(bytes: Uint8Array): { width: number; height: number } {
    const image = this.imageObject(bytes);
    return { width: image.width, height: image.height };
  }

  image(bytes: Uint8Array, x: number, y: number, width: number, height: number): void {
    const image = this.imageObject(bytes);
    (this.recording?.xobjects ?? this.doc.page.xobjects)[image.label] = image.ref;
    this.emit(`q ${num(width)} 0 0 ${num(-height)} ${num(x)} ${num(y + height)} cm /${image.label} Do Q`);
  }

  qr(modules: { size: number; dark: Uint8Array }, x: number, y: number, size: number): void {
    const scale = String(Math.round((size / modules.size) * 10000) / 10000);
    this.emit(`q ${scale} 0 0 ${scale} ${num(x)} ${num(y)} cm 0 g\n${qrPathOps(modules)}\nf Q`);
  }

  /** Ends the document and resolves with the complete PDF. */
  async finish(): Promise<Uint8Array> {
    this.flush();
    // The unsigned signature field, filled by the pipeline's signing hook (signing/pdfSignature.ts).
    // Its form needs a current font (`_font`), which a cloned face never becomes.
    if (this.pageCount > 0) {
      this.doc._font ??= Object.values(this.fontHandles)[0]?.font ?? null;
      addSignaturePlaceholder(this.doc as unknown as PlaceholderDocument);
    }
    this.doc.end();
    await this.done;
    return Buffer.concat(this.chunks);
  }
}
