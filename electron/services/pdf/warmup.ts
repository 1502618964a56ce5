import { PAKTA_ASN_V1, renderTemplateText } from '../../../shared/pakta/templates';
import type { PaperSize } from '../../../shared/format/paper';
import { documentFontOf, type PageSettings } from '../../../shared/documents/page';
import { itemsByCode, newestTemplate, thresholdsFor } from '../../../shared/lke';
import { areasOf, buildLheModel, buildRecapModel, defaultReportMeta, type LheModel, type RecapModel, type ReportInstitution } from '../../../shared/reports';
import { emptyWorksheetItem, scoreLayers, summarizeWorksheet, worksheetId, type Worksheet, type WorksheetUnitRef } from '../../../shared/worksheets';
import { renderPages } from './batch';
import { renderPdf } from './engine';
import { lhePdf } from './lhe';
import { recapPdf } from './recap';
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
export async function warmUpReportEngine(options: { fontsDir?: string; page?: PageSettings } = {}): Promise<number> {
  const started = performance.now();
  const cell = (text: string, bold = false): { text: string; bold: boolean } => ({ text, bold });
  try {
    await renderPdf(
      {
        pageSize: 'A4',
        info: { title: 'warm-up' },
        // The faces every report is printed in (never pdfmake's own default, which no report uses).
        defaultStyle: { font: documentFontOf(options.page) },
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

/** Options of {@link warmUpLhe} and {@link warmUpRecap}. */
export interface ReportWarmUpOptions {
  fontsDir?: string;
  paper?: PaperSize;
  /** Margins and family of the page standard; default the standard's (Arimo). */
  page?: PageSettings;
}

const WARMUP_YEAR = 2000;

/** A throw-away worksheet of the newest LKE: no answers, a note on every eighth item (the LHE's notes appendix). */
function warmUpWorksheet(unitId: string, unitName: string): { worksheet: Worksheet; unit: WorksheetUnitRef } {
  const template = newestTemplate();
  if (!template.ok) throw new Error(template.error.message);
  const items: Worksheet['items'] = {};
  [...itemsByCode(template.value).keys()].forEach((code, index) => {
    const item = emptyWorksheetItem();
    if (index % 8 === 0) item.unit.note = 'Catatan contoh untuk pemanasan: dokumen pendukung telah diunggah dan diperiksa (SK, laporan, notulen).';
    items[code] = item;
  });
  const at = `${WARMUP_YEAR}-01-01T00:00:00.000Z`;
  const worksheet: Worksheet = {
    id: worksheetId(unitId, WARMUP_YEAR),
    unitId,
    unitName,
    year: WARMUP_YEAR,
    templateId: template.value.id,
    templateVersion: template.value.version,
    status: 'FINAL',
    changedAfterReview: false,
    reviewedAt: null,
    carriedFromYear: null,
    createdAt: at,
    createdBy: 'pemanasan',
    updatedAt: at,
    updatedBy: 'pemanasan',
    items,
    statusHistory: [],
    prerequisites: { tindakLanjutTemuan: null, kepatuhanLhkpn: null, kepatuhanLhkasn: null, tanggalPencanangan: null, sakipUnit: null },
    tanggalUsulan: null,
  };
  return { worksheet, unit: { id: unitId, nama: unitName, singkatan: unitName.slice(0, 12), afirmasi: false, aktif: true } };
}

/** What both report warm-ups print: three unanswered worksheets of the newest LKE, scored and summarised. */
function warmUpReportData() {
  const template = newestTemplate();
  if (!template.ok) throw new Error(template.error.message);
  const thresholds = thresholdsFor(template.value.id);
  if (!thresholds.ok) throw new Error(thresholds.error.message);
  const institution: ReportInstitution = {
    pemerintahDaerah: 'Pemerintah Kabupaten Contoh',
    namaInspektorat: 'Inspektorat Daerah Kabupaten Contoh',
    alamat: 'Jalan Contoh Nomor 1',
    kota: 'Contoh',
    logo: null,
    inspektur: { nama: 'Pemanasan Mesin PDF', nip: '197001011995031001', pangkatGolongan: 'Pembina Utama Muda (IV/c)' },
  };
  const units = ['Dinas Contoh Satu', 'Dinas Contoh Dua', 'Badan Contoh Tiga'].map((name, index) => warmUpWorksheet(`contoh-${index + 1}`, name));
  const summaries = units.map(({ worksheet, unit }) => ({ worksheet, ...summarizeWorksheet({ worksheet, template: template.value, thresholds: thresholds.value, unit, instansi: null }) }));
  return { template: template.value, thresholds: thresholds.value, institution, summaries };
}

/** Runs one report warm-up; resolves with the time it took (ms). Never throws. */
async function timedWarmUp(render: () => Promise<unknown>): Promise<number> {
  // A failure while building the model (a template that no longer validates) is caught here too.
  const started = performance.now();
  try {
    await render();
  } catch {
    // Warming up is an optimisation; a real job will report any problem properly.
  }
  return performance.now() - started;
}

function reportPdfOptions(options: ReportWarmUpOptions): { page?: PageSettings; fontsDir?: string } {
  return { ...(options.page ? { page: options.page } : {}), ...(options.fontsDir === undefined ? {} : { fontsDir: options.fontsDir }) };
}

/**
 * Renders one throw-away LHE (and {@link warmUpRecap} one annual recap), built by the real model
 * code from the newest LKE with no answers: the first LHE or recap a user prints otherwise pays
 * for the first layout of their tables, chart and notes (pdfmake's and fontkit's code compiled on
 * first use, about twice the cost of a later one). Resolves with the time it took (ms). Never throws.
 */
export function warmUpLhe(options: ReportWarmUpOptions = {}): Promise<number> {
  return timedWarmUp(() => lhePdf(warmUpLheModel(options.paper), reportPdfOptions(options)));
}

/** The throw-away LHE's model: an unanswered worksheet of the newest LKE, scored by the real code. */
export function warmUpLheModel(paper: PaperSize = 'A4'): LheModel {
  const { template, thresholds, institution, summaries } = warmUpReportData();
  const [first] = summaries;
  if (first === undefined) throw new Error('no warm-up worksheet');
  const { unit } = first.summary;
  const lheUnit = { nama: unit.nama, singkatan: unit.singkatan, kepalaNama: 'Kepala Contoh', kepalaJabatan: `Kepala ${unit.nama}` };
  const meta = defaultReportMeta({ unitName: unit.nama, kepalaJabatan: lheUnit.kepalaJabatan, year: WARMUP_YEAR, kota: institution.kota });
  return buildLheModel({ worksheet: first.worksheet, template, thresholds, proposal: first.proposal, institution, paper, unit: lheUnit, meta });
}

/** The annual recap's warm-up; see {@link warmUpLhe}. */
export function warmUpRecap(options: ReportWarmUpOptions = {}): Promise<number> {
  return timedWarmUp(() => recapPdf(warmUpRecapModel(options.paper), reportPdfOptions(options)));
}

/** The throw-away recap's model: three unanswered worksheets of the newest LKE. */
export function warmUpRecapModel(paper: PaperSize = 'A4'): RecapModel {
  const { template, institution, summaries } = warmUpReportData();
  const [first] = summaries;
  if (first === undefined) throw new Error('no warm-up worksheet');
  const halves = areasOf(scoreLayers(first.worksheet, template).unit);
  return buildRecapModel({
    year: WARMUP_YEAR,
    paper,
    institution,
    date: `${WARMUP_YEAR}-01-02`,
    areas: halves.map(({ area, half }) => ({ code: area.code, name: area.name, half })),
    current: summaries.map(({ summary }) => ({ summary, areaPercents: halves.map(({ area }) => area.percent) })),
    previous: [],
    all: summaries.map(({ summary }) => summary),
  });
}
