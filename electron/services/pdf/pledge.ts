import { setImmediate as nextTurn } from 'node:timers/promises';
import { formatTanggal, toCalendarDate } from '../../../shared/format/date';
import { keepTitlesTogether } from '../../../shared/format/name';
import { formatPangkatGolongan } from '../../../shared/format/pangkat';
import { METERAI_TEMPEL_MM, needsMeteraiBox } from '../../../shared/pakta/meterai';
import type { PaperSize } from '../../../shared/format/paper';
import { kopFor, type KopSpec } from '../../../shared/documents/kop';
import { BODY_PT, DEFAULT_PAGE_SETTINGS, documentFontOf, type DocumentFont, type PageSettings } from '../../../shared/documents/page';
import { canonicalPledgeContent } from '../../../shared/pakta/canonical';
import { DOCUMENT_ID_PATTERN, checkPrintedText, identityValue, nipLine } from '../../../shared/pakta/identity';
import type { PledgeRecord } from '../../../shared/pakta/types';
import { AppFailure } from '../../../shared/result';
import { renderPages, throwIfCancelled, toPdfFailure, type ProgressCallback } from './batch';
import type { PageCanvas } from './canvas';
import { checkImage, imageSha256, prefetchImages } from './images';
import { MAX_LOGO_BYTES } from '../../../shared/limits';
import { safeFileName } from '../../../shared/files/fileNames';
import {
  FOOTER_HEIGHT,
  contentWidth,
  drawKopSpec,
  kopContext,
  printedKop,
  drawVerificationFooter,
  pageBox,
  paragraph,
  fitBox,
  type DrawOp,
  type InstitutionHeader,
  type PageBox,
  type VerificationStamp,
} from './layout';
import { qrMatrix, type QrMatrix } from './qr';

/**
 * The Pakta Integritas PDF (DOMAIN.md §4): built from a *stored* pledge record — the
 * snapshot of text and identity that was signed — plus the institution's kop, never from live
 * master data. One pledge per page on A4 or F4: kop surat, title, identity table, lead-in, the
 * numbered points, closing, "Serang, 23 Juni 2022", the signer's block ("Pembuat Pernyataan", a
 * Meterai 10.000 box for wet signing only, name underlined, pangkat, NIP), an optional witness block
 * ("Menyaksikan") and the verification footer (code, QR, payload).
 *
 * The page standard (shared/documents/page.ts): margins and family from the settings and a fixed
 * 12 pt body that is never shrunk — a long name or unit wraps, and a pledge that cannot fit its
 * page is refused before printing with a message naming the field that is too long. Every page of
 * a batch is therefore in the same type by construction.
 */

export type { ProgressCallback } from './batch';
export type { InstitutionHeader, VerificationStamp } from './layout';

/** One pledge to print: the stored record, its signature image and its verification stamp. */
export interface PledgeDocument {
  pledge: PledgeRecord;
  /** PNG/JPEG of the signature for kinds 'drawn'/'uploaded'; must match `signature.imageSha256`. */
  signatureImage: Uint8Array | null;
  /** PNG of the witness's drawn signature, when the record has one; must match `witness.signatureSha256`. */
  witnessSignatureImage?: Uint8Array | null;
  /** The code and QR payload from the signing service for this pledge's canonical content. */
  verification: VerificationStamp;
  /** The pledge's template asks for the meterai box on wet signing (default yes; see shared/pakta/meterai.ts). */
  meteraiBox?: boolean;
  /**
   * The kop its template asks for (shared/documents/kop.ts `kopFor('pakta', …)`): the signer's
   * unit, the Pemkab or none (null). Absent: the Inspektorat kop of the options.
   */
  kop?: KopSpec | null;
}

