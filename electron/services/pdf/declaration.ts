import type { Content, TableCell } from 'pdfmake/interfaces';
import { documentFontOf } from '../../../shared/documents/page';
import { formatHariTanggal, formatTanggal, toCalendarDate } from '../../../shared/format/date';
import { keepTitlesTogether } from '../../../shared/format/name';
import { PAPER_SIZES } from '../../../shared/format/paper';
import { canonicalDeclarationContent } from '../../../shared/pakta/canonical';
import { DOCUMENT_ID_PATTERN, checkPrintedText, nipLine } from '../../../shared/pakta/identity';
import type { DeclarationParty, DeclarationRecord } from '../../../shared/pakta/types';
import { MAX_SIGNATORIES, MAX_WITNESSES } from '../../../shared/declarations';
import { MAX_LOGO_BYTES } from '../../../shared/limits';
import { AppFailure } from '../../../shared/result';
import { imageNames, renderPdf, type DocDefinition } from './engine';
import { checkImage, imageSha256 } from './images';
import { kopFor } from '../../../shared/documents/kop';
import { kopContent } from './kop';
import { kopContext, pageBox, printedKop, type PageBox, type VerificationStamp } from './layout';
import { CONTENT_INFO_KEY, type PledgePdfOptions } from './pledge';
import { qrMatrix, qrRects } from './qr';

/**
 * Piagam/Deklarasi Pencanangan Pembangunan Zona Integritas menuju WBK/WBBM (DOMAIN.md §4): the
 * Pemerintah Kabupaten kop, title, the event title, the opening with the date in words, the
 * commitments, then the signature blocks (jabatan, signature or space for a wet signature, name,
 * NIP when there is one) and the verification footer on every page. Keep-together rules:
 * - the closing paragraph, the place and date, the caption and the Bupati's block (the first
 *   signatory: alone, centred, with room for a signature and the stamp) stay on one page;
 * - the other signatories follow in a balanced grid (1–3 columns by count), each row one
 *   unbreakable table, so a block never splits and the names of a row stay level;
 * - "Saksi-saksi," stays with the first row of witnesses;
 * - every page after the first carries "Lanjutan Piagam Pencanangan …, halaman X dari Y" and a
 *   paraf box, so no page holds only signature blocks;
 * - names wrap at spaces between their parts, never inside "S.H., M.Si." (shared/format/name.ts).
 * A one-off document with real tables, so it goes through pdfmake.
 */

/** A declaration to print: the stored record, its signature images and verification stamp. */
export interface DeclarationDocument {
  declaration: DeclarationRecord;
  /** Signature images by SHA-256 (hex), for parties whose `signatureSha256` is set. */
  signatureImages: Readonly<Record<string, Uint8Array>>;
  verification: VerificationStamp;
  /** The event title the user typed ("Pencanangan Pembangunan Zona Integritas … Tahun 2022"), printed under the title. */
  eventTitle?: string;
}

/** Options of a declaration print: those of a pledge print. */
export type DeclarationPdfOptions = PledgePdfOptions;

const GREY = '#555555';

function partyProblem(party: DeclarationParty, role: string, index: number): string | undefined {
  const who = `${role} ke-${index + 1}`;
  return checkPrintedText(`Jabatan ${who}`, party.jabatan) ?? checkPrintedText(`Nama ${who}`, party.nama) ?? checkPrintedText(`Pangkat ${who}`, party.pangkat ?? '', false);
}

/**
 * Checks a declaration before rendering: a valid id and date, 1 to {@link MAX_SIGNATORIES}
 * signatories, at most {@link MAX_WITNESSES} witnesses (the limits of the declaration input), printable names and jabatan, and every referenced signature image present, valid and
 * matching its hash. Throws `AppFailure`.
 */
