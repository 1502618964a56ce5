import { createHash } from 'node:crypto';
import type { FontKey, PageCanvas, TextAlign } from './canvas';
import { KOP, kopFor, type KopContext, type KopLine, type KopSpec } from '../../../shared/documents/kop';
import { pageGeometry, type PageGeometry, type PageSettings } from '../../../shared/documents/page';
import type { PaperSize } from '../../../shared/format/paper';

/**
 * Layout pieces shared by the pledge and the declaration: page geometry, the kop surat, justified
 * paragraphs and the verification footer. Everything draws through a {@link PageCanvas}, so the
 * same code runs on the fast pdfkit canvas in a batch and on a single document.
 */

/** Institution lines printed in the kop surat. */
export interface InstitutionHeader {
  /** "PEMERINTAH KABUPATEN SERANG" (printed in capitals). */
  pemerintahDaerah: string;
  /** "INSPEKTORAT DAERAH" (printed in capitals). */
  namaInspektorat: string;
  /** Street address, phone, e-mail — one string, wrapped as needed. */
  alamat: string;
  /** Logo, PNG or JPEG bytes; null for none. */
  logo: Uint8Array | null;
  /** Address printed in the Pemerintah Kabupaten kop (default none). */
  alamatPemda?: string;
  /** The regency emblem for the Pemerintah Kabupaten kop, PNG or JPEG bytes (default none: the logo). */
  lambang?: Uint8Array | null;
}

/** A kop ready to draw: its lines, the address and the image bytes (see shared/documents/kop.ts). */
export interface PrintedKop {
  lines: readonly KopLine[];
  alamat: string;
  logo: Uint8Array | null;
}

/** The kop context of the settings behind `header` (pledges add the template's choice and the unit). */
export function kopContext(header: InstitutionHeader, extra: Omit<KopContext, 'institution'> = {}): KopContext {
  return {
    ...extra,
    institution: {
      pemerintahDaerah: header.pemerintahDaerah,
      namaInspektorat: header.namaInspektorat,
      alamat: header.alamat,
      alamatPemda: header.alamatPemda ?? '',
      hasLogo: header.logo !== null,
      hasLambang: (header.lambang ?? null) !== null,
    },
  };
}

/** The spec with its image bytes taken from `header`; null (no kop) stays null. */
export function printedKop(spec: KopSpec | null, header: InstitutionHeader): PrintedKop | null {
  if (!spec) return null;
  const logo = spec.logo === 'lambang' ? (header.lambang ?? null) : spec.logo === 'logo' ? header.logo : null;
  return { lines: spec.lines, alamat: spec.alamat, logo };
}

/** The Inspektorat kop of `header` (its own documents: LHE, recap, cover letters). */
export function inspektoratKop(header: InstitutionHeader): PrintedKop | null {
  return printedKop(kopFor('lhe', kopContext(header)), header);
}

/** The verification stamp printed in the footer. */
export interface VerificationStamp {
  /** Human-typable code, "ZI-1A2B3C4D-9F8E7D6C". */
  code: string;
  /** Full QR payload "ZID1.<docId>.<sha256>.<signature>.<key>". */
  qrPayload: string;
}

/** Page box: size and margins in points (the page standard's geometry). */
export type PageBox = PageGeometry;

/** The content width between the margins. */
export function contentWidth(page: PageBox): number {
  return page.width - page.left - page.right;
}

/**
 * Page geometry for a paper size with the page standard's margins (shared/documents/page.ts):
 * those of the settings when given, else the standard's defaults.
 */
export function pageBox(paper: PaperSize, settings?: Pick<PageSettings, 'margins'>): PageBox {
  return pageGeometry(paper, settings);
}

/** A deferred drawing operation: layout is measured first, drawn once it is known to fit. */
export type DrawOp = () => void;

/**
 * Lays out `text` as a paragraph at `y`; returns the y below it. Justified paragraphs keep their
 * last line left-aligned, as word processors do.
 */
export function paragraph(
  canvas: PageCanvas,
  ops: DrawOp[],
  options: { font: FontKey; size: number; x: number; y: number; width: number; leading: number; align: TextAlign },
  text: string,
): number {
  const lines = canvas.wrap(options.font, options.size, text, options.width);
  let y = options.y;
  lines.forEach((line, index) => {
    const align: TextAlign = options.align === 'justify' && index === lines.length - 1 ? 'left' : options.align;
    const lineY = y;
    ops.push(() => canvas.text(options.font, options.size, options.x, lineY, line, { width: options.width, align }));
    y += options.leading;
  });
  return y;
}

