import type { Content, TableCell } from 'pdfmake/interfaces';
import { documentFontOf } from '../../../shared/documents/page';
import { formatHariTanggal, toCalendarDate } from '../../../shared/format/date';
import { PAPER_SIZES } from '../../../shared/format/paper';
import { canonicalDeclarationContent } from '../../../shared/pakta/canonical';
import { DOCUMENT_ID_PATTERN, checkPrintedText, nipLine } from '../../../shared/pakta/identity';
import type { DeclarationParty, DeclarationRecord } from '../../../shared/pakta/types';
import { MAX_SIGNATORIES, MAX_WITNESSES } from '../../../shared/declarations';
import { MAX_LOGO_BYTES } from '../../../shared/limits';
import { AppFailure } from '../../../shared/result';
import { imageNames, renderPdf, type DocDefinition } from './engine';
import { checkImage, imageSha256 } from './images';
import { kopContext, pageBox, printedKop, type VerificationStamp } from './layout';
import { kopContent } from './kop';
import { kopFor } from '../../../shared/documents/kop';
import { CONTENT_INFO_KEY, type PledgePdfOptions } from './pledge';
import { qrMatrix, qrRects } from './qr';

/**
 * Piagam/Deklarasi Pencanangan Pembangunan Zona Integritas menuju WBK/WBBM (DOMAIN.md §4):
 * kop surat, title, the opening with the date in words, the commitments, the date
 * line with the day name, then a signature grid of N signatories and M witnesses (jabatan,
 * signature or space for a wet signature, name, NIP when there is one), and the verification
 * footer on every page. A one-off document with real tables, so it goes through pdfmake.
 */

/** A declaration to print: the stored record, its signature images and verification stamp. */
export interface DeclarationDocument {
  declaration: DeclarationRecord;
  /** Signature images by SHA-256 (hex), for parties whose `signatureSha256` is set. */
  signatureImages: Readonly<Record<string, Uint8Array>>;
  verification: VerificationStamp;
}

/** Options of a declaration print: those of a pledge print. */
export type DeclarationPdfOptions = PledgePdfOptions;

const GREY = '#555555';

function partyProblem(party: DeclarationParty, role: string, index: number): string | undefined {
  const who = `${role} ke-${index + 1}`;
  return checkPrintedText(`Jabatan ${who}`, party.jabatan) ?? checkPrintedText(`Nama ${who}`, party.nama);
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
 * Signature grid: parties in rows of `columns`; each row is its own small table of four aligned
 * lines (jabatan, signature space, name, NIP), kept on one page.
 */
function partyGrid(parties: readonly DeclarationParty[], columns: number, imageKey: (sha: string) => string): Content {
  const rows: Content[] = [];
  for (let i = 0; i < parties.length; i += columns) {
    const group = parties.slice(i, i + columns);
    // A short last row is centred by padding it with empty cells on both sides.
    const missing = columns - group.length;
    const before = Math.floor(missing / 2);
    const cells = <T,>(make: (party: DeclarationParty) => T, empty: T): T[] => [
      ...Array.from({ length: before }, () => empty),
      ...group.map(make),
      ...Array.from({ length: missing - before }, () => empty),
    ];
    const blank: TableCell = { text: '' };
    const body: TableCell[][] = [
      cells<TableCell>((party) => ({ text: party.jabatan.trim(), alignment: 'center', fontSize: 9.5 }), blank),
      cells<TableCell>(
        (party) =>
          party.signatureSha256
            ? { image: imageKey(party.signatureSha256), fit: [120, 44], alignment: 'center', margin: [0, 2, 0, 2] }
            : { text: ' ', margin: [0, 0, 0, 36] },
        blank,
      ),
      cells<TableCell>((party) => ({ text: party.nama.trim(), bold: true, decoration: 'underline', alignment: 'center', fontSize: 10 }), blank),
      cells<TableCell>((party) => ({ text: nipLine(party.nip) || ' ', alignment: 'center', fontSize: 9 }), blank),
    ];
    rows.push({
      stack: [{ table: { widths: Array.from({ length: columns }, () => '*'), body }, layout: 'noBorders' }],
      unbreakable: true,
      margin: [0, 6, 0, 4],
    });
  }
  return { stack: rows };
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
  const columnsFor = (count: number): number => (count === 4 ? 2 : Math.max(1, Math.min(count, 3)));
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
  return {
    pageSize: { width: size.widthPt, height: size.heightPt },
    pageMargins: [page.left, page.top, page.right, page.bottom + 92],
    compress: true,
    info: metadata,
    defaultStyle: { font: documentFontOf(options.page), fontSize: 11, lineHeight: 1.25 },
    images,
    content: [
      ...kop.content,
      { stack: text.title.map((line) => ({ text: line, bold: true, fontSize: 12.5 })), alignment: 'center', margin: [0, 14, 0, 12] },
      { text: text.opening, alignment: 'justify' },
      { ol: text.points.map((point) => ({ text: point, alignment: 'justify' as const })), margin: [0, 6, 0, 6] },
      ...(text.closing.trim() ? [{ text: text.closing, alignment: 'justify' as const }] : []),
      { text: `${declaration.place.trim()}, ${formatHariTanggal(declaration.date)}`, alignment: 'center', margin: [0, 14, 0, 2] },
      { text: `${text.signatoryCaption},`, alignment: 'center', bold: true, margin: [0, 0, 0, 2] },
      partyGrid(declaration.signatories, columnsFor(declaration.signatories.length), imageKey),
      ...(declaration.witnesses.length > 0
        ? [
            { text: `${text.witnessCaption},`, alignment: 'center' as const, bold: true, margin: [0, 8, 0, 2] as [number, number, number, number] },
            partyGrid(declaration.witnesses, columnsFor(declaration.witnesses.length), imageKey),
          ]
        : []),
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