function validateDeclarationDocument(document: DeclarationDocument): void {
  const { declaration } = document;
  if (!DOCUMENT_ID_PATTERN.test(declaration.id)) throw new AppFailure('INVALID_INPUT', 'ID dokumen tidak valid.');
  if (!toCalendarDate(declaration.date)) throw new AppFailure('INVALID_INPUT', `Tanggal pencanangan tidak valid (${declaration.date}).`);
  const place = checkPrintedText('Tempat pencanangan', declaration.place);
  if (place) throw new AppFailure('INVALID_INPUT', place);
  if (declaration.signatories.length === 0) throw new AppFailure('INVALID_INPUT', 'Deklarasi harus memiliki minimal satu penanda tangan.');
  if (declaration.signatories.length > MAX_SIGNATORIES || declaration.witnesses.length > MAX_WITNESSES) {
    throw new AppFailure('INVALID_INPUT', `Paling banyak ${MAX_SIGNATORIES} penanda tangan dan ${MAX_WITNESSES} saksi.`);
  }
  const all: [DeclarationParty, string, number][] = [
    ...declaration.signatories.map((p, i): [DeclarationParty, string, number] => [p, 'penanda tangan', i]),
    ...declaration.witnesses.map((p, i): [DeclarationParty, string, number] => [p, 'saksi', i]),
  ];
  for (const [party, role, index] of all) {
    const problem = partyProblem(party, role, index);
    if (problem) throw new AppFailure('INVALID_INPUT', problem);
    if (party.signatureSha256) {
      const image = document.signatureImages[party.signatureSha256];
      if (!image) throw new AppFailure('INVALID_INPUT', `Gambar tanda tangan ${party.nama.trim()} tidak ditemukan.`);
      checkImage(image, 'Tanda tangan');
      if (imageSha256(image) !== party.signatureSha256) {
        throw new AppFailure('INVALID_INPUT', `Gambar tanda tangan ${party.nama.trim()} tidak sama dengan yang tercatat.`);
      }
    }
  }
  if (!document.verification.code || !document.verification.qrPayload) {
    throw new AppFailure('INVALID_INPUT', 'Kode verifikasi belum dibuat untuk deklarasi ini.');
  }
}

/**
 * Type sizes of the Piagam: one body size for the text and every signature block; the running
 * head at 8.5 pt so "Lanjutan Piagam Pencanangan Pemerintah Kabupaten …, halaman 12 dari 13" stays
 * on one line beside the paraf box within A4's 30/20 mm side margins.
 */
const TYPE = { body: 12, title: 13, continuation: 8.5 } as const;

/** Heights (points) left for a signature: the Bupati's with room for the stamp, the others'. */
const SIGNATURE_SPACE = { principal: 66, party: 48 } as const;

/** Height of the running head of continuation pages (title, page, paraf box and rule). */
const CONTINUATION_HEIGHT = 40;

/** A block's margin. */
type Margin = [number, number, number, number];

/** "NIP. 19680512 199003 1 007", breakable only after "NIP." (the number stays on one line). */
function nipText(nip: string): string {
  return nipLine(nip).replace(/(\d) (?=\d)/g, '$1\u00a0');
}

/**
 * The lines of signature blocks side by side: jabatan, signature space, name (underlined, titles
 * kept together), pangkat and NIP when any block of the row has them, one table row each so the
 * names of one row stay level.
 */
function partyLines(parties: readonly DeclarationParty[], space: number, imageKey: (sha: string) => string): TableCell[][] {
  const rows: TableCell[][] = [
    parties.map((party) => ({ text: party.jabatan.trim(), alignment: 'center' })),
    parties.map((party) =>
      party.signatureSha256
        ? { image: imageKey(party.signatureSha256), fit: [150, space - 6], alignment: 'center', margin: [0, 3, 0, 3] }
        : { text: ' ', margin: [0, 0, 0, space - TYPE.body * 1.2] },
    ),
    parties.map((party) => ({ text: keepTitlesTogether(party.nama), bold: true, decoration: 'underline', alignment: 'center' })),
  ];
  if (parties.some((party) => party.pangkat?.trim())) rows.push(parties.map((party) => ({ text: pangkatText(party.pangkat?.trim() || ' '), alignment: 'center' })));
  if (parties.some((party) => party.nip.trim() !== '')) rows.push(parties.map((party) => ({ text: party.nip.trim() ? nipText(party.nip) : ' ', alignment: 'center' })));
  return rows;
}