/** Options shared by every pledge of a print job. */
export interface PledgePdfOptions {
  institution: InstitutionHeader;
  paper: PaperSize;
  /** Margins and family of the page standard from the settings; default the standard's. */
  page?: PageSettings;
  /** Fonts folder; see fonts.ts for the default. */
  fontsDir?: string;
  /** Fixed creation date in the PDF metadata (tests, reproducible output); default now. */
  creationDate?: Date;
}

/** One file of a per-person export. */
export interface PledgeFile {
  /** `<NIP>_<Nama>.pdf`, safe as a Windows file name, unique within the export. */
  fileName: string;
  bytes: Uint8Array;
}

/** Info dictionary key holding the signed canonical content (base64url) of a single document. */
export const CONTENT_INFO_KEY = 'ZIDeskContent';

const METERAI_GREY: readonly [number, number, number] = [0.45, 0.45, 0.45];

/** Millimetres to PDF points. */
const mm = (value: number): number => (value * 72) / 25.4;

// ---------------------------------------------------------------- validation

function describe(pledge: PledgeRecord, index: number | undefined): string {
  const who = pledge.signer.nama.trim().slice(0, 60) || 'tanpa nama';
  return index === undefined ? '' : `Pakta ke-${index + 1} (${who}): `;
}

function invalid(prefix: string, message: string): AppFailure {
  return new AppFailure('INVALID_INPUT', `${prefix}${message}`);
}

/**
 * Checks a pledge before any PDF work: printable names within limits, a valid id and date, a
 * verification stamp, and a signature image that is a real PNG/JPEG within limits and matches
 * the recorded hash. Throws `AppFailure` (INVALID_INPUT, TOO_LARGE or UNSUPPORTED_FILE).
 */
function validatePledgeDocument(document: PledgeDocument, index?: number): void {
  const { pledge } = document;
  const prefix = describe(pledge, index);
  const checks: [string, string, boolean][] = [
    ['Nama penanda tangan', pledge.signer.nama, true],
    ['Jabatan penanda tangan', pledge.signer.jabatan, true],
    ['Unit kerja penanda tangan', pledge.signer.unitKerja, false],
    ['Instansi penanda tangan', pledge.signer.instansi, false],
    ['Tempat penandatanganan', pledge.place, true],
  ];
  if (pledge.witness) {
    checks.push(['Nama saksi', pledge.witness.nama, true], ['Jabatan saksi', pledge.witness.jabatan, true]);
  }
  for (const [label, value, required] of checks) {
    const problem = checkPrintedText(label, value, required);
    if (problem) throw invalid(prefix, problem);
  }
  if (!DOCUMENT_ID_PATTERN.test(pledge.id)) throw invalid(prefix, 'ID dokumen tidak valid.');
  if (!toCalendarDate(pledge.date)) throw invalid(prefix, `Tanggal penandatanganan tidak valid (${pledge.date}).`);
  if (pledge.text.points.length === 0) throw invalid(prefix, 'Teks pakta tidak memiliki butir pernyataan.');
  if (!document.verification.code || !document.verification.qrPayload) {
    throw invalid(prefix, 'Kode verifikasi belum dibuat untuk pakta ini.');
  }
  if (pledge.signature.kind !== 'wet') {
    const image = document.signatureImage;
    if (!image) throw invalid(prefix, 'Gambar tanda tangan belum ada. Gambar atau unggah tanda tangan, atau pilih tanda tangan basah.');
    try {
      checkImage(image, 'Tanda tangan');
    } catch (error) {
      if (error instanceof AppFailure) throw new AppFailure(error.code, `${prefix}${error.message}`);
      throw error;
    }
    if (pledge.signature.imageSha256 !== imageSha256(image)) {
      throw invalid(prefix, 'Gambar tanda tangan tidak sama dengan yang tercatat pada pakta ini.');
    }
  }
  validateWitnessSignature(document, prefix);
}

