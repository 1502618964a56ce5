import type { Content, TableCell } from 'pdfmake/interfaces';
import { formatNip } from '../../../shared/format/nip';
import { formatTanggal, toCalendarDate } from '../../../shared/format/date';
import { legalBasisOn, roundRuleDate } from '../../../shared/lke';
import { angkaTerbilang, proposalCategoryLabels, type ProposalCategory, type ProposalLetter } from '../../../shared/proposal';
import { renderPagedReport, thinGrid, type DocDefinition, type PagedPdf, type ReportDocOptions, type ReportPdfOptions } from './engine';
import { kopFor } from '../../../shared/documents/kop';
import { documentFontOf } from '../../../shared/documents/page';
import { kopContent, type KopContent } from './kop';
import { contentWidth, kopContext, pageBox, printedKop, type InstitutionHeader } from './layout';
import type { PaperSize } from '../../../shared/format/paper';

/**
 * The two letters of the proposal to KemenPANRB (DOMAIN §6, PermenPANRB 5/2024 Gambar 6 and 7):
 * the **Surat Pengajuan Evaluasi** from the Bupati listing every proposed unit (category, afirmasi)
 * and the **Surat Pernyataan Tanggung Jawab Mutlak** (SPTJM) the Bupati signs. Both carry the
 * Pemerintah Kabupaten's kop, a fixed 12 pt body, dates in words and a dotted blank (~40 mm) for a
 * number or date not known yet — never today's date, which the Bupati's office sets when signing.
 */

/** Body size of both letters (Tata Naskah Dinas: 12 pt). */
const BODY_SIZE = 12;
/** About 40 mm of dots at 12 pt (a full stop of Arimo is 0.278 em ≈ 3.3 pt). */
export const DOTTED_BLANK = '.'.repeat(34);
const ADDRESSEE = [
  'Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Republik Indonesia',
  'c.q. Deputi Bidang Reformasi Birokrasi, Akuntabilitas Aparatur dan Pengawasan',
];

/** One proposed unit as the letter lists it. */
export interface ProposalLetterUnit {
  nama: string;
  kategori: ProposalCategory;
  afirmasi: boolean;
}

/** What both letters print. */
export interface ProposalLetterModel {
  year: number;
  paper: PaperSize;
  /** "Pemerintah Kabupaten Serang". */
  pemerintahDaerah: string;
  /** The Pemkab address of the settings (the letter's own address wins when typed). */
  alamatPemda: string;
  logo: Uint8Array | null;
  /** The regency emblem (the kop falls back to the logo). */
  lambang: Uint8Array | null;
  letter: ProposalLetter;
  units: readonly ProposalLetterUnit[];
}

/**
 * The letters are the Bupati's: the Pemerintah Kabupaten kop of the page standard (regency emblem,
 * "PEMERINTAH KABUPATEN …", the Pemkab address — the letter's own address when one is typed).
 */
export function pemkabKop(model: Pick<ProposalLetterModel, 'pemerintahDaerah' | 'logo' | 'lambang' | 'alamatPemda' | 'letter'>, width: number): KopContent {
  const header: InstitutionHeader = {
    pemerintahDaerah: model.pemerintahDaerah,
    namaInspektorat: '',
    alamat: '',
    alamatPemda: model.letter.alamatInstansi.trim() || model.alamatPemda,
    logo: model.logo,
    lambang: model.lambang,
  };
  return kopContent(printedKop(kopFor('usulan', kopContext(header)), header), width);
}

/** "2 Mei 2023", or the dotted blank. */
function tanggal(iso: string): string {
  return iso !== '' && toCalendarDate(iso) ? formatTanggal(iso) : DOTTED_BLANK;
}

const orDots = (value: string): string => (value.trim() === '' ? DOTTED_BLANK : value.trim());

/** "Peraturan Menteri … Nomor 90 Tahun 2021 sebagaimana telah diubah dengan … Nomor 5 Tahun 2024". */
function regulationText(year: number): string {
  return legalBasisOn(roundRuleDate(year))
    .map((title) => title.split(' tentang ')[0] ?? title)
    .join(' sebagaimana telah diubah dengan ');
}

function dateLine(letter: ProposalLetter): Content {
  return { text: `${orDots(letter.tempat)}, ${tanggal(letter.tanggalSurat)}`, alignment: 'right', margin: [0, 6, 0, 10] };
}

