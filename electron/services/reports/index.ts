import { z } from 'zod';
import { formatPangkatGolongan, todayIso } from '../../../shared/format';
import { getTemplate, thresholdsFor, type Template } from '../../../shared/lke';
import { SIGNED_STATUSES } from '../../../shared/pledges/views';
import {
  areasOf,
  buildDashboard,
  buildLheModel,
  buildRecapModel,
  defaultReportMeta,
  reportMetaSchema,
  suggestRecommendations,
  type DashboardView,
  type RecapEntry,
  type RecapModel,
  type ReportInstitution,
  type ReportMeta,
  type ReportMetaView,
  type LheModel,
} from '../../../shared/reports';
import { AppFailure } from '../../../shared/result';
import { parseWorksheetId, scoreLayers, type Worksheet, type WorksheetSummary } from '../../../shared/worksheets';
import type { GeneratedPdf } from '../../../shared/pledges';
import type { Services } from '../container';
import { safeFileStem } from '../files';
import { paktaServicesFor } from '../pakta';
import { lhePdf } from '../pdf/lhe';
import { recapPdf } from '../pdf/recap';
import type { DocumentSpec } from '../storage';
import { worksheetServicesFor } from '../worksheets';

/**
 * Reports (issue 5 items 1–3): report metadata stored next to each worksheet
 * (`reports/<worksheetId>`, editable after the worksheet is Final), the Laporan Hasil Evaluasi
 * and annual recap PDFs written into the generated-documents store, and the yearly dashboard.
 * Plain Node; every number comes from the scoring engine at the moment of the call.
 */

const storedReportSchema = z.object({
  report: z
    .object({
      meta: reportMetaSchema,
      savedAt: z.string(),
      savedBy: z.string(),
    })
    .nullable(),
});
type StoredReport = z.output<typeof storedReportSchema>;

function reportSpec(worksheetId: string): DocumentSpec<StoredReport> {
  return {
    name: `reports/${worksheetId}`,
    schema: storedReportSchema as unknown as z.ZodType<StoredReport>,
    version: 1,
    migrations: [],
    empty: () => ({ report: null }),
  };
}

/** Field labels of the metadata, for the "printed as dots" notice. */
const FIELD_LABELS: readonly [keyof ReportMeta, string][] = [
  ['nomorSurat', 'Nomor surat'],
  ['tanggalSurat', 'Tanggal surat'],
  ['sifat', 'Sifat'],
  ['lampiran', 'Lampiran'],
  ['perihal', 'Perihal'],
  ['kepada', 'Kepada'],
  ['nomorLaporan', 'Nomor laporan'],
  ['suratTugasNomor', 'Nomor surat tugas'],
  ['suratTugasTanggal', 'Tanggal surat tugas'],
  ['periodeEvaluasi', 'Periode evaluasi'],
];

export function blankFields(meta: ReportMeta): string[] {
  const blanks = FIELD_LABELS.filter(([key]) => {
    const value = meta[key];
    return typeof value === 'string' && value.trim() === '';
  }).map(([, label]) => label);
  if (meta.pengendaliTeknis.nama === '') blanks.push('Pengendali Teknis');
  if (meta.ketuaTim.nama === '') blanks.push('Ketua Tim');
  return blanks;
}

export interface ReportService {
  getMeta(id: string): Promise<ReportMetaView>;
  saveMeta(id: string, meta: ReportMeta, by: string): Promise<ReportMetaView>;
  /** The LHE model of a worksheet (what the PDF prints). */
  lheModel(id: string): Promise<LheModel>;
  lhePdf(id: string): Promise<GeneratedPdf>;
  recapModel(year: number): Promise<RecapModel>;
  recapPdf(year: number): Promise<GeneratedPdf>;
  dashboard(year: number): Promise<DashboardView>;
}

export interface ReportOptions {
  fontsDir?: string;
}

const instances = new WeakMap<Services, ReportService>();