/** The witness's drawn signature, when recorded: present, a real image, and the recorded one. */
function validateWitnessSignature(document: PledgeDocument, prefix: string): void {
  const expected = document.pledge.witness?.signatureSha256;
  if (!expected) return;
  const image = document.witnessSignatureImage;
  if (!image) throw invalid(prefix, 'Gambar tanda tangan saksi tidak ditemukan. Pulihkan data dari cadangan, atau buat pakta baru.');
  try {
    checkImage(image, 'Tanda tangan');
  } catch (error) {
    if (error instanceof AppFailure) throw new AppFailure(error.code, `${prefix}saksi: ${error.message}`);
    throw error;
  }
  if (expected !== imageSha256(image)) throw invalid(prefix, 'Gambar tanda tangan saksi tidak sama dengan yang tercatat pada pakta ini.');
}

function validateInstitution(institution: InstitutionHeader): void {
  const problem =
    checkPrintedText('Nama pemerintah daerah', institution.pemerintahDaerah, false) ??
    checkPrintedText('Nama Inspektorat', institution.namaInspektorat, false);
  if (problem) throw new AppFailure('INVALID_INPUT', problem);
  if (institution.logo) checkImage(institution.logo, 'Logo', MAX_LOGO_BYTES);
  if (institution.lambang) checkImage(institution.lambang, 'Logo', MAX_LOGO_BYTES);
}

// ---------------------------------------------------------------- layout

/** A shared text block laid out from y = 0: its height and how to draw it. */
interface LaidOutBlock {
  height: number;
  draw: () => void;
}

const blocksByCanvas = new WeakMap<PageCanvas, Map<string, LaidOutBlock>>();

/** The shared text blocks already laid out on this canvas (one document). */
function laidOutBlocks(canvas: PageCanvas): Map<string, LaidOutBlock> {
  let blocks = blocksByCanvas.get(canvas);
  if (!blocks) {
    blocks = new Map();
    blocksByCanvas.set(canvas, blocks);
  }
  return blocks;
}

/** A pledge's body laid out on at most {@link MAX_PAGES} pages: the drawing of each page. */
interface BodyLayout {
  pages: DrawOp[][];
  /** True when the body does not fit its pages (the pledge is refused, never printed). */
  overflow: boolean;
}

/** A pledge runs to two pages at most (a long one on A4); more is refused before printing. */
const MAX_PAGES = 2;

/** Lowest y the body may reach on a page: above the verification footer. */
function bodyLimit(page: PageBox): number {
  return page.height - page.bottom - FOOTER_HEIGHT - 6;
}