/** Signature block of the Bupati: jabatan, space to sign, name, and the NIP of a Pj. Bupati. */
function signature(letter: ProposalLetter, heading: string | null): Content {
  const signer = letter.penandatangan;
  const lines: Content[] = [
    ...(heading === null ? [] : [{ text: heading }]),
    { text: `${orDots(signer.jabatan).toUpperCase()},`, bold: true },
    { text: ' ', margin: [0, 0, 0, 56] },
    { text: orDots(signer.nama), bold: true, decoration: signer.nama === '' ? undefined : 'underline' },
    ...(signer.nip === '' ? [] : [{ text: `NIP. ${formatNip(signer.nip)}` }]),
  ];
  return { columns: [{ text: '', width: '*' }, { stack: lines, width: 230, alignment: 'center' }], margin: [0, 16, 0, 0], unbreakable: true };
}

function addresseeBlock(): Content {
  return {
    stack: ['Kepada', 'Yth. ' + (ADDRESSEE[0] ?? ''), ADDRESSEE[1] ?? '', 'di', { text: 'Jakarta', margin: [16, 0, 0, 0] }],
    margin: [0, 0, 0, 12],
  };
}

function unitsTable(units: readonly ProposalLetterUnit[]): Content {
  const header: TableCell[] = ['No.', 'Unit Kerja', 'Kategori', 'Keterangan'].map((text) => ({ text, bold: true, alignment: 'center', fillColor: '#E6E6E6' }));
  const rows: TableCell[][] = units.map((unit, index) => [
    { text: `${index + 1}.`, alignment: 'center' },
    unit.nama,
    proposalCategoryLabels[unit.kategori],
    unit.afirmasi ? 'Afirmasi' : '-',
  ]);
  return { table: { headerRows: 1, widths: [28, '*', 90, 70], body: [header, ...rows] }, layout: thinGrid('#444444', 4), margin: [0, 4, 0, 10] };
}

function baseDefinition(model: ProposalLetterModel, title: string, body: (width: number) => Content[], options: ReportDocOptions, onPageCount: (pages: number) => void): DocDefinition {
  const page = pageBox(model.paper, options.page);
  const width = contentWidth(page);
  const kop = pemkabKop(model, width);
  return {
    pageSize: { width: page.width, height: page.height },
    pageMargins: [page.left, page.top, page.right, page.bottom + 14],
    info: { title, author: model.pemerintahDaerah, creator: 'ZI Desk', ...(options.creationDate ? { creationDate: options.creationDate } : {}) },
    defaultStyle: { font: documentFontOf(options.page), fontSize: BODY_SIZE, lineHeight: 1.15 },
    images: kop.images,
    content: [...kop.content, { text: '', margin: [0, 10, 0, 0] }, ...body(width)],
    footer: (current: number, count: number) => {
      onPageCount(count);
      return count > 1 ? { text: `Halaman ${current} dari ${count}`, alignment: 'center', fontSize: 9, margin: [0, 6, 0, 0] } : null;
    },
  };
}

/** The Surat Pengajuan Evaluasi. */
export function suratPengajuanDefinition(model: ProposalLetterModel, options: ReportDocOptions = {}, onPageCount: (pages: number) => void = () => undefined): DocDefinition {
  const { letter, year, units } = model;
  const count = angkaTerbilang(units.length);
  const label = (name: string, value: string): TableCell[] => [name, ':', value];
  const header: Content = {
    table: {
      widths: [62, 8, '*'],
      body: [label('Nomor', orDots(letter.nomorSurat)), label('Sifat', orDots(letter.sifat)), label('Lampiran', orDots(letter.lampiran)), label('Perihal', orDots(letter.perihal))],
    },
    layout: 'noBorders',
    margin: [0, 0, 0, 12],
  };
  const body = (): Content[] => [
    dateLine(letter),
    header,
    addresseeBlock(),
    {
      text:
        `Dalam rangka pelaksanaan ${regulationText(year)} tentang Pembangunan dan Evaluasi Zona Integritas Menuju Wilayah Bebas dari Korupsi ` +
        `dan Wilayah Birokrasi Bersih dan Melayani di Instansi Pemerintah, bersama ini kami mengajukan ${count} unit kerja di lingkungan ` +
        `${model.pemerintahDaerah} untuk dievaluasi oleh Tim Penilai Nasional dalam rangka Pembangunan Zona Integritas Tahun ${year}, sebagai berikut:`,
      alignment: 'justify',
    },
    unitsTable(units),
    {
      text:
        'Unit kerja tersebut telah dinilai oleh Tim Penilai Internal (Inspektorat) dan memenuhi syarat untuk diusulkan. Sebagai kelengkapan, ' +
        'bersama ini kami lampirkan Surat Pernyataan Tanggung Jawab Mutlak atas kebenaran data pendukung; data Lembar Kerja Evaluasi ' +
        'setiap unit kerja kami sampaikan melalui PortalRB.',
      alignment: 'justify',
      margin: [0, 0, 0, 8],
    },
    { text: 'Demikian kami sampaikan, atas perhatian dan kerja sama Bapak/Ibu kami ucapkan terima kasih.', alignment: 'justify' },
    signature(letter, null),
  ];
  return baseDefinition(model, `Surat Pengajuan Evaluasi Zona Integritas Tahun ${year}`, body, options, onPageCount);
}