/** The report service of a Services container (one per container). */
export function reportServiceFor(services: Services, options: ReportOptions = {}): ReportService {
  let found = instances.get(services);
  if (found === undefined) {
    found = createReportService(services, options);
    instances.set(services, found);
  }
  return found;
}

function templateOf(worksheet: Pick<Worksheet, 'templateId'>): Template {
  const template = getTemplate(worksheet.templateId);
  if (!template.ok) throw new AppFailure('CONFLICT', `Templat LKE "${worksheet.templateId}" tidak tersedia di aplikasi ini.`);
  return template.value;
}

export function createReportService(services: Services, options: ReportOptions = {}): ReportService {
  const { worksheets } = worksheetServicesFor(services);
  const { master, storage, blobs } = services;

  async function institution(): Promise<ReportInstitution> {
    const data = master.data().institution;
    let logo: Uint8Array | null = null;
    if (data.logo) logo = await blobs.get(data.logo.hash).catch(() => null);
    return {
      pemerintahDaerah: data.pemerintahDaerah,
      namaInspektorat: data.namaInspektorat,
      alamat: data.alamat,
      kota: data.kota,
      logo,
      inspektur: {
        nama: data.inspektur.nama,
        nip: data.inspektur.nip,
        pangkatGolongan: data.inspektur.golongan === '' ? '' : formatPangkatGolongan('PNS', data.inspektur.golongan),
      },
    };
  }

  function unitOf(worksheet: Worksheet): LheModel['unit'] {
    const unit = master.findUnit(worksheet.unitId);
    return {
      nama: unit?.nama ?? worksheet.unitName,
      singkatan: unit?.singkatan ?? '',
      kepalaNama: unit?.kepalaNama ?? '',
      kepalaJabatan: unit?.kepalaJabatan ?? '',
    };
  }

  /** The saved metadata (a copy), or the defaults the form offers before the first save. */
  function metaOrDefaults(stored: StoredReport['report'], worksheet: Worksheet, unit: LheModel['unit']): ReportMeta {
    if (stored !== null) return structuredClone(stored.meta) as ReportMeta;
    return defaultReportMeta({ unitName: unit.nama, kepalaJabatan: unit.kepalaJabatan, year: worksheet.year, kota: master.data().institution.kota });
  }

  async function open(id: string) {
    if (parseWorksheetId(id) === undefined) throw new AppFailure('INVALID_INPUT', 'ID LKE tidak valid.');
    return storage.open(reportSpec(id));
  }

  async function view(id: string): Promise<ReportMetaView> {
    const detail = await worksheets.get(id);
    const worksheet = detail.worksheet;
    const stored = (await open(id)).data.report;
    const unit = unitOf(worksheet);
    const meta = metaOrDefaults(stored, worksheet, unit);
    const template = templateOf(worksheet);
    const scores = scoreLayers(worksheet, template);
    return {
      worksheetId: id,
      unitName: unit.nama,
      year: worksheet.year,
      saved: stored !== null,
      savedAt: stored?.savedAt ?? null,
      savedBy: stored?.savedBy ?? null,
      meta,
      suggestions: suggestRecommendations(scores[detail.summary.assessment.layer], template),
      blanks: blankFields(meta),
    };
  }

  async function lheModel(id: string): Promise<LheModel> {
    const detail = await worksheets.get(id);
    const worksheet = detail.worksheet;
    const template = templateOf(worksheet);
    const thresholds = thresholdsFor(worksheet.templateId);
    if (!thresholds.ok) throw new AppFailure('CONFLICT', thresholds.error.message);
    const unit = unitOf(worksheet);
    const meta = metaOrDefaults((await open(id)).data.report, worksheet, unit);
    return buildLheModel({
      worksheet,
      template,
      thresholds: thresholds.value,
      proposal: detail.proposal,
      institution: await institution(),
      paper: master.data().institution.kertas,
      unit,
      meta,
      today: todayIso(services.now()),
    });
  }

  async function allSummaries() {
    return worksheets.list({});
  }

  async function recapModel(year: number): Promise<RecapModel> {
    const list = await allSummaries();
    const currentSummaries = list.worksheets.filter((summary) => summary.year === year);
    const entries: RecapEntry[] = [];
    let areas: RecapModel['areas'] = [];
    for (const summary of currentSummaries) {
      const detail = await worksheets.get(summary.id);
      const template = templateOf(detail.worksheet);
      const halves = areasOf(scoreLayers(detail.worksheet, template)[detail.summary.assessment.layer]);
      if (areas.length === 0) areas = halves.map(({ area, half }) => ({ code: area.code, name: area.name, half }));
      entries.push({ summary: detail.summary, areaPercents: halves.map(({ area }) => area.percent) });
    }
    return buildRecapModel({
      year,
      paper: master.data().institution.kertas,
      institution: await institution(),
      date: todayIso(services.now()),
      areas,
      current: entries,
      previous: list.worksheets.filter((summary: WorksheetSummary) => summary.year === year - 1),
      all: list.worksheets,
    });
  }

  const pdfOptions = () => ({
    creationDate: services.now(),
    ...(options.fontsDir === undefined ? {} : { fontsDir: options.fontsDir }),
  });

  return {
    getMeta: view,

    async saveMeta(id, meta, by) {
      await worksheets.get(id); // NOT_FOUND for a worksheet that does not exist
      const doc = await open(id);
      const savedAt = services.now().toISOString();
      await doc.update((draft) => {
        draft.report = { meta, savedAt, savedBy: by };
      });
      return view(id);
    },

    lheModel,

    async lhePdf(id) {
      const model = await lheModel(id);
      const rendered = await lhePdf(model, pdfOptions());
      const { documents } = await paktaServicesFor(services);
      const fileName = `LHE-ZI-${safeFileStem(model.unit.singkatan || model.unit.nama, 'unit')}-${model.year}.pdf`;
      const meta = await documents.write({
        kind: 'lhe',
        title: `Laporan Hasil Evaluasi ZI ${model.unit.nama} Tahun ${model.year}`,
        fileName,
        pages: rendered.pages,
        sourceIds: [id],
        bytes: rendered.bytes,
      });
      return { documentId: meta.id, fileName, pages: rendered.pages, code: '' };
    },

    recapModel,

    async recapPdf(year) {
      const model = await recapModel(year);
      if (model.rows.length === 0) throw new AppFailure('NOT_FOUND', `Belum ada lembar kerja Tahun ${year}; rekap tidak dapat dibuat.`);
      const rendered = await recapPdf(model, pdfOptions());
      const { documents } = await paktaServicesFor(services);
      const fileName = `Rekap-Evaluasi-ZI-${year}.pdf`;
      const meta = await documents.write({
        kind: 'rekap',
        title: `Rekapitulasi Hasil Evaluasi Zona Integritas Tahun ${year}`,
        fileName,
        pages: rendered.pages,
        sourceIds: model.rows.map((row) => row.worksheetId),
        bytes: rendered.bytes,
      });
      return { documentId: meta.id, fileName, pages: rendered.pages, code: '' };
    },

    async dashboard(year) {
      const list = await allSummaries();
      const { pledges } = await paktaServicesFor(services);
      const registry = await pledges.registry(undefined, year);
      const perUnit = new Map<string, { total: number; signed: number }>();
      for (const row of registry.rows) {
        const entry = perUnit.get(row.unitId) ?? { total: 0, signed: 0 };
        entry.total += 1;
        if (SIGNED_STATUSES.includes(row.status)) entry.signed += 1;
        perUnit.set(row.unitId, entry);
      }
      const pledgePercentByUnit = new Map<string, number>();
      for (const [unitId, entry] of perUnit) if (entry.total > 0) pledgePercentByUnit.set(unitId, (entry.signed / entry.total) * 100);
      return buildDashboard({
        year,
        all: list.worksheets,
        problems: list.problems,
        activeUnits: master.data().units.filter((unit) => unit.aktif).length,
        pledges: registry.coverage,
        pledgePercentByUnit,
      });
    },
  };
}