function layoutBody(canvas: PageCanvas, page: PageBox, document: PledgeDocument, size: number, top: number): BodyLayout {
  const { pledge } = document;
  const { text, signer, witness } = pledge;
  const width = contentWidth(page);
  // Single line spacing of the body (1.15 × the type size, as word processors set it).
  const leading = size * 1.15;
  const right = page.width - page.right;
  const limit = bodyLimit(page);
  const pages: DrawOp[][] = [[]];
  let overflow = false;
  let y = top + size * 0.8;

  /**
   * Places one unit that never splits (a line group, a paragraph, the signatures) at `y`, or at the
   * top of the next page when it (with `keepWithNext` points of what must follow it) does not fit.
   */
  const place = (build: (at: number, into: DrawOp[]) => number, keepWithNext = 0): void => {
    let into: DrawOp[] = [];
    let bottom = build(y, into);
    if (bottom + keepWithNext > limit) {
      if (pages.length < MAX_PAGES) {
        pages.push([]);
        y = page.top;
        into = [];
        bottom = build(y, into);
      }
      if (bottom > limit) overflow = true;
    }
    pages[pages.length - 1]?.push(...into);
    y = bottom;
  };

  // Text that is the same on every page of a batch is laid out from y = 0 and drawn as one shared
  // group (a Form XObject in the PDF), placed at its y on each page.
  const sharedBlock = (name: string, content: readonly string[], build: (blockOps: DrawOp[]) => number, keepWithNext = 0): void => {
    const key = `pakta|${name}|${size}|${page.left}|${width}|${content.join('\u0001')}`;
    const blocks = laidOutBlocks(canvas);
    let block = blocks.get(key);
    if (!block) {
      // Laid out once per document; the drawing is kept for whichever page first uses it.
      const blockOps: DrawOp[] = [];
      const height = build(blockOps);
      block = { height, draw: () => blockOps.forEach((op) => op()) };
      blocks.set(key, block);
    }
    const { draw, height } = block;
    place((at, into) => {
      into.push(() => canvas.group(key, 0, at, draw));
      return at + height;
    }, keepWithNext);
  };

  sharedBlock('head', [text.title, text.opening], (blockOps) => {
    const titleSize = size + 3;
    blockOps.push(() => canvas.text('bold', titleSize, page.left, 0, text.title, { width, align: 'center' }));
    const below = titleSize * 1.25 + size * 0.9;
    return paragraph(canvas, blockOps, { font: 'regular', size, x: page.left, y: below, width, leading, align: 'left' }, text.opening) + size * 0.25;
  });

  // Identity table: label, colon, value (wrapped); rows without a NIP are dropped for non-ASN.
  const rows = text.identityRows.filter((row) => text.showNip || (row.field !== 'nip' && row.field !== 'pangkatGolongan'));
  const labelX = page.left + size * 1.6;
  const labelWidth = Math.max(...rows.map((row) => canvas.measure('regular', size, row.label))) + size * 1.2;
  const colonX = labelX + labelWidth;
  const valueX = colonX + size * 0.9;
  const valueWidth = right - valueX;
  for (const row of rows) {
    place((rowY, into) => {
      into.push(() => canvas.text('regular', size, labelX, rowY, row.label));
      into.push(() => canvas.text('regular', size, colonX, rowY, ':'));
      // Degree titles of the name stay on one line, as under the signature.
      const value = row.field === 'nama' ? keepTitlesTogether(identityValue(row.field, signer)) : identityValue(row.field, signer);
      return paragraph(canvas, into, { font: 'regular', size, x: valueX, y: rowY, width: valueWidth, leading, align: 'left' }, value || '-');
    });
  }
  y += size * 0.55;

  // Signature blocks: the signer on the right, the witness (if any) on the left, names level;
  // laid out from `y`, never split across pages.
  const signatures = (y: number, ops: DrawOp[]): number => {
    const columnWidth = Math.min(235, width / 2 - 8);
    const rightX = right - columnWidth;
    const leftX = page.left;
    const centred = { width: columnWidth, align: 'center' as const };
    let rightY = y;
    const dateLine = `${pledge.place.trim()}, ${formatTanggal(pledge.date)}`;
    const dateY = rightY;
    ops.push(() => canvas.text('regular', size, rightX, dateY, dateLine, centred));
    rightY += leading;
    rightY = paragraph(canvas, ops, { font: 'regular', size, x: rightX, y: rightY, width: columnWidth, leading, align: 'center' }, `${text.signerCaption},`);

    let leftY = y + leading;
    if (witness) {
      leftY = paragraph(canvas, ops, { font: 'regular', size, x: leftX, y: leftY, width: columnWidth, leading, align: 'center' }, `${text.witnessCaption},`);
      leftY = paragraph(canvas, ops, { font: 'regular', size, x: leftX, y: leftY, width: columnWidth, leading, align: 'center' }, witness.jabatan);
    }

    const signatureTop = Math.max(rightY, leftY) + size * 0.2;
    // Meterai 10.000 only for wet signing (never under a drawn or scanned signature), at the size of
    // a meterai tempel, at the left of the signature space so the pen crosses only its right edge.
    const meterai = needsMeteraiBox(pledge.signature.kind) && document.meteraiBox !== false ? { width: mm(METERAI_TEMPEL_MM.width), height: mm(METERAI_TEMPEL_MM.height) } : null;
    // The box may rise beside a longer witness block: it needs room below the signer's own caption only.
    const meteraiRoom = meterai ? meterai.height + size * 0.8 - (signatureTop - rightY) : 0;
    const signatureSpace = Math.max(size * 5.8, meteraiRoom);
    const nameY = signatureTop + signatureSpace;
    if (meterai) {
      const meteraiX = rightX + Math.max(0, columnWidth / 2 - meterai.width * 0.85);
      const meteraiY = nameY - size * 0.4 - meterai.height;
      ops.push(() => {
        canvas.rect(meteraiX, meteraiY, meterai.width, meterai.height, { lineWidth: 0.6, dash: [2, 1.5], color: METERAI_GREY });
        const labelSize = Math.min(size * 0.7, 8);
        canvas.text('regular', labelSize, meteraiX, meteraiY + meterai.height / 2 - labelSize * 1.15, 'METERAI', { width: meterai.width, align: 'center', color: METERAI_GREY });
        canvas.text('regular', labelSize, meteraiX, meteraiY + meterai.height / 2 + labelSize * 0.05, '10.000', { width: meterai.width, align: 'center', color: METERAI_GREY });
      });
    }
    const drawSignature = (image: Uint8Array, columnX: number): void => {
      const natural = canvas.imageSize(image);
      const box = fitBox(natural.width, natural.height, columnWidth * 0.7, signatureSpace - size * 0.4);
      const imageX = columnX + columnWidth / 2 - box.width / 2;
      const imageY = signatureTop + (signatureSpace - box.height) / 2;
      ops.push(() => canvas.image(image, imageX, imageY, box.width, box.height));
    };
    const image = pledge.signature.kind === 'wet' ? null : document.signatureImage;
    if (image) drawSignature(image, rightX);
    // The witness's drawn signature sits in the witness column; the meterai box is only ever in the
    // signer's column, so it is never under this signature.
    const witnessImage = witnessSignatureOf(document);
    if (witnessImage) drawSignature(witnessImage, leftX);

    const nameBlock = (x: number, startY: number, nama: string, nip: string, pangkat = ''): number => {
      let blockY = startY;
      // A name wraps at the spaces between its parts, never inside "S.H., M.Si." (shared/format/name.ts).
    for (const line of canvas.wrap('bold', size, keepTitlesTogether(nama), columnWidth)) {
        const lineY = blockY;
        ops.push(() => canvas.text('bold', size, x, lineY, line, { ...centred, underline: true }));
        blockY += leading;
      }
      // The pangkat line under the name ("Penata Tingkat I, III/d"), from the signer's master data.
      if (text.showNip && pangkat !== '') {
        const pangkatY = blockY;
        ops.push(() => canvas.text('regular', size, x, pangkatY, pangkat, centred));
        blockY += leading;
      }
      const nipText = text.showNip ? nipLine(nip) : '';
      if (nipText) {
        const nipY = blockY;
        ops.push(() => canvas.text('regular', size, x, nipY, nipText, centred));
        blockY += leading;
      }
      return blockY;
    };
    let bottom = nameBlock(rightX, nameY, signer.nama, signer.nip, signer.jenisAsn === 'NON_ASN' ? '' : formatPangkatGolongan(signer.jenisAsn, signer.golongan));
    if (witness) bottom = Math.max(bottom, nameBlock(leftX, nameY, witness.nama, witness.nip));
    return bottom;
  };

  // The closing paragraph stays on the page of the signatures (keep-together rule).
  const signatureHeight = signatures(0, []) + size * 0.8;
  const hasClosing = text.closing.trim() !== '';
  sharedBlock('leadIn', [text.leadIn], (blockOps) => paragraph(canvas, blockOps, { font: 'regular', size, x: page.left, y: 0, width, leading, align: 'justify' }, text.leadIn) + size * 0.3);
  const numberWidth = size * 1.9;
  text.points.forEach((point, index) => {
    const label = `${index + 1}.`;
    const last = index === text.points.length - 1;
    sharedBlock(
      `point${index}`,
      [point],
      (blockOps) => {
        blockOps.push(() => canvas.text('regular', size, page.left, 0, label, { width: numberWidth - size * 0.6, align: 'right' }));
        return paragraph(canvas, blockOps, { font: 'regular', size, x: page.left + numberWidth, y: 0, width: width - numberWidth, leading, align: 'justify' }, point) + size * 0.22;
      },
      last && !hasClosing ? signatureHeight : 0,
    );
  });
  if (hasClosing) {
    y += size * 0.3;
    sharedBlock('closing', [text.closing], (blockOps) => paragraph(canvas, blockOps, { font: 'regular', size, x: page.left, y: 0, width, leading, align: 'justify' }, text.closing), signatureHeight);
  }
  y += size * 0.8;
  place((at, into) => signatures(at, into));
  return { pages, overflow };
}