/**
 * "Pembina Utama Madya, IV/d": the golongan ("IV/d") never splits at its slash; a narrow block
 * wraps the line before it instead.
 */
function pangkatText(pangkat: string): Content[] {
  return pangkat.split(/(\S*\/\S*)/).filter((part) => part !== '').map((part) => (part.includes('/') ? { text: part, noWrap: true } : part));
}

/** Horizontal padding pdfmake's table layouts put on each side of a cell. */
const CELL_PADDING = 4;

/**
 * A row of signature blocks as one unbreakable table (a block never splits), `cellWidth` each,
 * centred in `width` with equal spacers when it holds fewer blocks than a full row.
 */
function blockRow(parties: readonly DeclarationParty[], space: number, cellWidth: number, width: number, imageKey: (sha: string) => string): Content {
  const spacer = (width - parties.length * cellWidth) / 2;
  const body = partyLines(parties, space, imageKey).map((cells): TableCell[] => (spacer > 1 ? [{ text: '' }, ...cells, { text: '' }] : cells));
  const inner = cellWidth - 2 * CELL_PADDING;
  const widths = spacer > 1 ? [spacer - 2 * CELL_PADDING, ...parties.map(() => inner), spacer - 2 * CELL_PADDING] : parties.map(() => inner);
  return { table: { widths, body, dontBreakRows: true }, layout: 'noBorders', unbreakable: true, margin: [0, 6, 0, 2] };
}

/**
 * The columns of a balanced signature grid for `count` blocks: one or two when there are that
 * few, two for four (2 + 2 rather than 3 + 1), three otherwise.
 */
export function gridColumns(count: number): number {
  if (count <= 2) return Math.max(count, 1);
  return count === 4 ? 2 : 3;
}

/**
 * Blocks per row of a balanced grid: as many rows as `columns` needs, the blocks spread evenly
 * (7 in three columns: 3, 2, 2 — never a lone block in the last row when it can be avoided).
 */
export function gridRows(count: number, columns: number): number[] {
  if (count === 0) return [];
  const rows = Math.ceil(count / columns);
  const base = Math.floor(count / rows);
  const extra = count % rows;
  return Array.from({ length: rows }, (_, index) => base + (index < extra ? 1 : 0));
}

/** The parties as rows of a balanced grid of signature blocks. */
function partyRows(parties: readonly DeclarationParty[], width: number, imageKey: (sha: string) => string): Content[] {
  const cellWidth = width / gridColumns(parties.length);
  const rows: Content[] = [];
  let next = 0;
  for (const count of gridRows(parties.length, gridColumns(parties.length))) {
    rows.push(blockRow(parties.slice(next, next + count), SIGNATURE_SPACE.party, cellWidth, width, imageKey));
    next += count;
  }
  return rows;
}

/** "PIAGAM PENCANANGAN" → "Piagam Pencanangan", for the running head of continuation pages. */
function titleCase(text: string): string {
  return text.toLowerCase().replace(/(^|\s)(\p{L})/gu, (_match, space: string, letter: string) => `${space}${letter.toUpperCase()}`);
}

/**
 * The running head of continuation pages: "Lanjutan Piagam Pencanangan …, halaman X dari Y" and a
 * box for the paraf of the signatories, above a thin rule, so no page of signature blocks stands
 * without the piagam's title.
 */