/** Fits an image of `w × h` pixels inside a box, keeping its aspect ratio. */
export function fitBox(w: number, h: number, maxWidth: number, maxHeight: number): { width: number; height: number } {
  const scale = Math.min(maxWidth / w, maxHeight / h);
  return { width: w * scale, height: h * scale };
}

/** Largest font size ≤ `size` (down to `min`) at which `text` fits on one line of `width`. */
function fittingSize(canvas: PageCanvas, font: FontKey, text: string, size: number, min: number, width: number): number {
  let current = size;
  while (current > min && canvas.measure(font, current, text) > width) current -= 0.5;
  return current;
}

/**
 * Draws the Inspektorat kop of `header` ({@link drawKopSpec}). Returns the y below the rule.
 */
export function drawKop(canvas: PageCanvas, page: PageBox, header: InstitutionHeader): number {
  return drawKopSpec(canvas, page, inspektoratKop(header));
}

/**
 * Draws any kop surat (shared/documents/kop.ts `kopFor`): logo on the left, the name lines and
 * the address centred beside it, then the double rule (thick over thin). Returns the y below the
 * rule, or the top margin for no kop. Long lines shrink to {@link KOP.minFontSize} and then wrap,
 * so a 500-character address still stays within the margins.
 */
export function drawKopSpec(canvas: PageCanvas, page: PageBox, kop: PrintedKop | null): number {
  if (!kop) return page.top;
  const header = { logo: kop.logo, alamat: kop.alamat };
  const width = contentWidth(page);
  const logoMax = { width: KOP.logo.maxWidth, height: KOP.logo.maxHeight };
  let logoWidth = 0;
  let logoHeight = 0;
  if (header.logo) {
    const size = canvas.imageSize(header.logo);
    const fitted = fitBox(size.width, size.height, logoMax.width, logoMax.height);
    logoWidth = fitted.width;
    logoHeight = fitted.height;
  }
  // Centre the text on the page when it fits between two logo-wide gutters, else beside the logo.
  const gutter = header.logo ? logoMax.width + KOP.logo.gap : 0;
  const symmetric = { x: page.left + gutter, width: width - 2 * gutter };
  const lines = kop.lines.map((line) => ({ text: line.text, font: 'bold' as const, size: line.role === 'pemerintah' ? KOP.fontSize.pemerintah : KOP.fontSize.instansi }));
  const fitsSymmetric = lines.every((line) => canvas.measure(line.font, line.size, line.text) <= symmetric.width);
  const area = fitsSymmetric ? symmetric : { x: page.left + gutter, width: width - gutter };
  const layoutText = (startY: number): { ops: DrawOp[]; bottom: number } => {
    const ops: DrawOp[] = [];
    let y = startY;
    for (const line of lines) {
      if (line.text.trim() === '') continue;
      const size = fittingSize(canvas, line.font, line.text, line.size, KOP.minFontSize, area.width);
      for (const piece of canvas.wrap(line.font, size, line.text, area.width)) {
        const lineY = y;
        ops.push(() => canvas.text(line.font, size, area.x, lineY, piece, { width: area.width, align: 'center' }));
        y += size * KOP.lineHeight;
      }
    }
    if (header.alamat.trim() !== '') {
      y += KOP.alamat.spaceAbove;
      const alamat = { font: 'regular' as const, size: KOP.fontSize.alamat, leading: KOP.alamat.leading };
      y = paragraph(canvas, ops, { ...alamat, x: area.x, y, width: area.width, align: 'center' }, header.alamat);
    }
    return { ops, bottom: y };
  };
  const textHeight = layoutText(0).bottom;
  const blockHeight = Math.max(textHeight, logoHeight);
  const ruleY = page.top + blockHeight + KOP.rule.offset;
  // The same kop on every page: one shared group per institution and paper.
  const key = `kop|${page.width}|${page.left}|${page.right}|${page.top}|${lines.map((line) => `${line.size}:${line.text}`).join('|')}|${header.alamat}|${header.logo ? logoId(header.logo) : 0}`;
  canvas.group(key, 0, 0, () => {
    for (const op of layoutText(page.top + (blockHeight - textHeight) / 2).ops) op();
    if (header.logo) {
      canvas.image(header.logo, page.left + (logoMax.width - logoWidth) / 2, page.top + (blockHeight - logoHeight) / 2, logoWidth, logoHeight);
    }
    canvas.line(page.left, ruleY, page.width - page.right, ruleY, { lineWidth: KOP.rule.thick });
    const thinY = ruleY + KOP.rule.gap;
    canvas.line(page.left, thinY, page.width - page.right, thinY, { lineWidth: KOP.rule.thin });
  });
  return ruleY + KOP.rule.below;
}