/** True when `document` fits its pages below `top` at the body size of the page standard. */
function fitsPage(canvas: PageCanvas, page: PageBox, document: PledgeDocument, top: number): boolean {
  return !layoutBody(canvas, page, document, BODY_PT, top).overflow;
}

/** The printed fields of a pledge a user can shorten, with their Indonesian names. */
const SHORTENABLE: readonly [string, (document: PledgeDocument, value: string) => PledgeDocument][] = [
  ['nama penanda tangan', (d, v) => ({ ...d, pledge: { ...d.pledge, signer: { ...d.pledge.signer, nama: v } } })],
  ['jabatan penanda tangan', (d, v) => ({ ...d, pledge: { ...d.pledge, signer: { ...d.pledge.signer, jabatan: v } } })],
  ['unit kerja penanda tangan', (d, v) => ({ ...d, pledge: { ...d.pledge, signer: { ...d.pledge.signer, unitKerja: v } } })],
  ['instansi penanda tangan', (d, v) => ({ ...d, pledge: { ...d.pledge, signer: { ...d.pledge.signer, instansi: v } } })],
  ['nama saksi', (d, v) => (d.pledge.witness ? { ...d, pledge: { ...d.pledge, witness: { ...d.pledge.witness, nama: v } } } : d)],
  ['jabatan saksi', (d, v) => (d.pledge.witness ? { ...d, pledge: { ...d.pledge, witness: { ...d.pledge.witness, jabatan: v } } } : d)],
  ['tempat penandatanganan', (d, v) => ({ ...d, pledge: { ...d.pledge, place: v } })],
];