function continuationHead(declaration: DeclarationRecord, page: PageBox, width: number): (currentPage: number, pageCount: number) => Content {
  // The government's name when it is short enough for the head to stay within its 40 pt band.
  const instansi = declaration.instansi.trim().length <= 60 ? ` ${declaration.instansi.trim()}` : '';
  const name = `Lanjutan ${titleCase(declaration.text.title[0] ?? 'Piagam Pencanangan')}${instansi}, ${formatTanggal(declaration.date)}`;
  const paraf = 70;
  return (currentPage, pageCount) =>
    currentPage === 1
      ? { text: '' }
      : {
          margin: [page.left, page.top, page.right, 0],
          stack: [
            {
              columns: [
                { text: `${name}, halaman ${currentPage} dari ${pageCount}`, fontSize: TYPE.continuation, italics: true, width: '*', margin: [0, 4, 8, 0] },
                {
                  width: paraf,
                  table: { widths: [paraf - 8], heights: [22], body: [[{ text: 'Paraf', fontSize: 7, color: GREY }]] },
                  layout: { hLineWidth: () => 0.5, vLineWidth: () => 0.5, hLineColor: () => GREY, vLineColor: () => GREY },
                },
              ],
            },
            { canvas: [{ type: 'line', x1: 0, y1: 4, x2: width, y2: 4, lineWidth: 0.4, lineColor: GREY }] },
          ],
        };
}

/**
 * The QR code as filled rectangles on a pdfmake canvas, `width` points wide. Not an SVG node:
 * svg-to-pdfkit parses and draws a few hundred path segments for every page and every layout
 * pass (~140 ms a document); a canvas of plain rectangles costs a few milliseconds.
 */
function qrCanvas(payload: string, width: number): () => Content {
  const matrix = qrMatrix(payload);
  const module = width / matrix.size;
  const rects = qrRects(matrix);
  // A fresh node for every footer: pdfmake writes its measurements into the nodes it lays out.
  return () => ({
    canvas: rects.map(({ x, y, w }) => ({ type: 'rect' as const, x: x * module, y: y * module, w: w * module, h: module, color: '#000000' })),
    width,
  });
}

function payloadText(payload: string): string {
  const parts = payload.split('.');
  return parts.length === 5 ? `${parts.slice(0, 3).join('.')}.\n${parts.slice(3).join('.')}` : payload;
}

/**
 * The pdfmake document definition of a declaration (pure apart from base64-encoding images).
 */