/** The SPTJM. */
export function sptjmDefinition(model: ProposalLetterModel, options: ReportDocOptions = {}, onPageCount: (pages: number) => void = () => undefined): DocDefinition {
  const { letter, year, units } = model;
  const identity = (name: string, value: string): TableCell[] => [name, ':', value];
  const body = (): Content[] => [
    { text: 'SURAT PERNYATAAN TANGGUNG JAWAB MUTLAK', bold: true, alignment: 'center', decoration: 'underline', margin: [0, 0, 0, 2] },
    { text: 'KEBENARAN DATA PENDUKUNG USULAN ZONA INTEGRITAS', bold: true, alignment: 'center', margin: [0, 0, 0, 14] },
    { text: ['Kepada Yth. ', ADDRESSEE[0] ?? '', ' ', ADDRESSEE[1] ?? '', ', di Jakarta.'], alignment: 'justify', margin: [0, 0, 0, 10] },
    'Yang bertanda tangan di bawah ini:',
    {
      table: {
        widths: [110, 8, '*'],
        body: [
          identity('Nama', orDots(letter.penandatangan.nama)),
          ...(letter.penandatangan.nip === '' ? [] : [identity('NIP', formatNip(letter.penandatangan.nip))]),
          identity('Jabatan', orDots(letter.penandatangan.jabatan)),
          identity('Alamat Instansi', orDots(letter.alamatInstansi)),
        ],
      },
      layout: 'noBorders',
      margin: [16, 4, 0, 8],
    },
    {
      // "WBK/WBBM" as one unbreakable run: a justified line would otherwise widen the gap after "/".
      text: [
        `dengan ini menyatakan bahwa dalam pengusulan ${angkaTerbilang(units.length)} unit kerja di lingkungan ${model.pemerintahDaerah} ` +
          'untuk dievaluasi dalam rangka Pembangunan Zona Integritas menuju ',
        { text: 'WBK/WBBM', noWrap: true },
        ` Tahun ${year}, sebagaimana tercantum dalam Surat Pengajuan Evaluasi Nomor ${orDots(letter.nomorSurat)} tanggal ${tanggal(letter.tanggalSurat)}:`,
      ],
      alignment: 'justify',
    },
    {
      ol: [
        'data pemenuhan persyaratan unit kerja yang diusulkan sesuai dengan kondisi yang sebenarnya;',
        'data dukung komponen pengungkit sesuai dengan kondisi yang sebenarnya; dan',
        'data komponen hasil sesuai dengan kondisi yang sebenarnya.',
      ],
      margin: [16, 4, 0, 8],
      alignment: 'justify',
    },
    {
      text:
        'Apabila di kemudian hari ditemukan bahwa data tersebut tidak benar, kami bersedia usulan unit kerja yang bersangkutan ' +
        'ditinjau kembali sesuai dengan ketentuan peraturan perundang-undangan.',
      alignment: 'justify',
      margin: [0, 0, 0, 8],
    },
    { text: 'Demikian surat pernyataan ini kami buat dengan sebenarnya untuk dipergunakan sebagaimana mestinya.', alignment: 'justify' },
    { stack: [dateLine(letter)], margin: [0, 8, 0, 0] },
    signature(letter, 'Yang membuat pernyataan,'),
  ];
  return baseDefinition(model, `SPTJM Usulan Zona Integritas Tahun ${year}`, body, options, onPageCount);
}

/** Renders the Surat Pengajuan Evaluasi. */
export function suratPengajuanPdf(model: ProposalLetterModel, options: ReportPdfOptions = {}): Promise<PagedPdf> {
  return renderPagedReport(model.logo, options, (doc, onPageCount) => suratPengajuanDefinition(model, doc, onPageCount));
}

/** Renders the SPTJM. */
export function sptjmPdf(model: ProposalLetterModel, options: ReportPdfOptions = {}): Promise<PagedPdf> {
  return renderPagedReport(model.logo, options, (doc, onPageCount) => sptjmDefinition(model, doc, onPageCount));
}