/**
 * Refusal before printing: a pledge that cannot fit its two pages at the fixed body size. Names
 * the first field that, written short, would let it fit (else the pledge text itself).
 */
function doesNotFit(canvas: PageCanvas, page: PageBox, paper: PaperSize, document: PledgeDocument, top: number, index: number | undefined): AppFailure {
  const culprit = SHORTENABLE.find(([, shorten]) => fitsPage(canvas, page, shorten(document, 'X'), top));
  const prefix = describe(document.pledge, index);
  if (!culprit) {
    return invalid(prefix, `teks pakta terlalu panjang: tidak muat pada dua halaman ${paper} dengan huruf ${BODY_PT} pt. Persingkat butir pernyataan pada templat pakta lalu cetak ulang.`);
  }
  const field = culprit[0];
  return invalid(prefix, `isian ${field} terlalu panjang: pakta tidak muat pada dua halaman ${paper} dengan huruf ${BODY_PT} pt. Persingkat isian ${field} lalu cetak ulang.`);
}

/**
 * Draws one pledge from the current (fresh) page of `canvas`, in the fixed body size: one page, or
 * two when it is long (the second added here). `qr` is the encoded payload; pass it in so batches
 * can choose the mask. A pledge that does not fit two pages is refused (`AppFailure`) before
 * anything of its body is drawn, never printed over the footer.
 */