function declarationDocDefinition(document: DeclarationDocument, options: DeclarationPdfOptions): DocDefinition {
  const { declaration, verification } = document;
  const { text } = declaration;
  const page = pageBox(options.paper, options.page);
  const size = PAPER_SIZES[options.paper];
  const width = size.widthPt - page.left - page.right;
  const { images, nameOf: imageKey } = imageNames('ttd', (sha: string) => document.signatureImages[sha]);
  const header = options.institution;
  // Signed by the Bupati: the Pemerintah Kabupaten kop (shared/documents/kop.ts).
  const kop = kopContent(printedKop(kopFor('piagam', kopContext(header)), header), width);
  Object.assign(images, kop.images);
  const qr = qrCanvas(verification.qrPayload, 72);
  const [principal, ...others] = declaration.signatories;
  const metadata = {
    title: `${text.title.join(' ')}`.slice(0, 200),
    author: header.namaInspektorat.trim(),
    subject: `Deklarasi Pencanangan Zona Integritas; kode verifikasi ${verification.code}`,
    keywords: verification.qrPayload,
    creator: 'ZI Desk',
    producer: 'ZI Desk (pdfmake)',
    [CONTENT_INFO_KEY]: Buffer.from(canonicalDeclarationContent(declaration), 'utf8').toString('base64url'),
    ...(options.creationDate ? { creationDate: options.creationDate } : {}),
  };
  const eventTitle = document.eventTitle?.trim() ?? '';
  // The closing paragraph, the place and date, the caption and the Bupati's block (the first
  // signatory: first, centred, with room for a signature and the stamp) stay on one page.
  const principalBlock: Content = {
    stack: [
      ...(text.closing.trim() ? [{ text: text.closing, alignment: 'justify' as const, margin: [0, 0, 0, 8] as Margin }] : []),
      { text: `${declaration.place.trim()}, ${formatHariTanggal(declaration.date)}`, alignment: 'center' },
      { text: `${text.signatoryCaption},`, alignment: 'center', bold: true, margin: [0, 0, 0, 2] },
      ...(principal
        ? [blockRow([principal], SIGNATURE_SPACE.principal, width * 0.6, width, imageKey)]
        : []),
    ],
    unbreakable: true,
    margin: [0, 4, 0, 0],
  };
  // "Saksi-saksi," stays with the first row of witnesses.
  const [firstWitnessRow, ...witnessRows] = partyRows(declaration.witnesses, width, imageKey);
  const witnesses: Content[] = firstWitnessRow
    ? [{ stack: [{ text: `${text.witnessCaption},`, alignment: 'center', bold: true, margin: [0, 12, 0, 0] }, firstWitnessRow], unbreakable: true }, ...witnessRows]
    : [];
  return {
    pageSize: { width: size.widthPt, height: size.heightPt },
    // The running head of continuation pages sits in the band above the content; page 1 starts
    // with the kop in that band (the kop's negative top margin).
    pageMargins: [page.left, page.top + CONTINUATION_HEIGHT, page.right, page.bottom + 92],
    compress: true,
    info: metadata,
    defaultStyle: { font: documentFontOf(options.page), fontSize: TYPE.body, lineHeight: 1.2 },
    images,
    header: continuationHead(declaration, page, width),
    content: [
      { stack: kop.content, margin: [0, -CONTINUATION_HEIGHT, 0, 0] },
      { stack: text.title.map((line) => ({ text: line, bold: true, fontSize: TYPE.title })), alignment: 'center', margin: [0, 14, 0, eventTitle ? 4 : 12] },
      ...(eventTitle ? [{ text: eventTitle, alignment: 'center' as const, italics: true, margin: [0, 0, 0, 12] as Margin }] : []),
      { text: text.opening, alignment: 'justify' },
      { ol: text.points.map((point) => ({ text: point, alignment: 'justify' as const })), margin: [0, 6, 0, 6] },
      principalBlock,
      ...partyRows(others, width, imageKey),
      ...witnesses,
    ],
    footer: (currentPage: number, pageCount: number): Content => ({
      margin: [page.left, 8, page.right, 0],
      stack: [
        { canvas: [{ type: 'line', x1: 0, y1: 0, x2: width, y2: 0, lineWidth: 0.4, lineColor: GREY }] },
        {
          columns: [
            qr(),
            {
              stack: [
                { text: `Kode verifikasi: ${verification.code}`, bold: true, fontSize: 8.5 },
                {
                  text: `Dokumen ini diterbitkan dengan aplikasi ZI Desk oleh ${header.namaInspektorat.trim()}. Keasliannya dapat diperiksa pada menu Verifikasi Dokumen dengan memindai kode QR atau mengetik kode di atas.`,
                  fontSize: 7,
                  color: GREY,
                },
                { text: payloadText(verification.qrPayload), fontSize: 5.5, color: GREY, margin: [0, 1, 0, 0] },
                { text: `Halaman ${currentPage} dari ${pageCount}`, fontSize: 7, color: GREY, alignment: 'right' },
              ],
              width: '*',
            },
          ],
          columnGap: 10,
          margin: [0, 6, 0, 0],
        },
      ],
    }),
  };
}

/** The declaration as a PDF (validated first). */
export async function declarationPdf(document: DeclarationDocument, options: DeclarationPdfOptions): Promise<Uint8Array> {
  validateDeclarationDocument(document);
  const header = options.institution;
  const problem = checkPrintedText('Nama pemerintah daerah', header.pemerintahDaerah, false) ?? checkPrintedText('Nama Inspektorat', header.namaInspektorat, false);
  if (problem) throw new AppFailure('INVALID_INPUT', problem);
  if (header.logo) checkImage(header.logo, 'Logo', MAX_LOGO_BYTES);
  return renderPdf(declarationDocDefinition(document, options), options.fontsDir === undefined ? {} : { fontsDir: options.fontsDir });
}
