import { PAKTA_ASN_V1, renderTemplateText } from '../../../shared/pakta/templates';
import type { PaperSize } from '../../../shared/format/paper';
import { documentFontOf, type PageSettings } from '../../../shared/documents/page';
import { renderPages } from './batch';
import { renderPdf } from './engine';
import { loadFontBytes } from './fonts';
import type { InstitutionHeader } from './layout';
import { loadPdfLibraries } from './modules';
import { drawPledgePage, type PledgeDocument } from './pledge';
import { qrMatrix } from './qr';

/**
 * Warm-up of the PDF engine, to run once right after the app starts (or when a PDF worker
 * starts): loads pdfkit and fontkit (~0.6 s of module loading on the build machine), parses the
 * fonts, shapes the words of the built-in pledge text and prepares the logo, by rendering one
 * throw-away pledge that is never written anywhere. Afterwards the first real pledge costs what
 * every later one does (performance goal: first pledge after start ≤ 300 ms).
 */

/** A syntactically valid payload for the throw-away page; it is never signed nor stored. */
const WARMUP_PAYLOAD = `ZID1.warmup-0000.${'A'.repeat(43)}.${'A'.repeat(86)}.${'0'.repeat(16)}`;

/**
 * What a PDF worker must have before it may report ready: pdfmake, pdfkit and fontkit loaded and
 * the four font faces read. Resolves with the time it took (ms); throws what failed (a module that
 * cannot be resolved, the Indonesian "font tidak ditemukan" failure).
 */
export function loadPdfEngine(fontsDir?: string): number {
  const started = performance.now();
  loadPdfLibraries();
  loadFontBytes(fontsDir);
  return performance.now() - started;
}

/** Options for {@link warmUpPdfEngine}. */
export interface WarmUpOptions {
  fontsDir?: string;
  /** The institution's kop, so its logo is prepared too. */
  institution?: InstitutionHeader;
  paper?: PaperSize;
  /** Margins and family of the page standard; default the standard's (Arimo). */
  page?: PageSettings;
}

/** Renders one throw-away pledge; resolves with the time it took (ms). Never throws. */
export async function warmUpPdfEngine(options: WarmUpOptions = {}): Promise<number> {
  const started = performance.now();
  const instansi = 'Pemerintah Kabupaten Contoh';
  const document: PledgeDocument = {
    pledge: {
      id: 'warmup-0000',
      year: 2000,
      place: 'Contoh',
      date: '2000-01-01',
      text: renderTemplateText(PAKTA_ASN_V1, { instansi }),
      signer: {
        nama: 'Pemanasan Mesin PDF',
        jenisAsn: 'PNS',
        nip: '198001012005011001',
        pangkat: 'Penata',
        golongan: 'III/c',
        jabatan: 'Jabatan Contoh',
        unitKerja: 'Unit Kerja Contoh',
        instansi,
      },
      witness: { nama: 'Saksi Contoh', nip: '197001011995031001', jabatan: 'Jabatan Atasan Contoh' },
      signature: { kind: 'wet', imageSha256: null },
    },
    signatureImage: null,
    verification: { code: 'ZI-00000000-00000000', qrPayload: WARMUP_PAYLOAD },
  };
  const institution = options.institution ?? { pemerintahDaerah: instansi, namaInspektorat: 'Inspektorat Daerah', alamat: 'Alamat', logo: null };
  const pdfOptions = { institution, paper: options.paper ?? 'A4', ...(options.page ? { page: options.page } : {}) };
  try {
    const qr = qrMatrix(WARMUP_PAYLOAD);
    await renderPages([document], { width: 595.28, height: 841.89 }, (canvas, item) => drawPledgePage(canvas, item, pdfOptions, qr), {
      ...(options.fontsDir === undefined ? {} : { fontsDir: options.fontsDir }),
      font: documentFontOf(options.page),
      info: { title: 'warm-up' },
    });
  } catch {
    // Warming up is an optimisation; a real job will report any problem properly.
  }
  return performance.now() - started;
}

/**
 * Renders one throw-away pdfmake document (a heading, a table, the four font faces): the path of
 * the Piagam, the LHE and the recap, whose first render otherwise pays for pdfmake's layout code
 * and the font set-up. Resolves with the time it took (ms). Never throws.
 */
export async function warmUpReportEngine(options: { fontsDir?: string } = {}): Promise<number> {
  const started = performance.now();
  const cell = (text: string, bold = false): { text: string; bold: boolean } => ({ text, bold });
  try {
    await renderPdf(
      {
        pageSize: 'A4',
        info: { title: 'warm-up' },
        content: [
          { text: 'PEMANASAN MESIN PDF', bold: true, alignment: 'center' },
          { text: [{ text: 'Miring ', italics: true }, { text: 'tebal miring', bold: true, italics: true }] },
          { table: { headerRows: 1, widths: ['*', 60], body: [[cell('Komponen', true), cell('Nilai', true)], [cell('Pengungkit'), cell('55,00')]] } },
        ],
      },
      options.fontsDir === undefined ? {} : { fontsDir: options.fontsDir },
    );
  } catch {
    // Warming up is an optimisation; a real job will report any problem properly.
  }
  return performance.now() - started;
}
