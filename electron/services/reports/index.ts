import { z } from 'zod';
import { pageSettingsOf } from '../../../shared/documents/page';
import { formatPangkatGolongan, todayIso } from '../../../shared/format';
import { templateOf, thresholdsFor } from '../../../shared/lke';
import { SIGNED_STATUSES } from '../../../shared/pledges/views';
import {
  areasOf,
  buildDashboard,
  buildLheModel,
  buildRecapModel,
  coveringPencanangan,
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
  type PrintedLhe,
} from '../../../shared/reports';
import { AppFailure } from '../../../shared/result';
import { parseWorksheetId, scoreLayers, summarizeWorksheet, type Worksheet, type WorksheetSummary } from '../../../shared/worksheets';
import type { GeneratedPdf } from '../../../shared/documents';
import type { DocumentsService } from '../documents';
import { safeFileStem, type BlobStore } from '../files';
import type { MasterDataService } from '../masterdata';
import type { DeclarationService, PledgeService } from '../pakta';
import type { PdfRenderer } from '../pdf/renderer';
import type { DocumentSpec, Storage } from '../storage';
import type { PrerequisitesService, WorksheetsService } from '../worksheets';

/**
 * Reports: report metadata stored next to each worksheet
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
    schema: storedReportSchema,
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
  /** Saves `meta` when given, then prints the LHE from what is stored. */
  printLhe(id: string, meta: ReportMeta | undefined, by: string): Promise<PrintedLhe>;
  recapModel(year: number): Promise<RecapModel>;
  recapPdf(year: number): Promise<GeneratedPdf>;
  dashboard(year: number): Promise<DashboardView>;
}

/** What the report service needs from the composition root. */
export interface ReportDeps {
  storage: Storage;
  blobs: BlobStore;
  master: MasterDataService;
  now: () => Date;
  worksheets: WorksheetsService;
  pledges: PledgeService;
  documents: DocumentsService;
  /** The stored declarations: the LHE takes a unit's pencanangan date from the one covering it. */
  declarations?: Pick<DeclarationService, 'list'>;
  /** The instansi-level records, to judge the proposal again with the declaration's date. */
  prerequisites?: Pick<PrerequisitesService, 'getYear'>;
  /** Fonts folder for the PDF engine; default: resources/fonts. */
  fontsDir?: string;
  /** The app's PDF renderer (its worker thread). */
  pdf: PdfRenderer;
}

export function createReportService(services: ReportDeps): ReportService {
  const { worksheets, master, storage, blobs, pledges, documents } = services;

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
    const manual = worksheet.prerequisites.tanggalPencanangan;
    const pencanangan = coveringPencanangan(services.declarations?.list() ?? [], worksheet.unitId, manual, detail.proposal.tanggalUsulan);
    let proposal = detail.proposal;
    // The declaration's date decides "ZI dibangun ≥ 1 tahun"; the worksheet's own entry counts only without one.
    if (pencanangan !== null && pencanangan.date !== manual && services.prerequisites !== undefined) {
      proposal = summarizeWorksheet({
        worksheet: { ...worksheet, prerequisites: { ...worksheet.prerequisites, tanggalPencanangan: pencanangan.date } },
        template,
        thresholds: thresholds.value,
        unit: detail.summary.unit,
        instansi: await services.prerequisites.getYear(worksheet.year),
      }).proposal;
    }
    return buildLheModel({
      worksheet,
      template,
      thresholds: thresholds.value,
      proposal,
      institution: await institution(),
      paper: master.data().institution.kertas,
      unit,
      meta,
      pencanangan,
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
    page: pageSettingsOf(master.data().institution),
    ...(services.fontsDir === undefined ? {} : { fontsDir: services.fontsDir }),
  });

  const service: ReportService = {
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

    async printLhe(id, meta, by) {
      const report = meta === undefined ? await view(id) : await service.saveMeta(id, meta, by);
      return { report, pdf: await service.lhePdf(id) };
    },

    async lhePdf(id) {
      const model = await lheModel(id);
      const fileName = `LHE-ZI-${safeFileStem(model.unit.singkatan || model.unit.nama, 'unit')}-${model.year}.pdf`;
      const meta = await documents.produce({
        kind: 'lhe',
        title: `Laporan Hasil Evaluasi ZI ${model.unit.nama} Tahun ${model.year}`,
        fileName,
        sourceIds: [id],
        render: () => services.pdf.run({ kind: 'lhe', model, options: pdfOptions() }),
      });
      return { documentId: meta.id, fileName, pages: meta.pages, code: '' };
    },

    recapModel,

    async recapPdf(year) {
      const model = await recapModel(year);
      if (model.rows.length === 0) throw new AppFailure('NOT_FOUND', `Belum ada lembar kerja Tahun ${year}; rekap tidak dapat dibuat.`);
      const fileName = `Rekap-Evaluasi-ZI-${year}.pdf`;
      const meta = await documents.produce({
        kind: 'rekap',
        title: `Rekapitulasi Hasil Evaluasi Zona Integritas Tahun ${year}`,
        fileName,
        sourceIds: model.rows.map((row) => row.worksheetId),
        render: () => services.pdf.run({ kind: 'recap', model, options: pdfOptions() }),
      });
      return { documentId: meta.id, fileName, pages: meta.pages, code: '' };
    },

    async dashboard(year) {
      const list = await allSummaries();
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
  return service;
}