export function drawPledgePage(canvas: PageCanvas, document: PledgeDocument, options: PledgePdfOptions, qr: QrMatrix, index?: number): void {
  const page = pageBox(options.paper, options.page);
  const top = drawKopSpec(canvas, page, printedKop(document.kop === undefined ? kopFor('pakta', kopContext(options.institution)) : document.kop, options.institution));
  const body = layoutBody(canvas, page, document, BODY_PT, top);
  if (body.overflow) throw doesNotFit(canvas, page, options.paper, document, top, index);
  const issuer = options.institution.namaInspektorat.trim();
  body.pages.forEach((ops, pageIndex) => {
    // A long pledge continues on a second page (no kop there); every page carries the footer.
    if (pageIndex > 0) canvas.addPage(page.width, page.height);
    for (const op of ops) op();
    drawVerificationFooter(canvas, page, document.verification, qr, issuer);
  });
}

// ---------------------------------------------------------------- public API

/** The signature image that will be printed, if any. */
function signatureOf(document: PledgeDocument): Uint8Array | null {
  return document.pledge.signature.kind === 'wet' ? null : document.signatureImage;
}

/** The witness's signature image that will be printed, if the record has one. */
function witnessSignatureOf(document: PledgeDocument): Uint8Array | null {
  return document.pledge.witness?.signatureSha256 ? (document.witnessSignatureImage ?? null) : null;
}

/** The fonts folder and the document family of a print job, for the canvas. */
function engineOptions(options: PledgePdfOptions): { fontsDir?: string; font: DocumentFont } {
  return { ...(options.fontsDir === undefined ? {} : { fontsDir: options.fontsDir }), font: documentFontOf(options.page) };
}

function base64Url(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64url');
}

function pageSizeOf(paper: PaperSize): { width: number; height: number } {
  const page = pageBox(paper, DEFAULT_PAGE_SETTINGS);
  return { width: page.width, height: page.height };
}

/**
 * One pledge as a PDF. The Info dictionary carries the QR payload (Keywords), the code (Subject)
 * and the signed canonical content, so a dropped PDF can be verified offline by any ZI Desk that
 * trusts the issuing key (signing/pdfCode.ts reads them back).
 */
export async function pledgePdf(document: PledgeDocument, options: PledgePdfOptions): Promise<Uint8Array> {
  validateInstitution(options.institution);
  validatePledgeDocument(document);
  const { pledge, verification } = document;
  const qr = qrMatrix(verification.qrPayload);
  return renderPages([document], pageSizeOf(options.paper), (canvas, item) => drawPledgePage(canvas, item, options, qr), {
    ...engineOptions(options),
    info: {
      title: `Pakta Integritas ${pledge.year} – ${pledge.signer.nama.trim()}`,
      subject: `Pakta Integritas; kode verifikasi ${verification.code}`,
      keywords: verification.qrPayload,
      author: options.institution.namaInspektorat.trim(),
      custom: { [CONTENT_INFO_KEY]: base64Url(canonicalPledgeContent(pledge)) },
      ...(options.creationDate ? { creationDate: options.creationDate } : {}),
    },
  });
}

/**
 * Checks a print job (`AppFailure` for an empty job or an invalid document) and prepares its
 * distinct images ahead of rendering.
 */
async function prepareJob(documents: readonly PledgeDocument[], options: PledgePdfOptions, signal?: AbortSignal): Promise<void> {
  if (documents.length === 0) {
    throw new AppFailure('INVALID_INPUT', 'Tidak ada pakta yang dapat dicetak: semua pegawai yang dipilih sudah memiliki pakta tahun ini.');
  }
  validateInstitution(options.institution);
  documents.forEach((document, index) => validatePledgeDocument(document, index));
  await prefetchImages([options.institution.logo, options.institution.lambang ?? null, ...documents.map(signatureOf), ...documents.map(witnessSignatureOf)], 8, signal);
}