const logoIds = new WeakMap<Uint8Array, string>();

/** A stable id of logo bytes for group keys (hashed once per byte array). */
function logoId(bytes: Uint8Array): string {
  let id = logoIds.get(bytes);
  if (!id) {
    id = createHash('sha256').update(bytes).digest('hex');
    logoIds.set(bytes, id);
  }
  return id;
}

/** Height reserved at the bottom of the page for {@link drawVerificationFooter}. */
export const FOOTER_HEIGHT = 80;

const GREY: readonly [number, number, number] = [0.35, 0.35, 0.35];

/** Splits the QR payload at its dots into lines no wider than `width`. */
function payloadLines(canvas: PageCanvas, payload: string, size: number, width: number): string[] {
  // The usual shape: "ZID1.<id>.<sha256>." and "<signature>.<key>" — measured once each (these
  // strings are unique per page, so every extra candidate measured costs shaping work).
  const parts = payload.split('.');
  if (parts.length === 5) {
    const lines = [`${parts.slice(0, 3).join('.')}.`, parts.slice(3).join('.')];
    if (lines.every((line) => canvas.measure('regular', size, line) <= width)) return lines;
  }
  const pieces = payload.split('.').map((piece, index, all) => (index < all.length - 1 ? `${piece}.` : piece));
  const lines: string[] = [];
  let current = '';
  for (const piece of pieces) {
    if (current !== '' && canvas.measure('regular', size, current + piece) > width) {
      lines.push(current);
      current = '';
    }
    current += piece;
  }
  if (current !== '') lines.push(current);
  return lines.flatMap((line) => canvas.wrap('regular', size, line, width));
}

/**
 * Draws the verification footer at the bottom margin: a thin rule, the QR code on the left, and
 * beside it the typable code, a one-line explanation and the full QR payload in small print (so
 * the payload can also be read from the text of the PDF).
 */
export function drawVerificationFooter(
  canvas: PageCanvas,
  page: PageBox,
  stamp: VerificationStamp,
  qr: { size: number; dark: Uint8Array },
  issuer: string,
): void {
  const top = page.height - page.bottom - FOOTER_HEIGHT;
  const width = contentWidth(page);
  canvas.line(page.left, top, page.width - page.right, top, { lineWidth: 0.4, color: GREY });
  // 72 pt square: with the ~53 modules of a payload that is ~0.48 mm per module, comfortably
  // above what phone cameras need on paper.
  const qrSize = FOOTER_HEIGHT - 8;
  canvas.qr(qr, page.left, top + 6, qrSize);
  const x = page.left + qrSize + 10;
  const textWidth = width - qrSize - 10;
  let y = top + 7;
  canvas.text('bold', 8.5, x, y, `Kode verifikasi: ${stamp.code}`);
  y += 11;
  const note = `Dokumen ini diterbitkan dengan aplikasi ZI Desk${issuer ? ` oleh ${issuer}` : ''}. Keasliannya dapat diperiksa pada menu Verifikasi Dokumen dengan memindai kode QR atau mengetik kode di atas.`;
  const noteLines = canvas.wrap('regular', 7, note, textWidth);
  canvas.group(`footer|${x}|${textWidth}|${note}`, 0, y, () => {
    noteLines.forEach((line, index) => canvas.text('regular', 7, x, index * 8.5, line, { color: GREY }));
  });
  y += noteLines.length * 8.5;
  y += 1;
  for (const line of payloadLines(canvas, stamp.qrPayload, 5.5, textWidth)) {
    canvas.text('regular', 5.5, x, y, line, { color: GREY });
    y += 6.6;
  }
}