/**
 * Many pledges as one print-ready PDF, one pledge per page, in the given order. Every input is
 * validated before the first page is drawn (the message names the pledge at fault).
 * `onProgress(done, total)` reports pages; aborting `signal` stops between pages with
 * `AppFailure('CANCELLED')` and returns nothing.
 */
export async function pledgeBatchPdf(
  documents: readonly PledgeDocument[],
  options: PledgePdfOptions,
  onProgress?: ProgressCallback,
  signal?: AbortSignal,
): Promise<Uint8Array> {
  await prepareJob(documents, options, signal);
  const years = [...new Set(documents.map((d) => d.pledge.year))].join(', ');
  return renderPages(
    documents,
    pageSizeOf(options.paper),
    (canvas, item, index) => drawPledgePage(canvas, item, options, qrMatrix(item.verification.qrPayload), index),
    {
      ...engineOptions(options),
      info: {
        title: `Pakta Integritas ${years} – ${documents.length} dokumen`,
        subject: 'Pakta Integritas (cetak massal); setiap halaman memiliki kode verifikasi sendiri',
        author: options.institution.namaInspektorat.trim(),
        ...(options.creationDate ? { creationDate: options.creationDate } : {}),
      },
      ...(onProgress ? { onProgress } : {}),
      ...(signal ? { signal } : {}),
    },
  );
}

/**
 * `<NIP>_<Nama>.pdf` (or `<Nama>.pdf` without a NIP) under the saved-file-name rule (shared/files
 * `safeFileName`: no `<>:"|?*` or control characters, no trailing dots or spaces, not a Windows
 * reserved device name, at most 120 characters). A slash in a name separates like a space.
 */
export function pledgeFileName(pledge: PledgeRecord): string {
  const nama = /[^\s\p{Cc}<>:"/\\|?*.]/u.test(pledge.signer.nama) ? pledge.signer.nama.replace(/[/\\]/g, ' ') : 'Tanpa Nama';
  const nip = pledge.signer.nip.replace(/\D/g, '');
  return safeFileName(nip ? `${nip}_${nama}` : nama, 'pdf', 'Tanpa Nama');
}

/** Receives each file of {@link pledgeFiles} as soon as it is made (`index` counts from 0). */
export type PledgeFileCallback = (file: PledgeFile, index: number) => void;

/**
 * One PDF per pledge with {@link pledgeFileName} names (made unique with " (2)", " (3)" …).
 * Progress counts files; cancellation is checked between files. Nothing is written to disk.
 * With `onFile`, each file is handed over as soon as it is made (before its progress step) and
 * not kept: the result is then empty, so a caller that streams files never holds them twice.
 */
export async function pledgeFiles(
  documents: readonly PledgeDocument[],
  options: PledgePdfOptions,
  onProgress?: ProgressCallback,
  signal?: AbortSignal,
  onFile?: PledgeFileCallback,
): Promise<PledgeFile[]> {
  await prepareJob(documents, options, signal);
  const used = new Set<string>();
  const files: PledgeFile[] = [];
  try {
    for (let index = 0; index < documents.length; index += 1) {
      throwIfCancelled(signal);
      const document = documents[index] as PledgeDocument;
      const bytes = await pledgePdf(document, options);
      let fileName = pledgeFileName(document.pledge);
      for (let n = 2; used.has(fileName.toLowerCase()); n += 1) fileName = pledgeFileName(document.pledge).replace(/\.pdf$/, ` (${n}).pdf`);
      used.add(fileName.toLowerCase());
      if (onFile) onFile({ fileName, bytes }, index);
      else files.push({ fileName, bytes });
      onProgress?.(index + 1, documents.length);
      if ((index + 1) % 10 === 0) await nextTurn();
    }
  } catch (error) {
    throw toPdfFailure(error);
  }
  throwIfCancelled(signal);
  return files;
}
