import { z } from 'zod';
import { templateOf, type Template } from '../../../shared/lke';
import {
  buildPortalRbExport,
  daysBetween,
  defaultProposalLetter,
  emptyProgress,
  ineligibleChoices,
  missingParts,
  portalRbExportSchema,
  proposalCandidates,
  proposalDeadline,
  storedProposalSchema,
  type PortalRbExport,
  type ProposalCandidate,
  type ProposalFile,
  type ProposalLetter,
  type ProposalProgress,
  type ProposalView,
  type ProposedUnit,
  type StoredProposal,
} from '../../../shared/proposal';
import { todayIso } from '../../../shared/format';
import type { GeneratedPdf } from '../../../shared/documents';
import { AppFailure } from '../../../shared/result';
import type { Worksheet } from '../../../shared/worksheets';
import type { DocumentsService } from '../documents';
import { exportProposalXlsx } from '../exchange/exportProposal';
import type { BlobStore } from '../files';
import type { MasterDataService } from '../masterdata';
import { pageSettingsOf } from '../../../shared/documents/page';
import type { ProposalLetterModel } from '../pdf/proposal';
import type { PdfRenderer } from '../pdf/renderer';
import type { DocumentSpec, Storage } from '../storage';
import type { WorksheetsService } from '../worksheets';

/**
 * The proposal package of a year ("Usulan ke KemenPANRB"): which units may be proposed (from each
 * worksheet's TPI verdict and prerequisites, shared/proposal), the stored choice and letter fields
 * (`proposal/<year>`), the Surat Pengajuan Evaluasi and the SPTJM through the document pipeline, and
 * the PortalRB data as JSON and as the manual-submission workbook. Every print and export lists only
 * the chosen units, and only while each is still eligible for its category.
 */

const documentSchema = z.object({ proposal: storedProposalSchema.nullable() });
type ProposalDocument = z.output<typeof documentSchema>;

function proposalSpec(year: number): DocumentSpec<ProposalDocument> {
  return {
    name: `proposal/${year}`,
    schema: documentSchema,
    version: 1,
    migrations: [],
    empty: () => ({ proposal: null }),
  };
}

export interface ProposalSaveRequest {
  year: number;
  units: ProposedUnit[];
  letter: ProposalLetter;
}

export interface ProposalService {
  get(year: number): Promise<ProposalView>;
  save(input: ProposalSaveRequest, by: string): Promise<ProposalView>;
  printLetter(year: number): Promise<GeneratedPdf>;
  printSptjm(year: number): Promise<GeneratedPdf>;
  /** The PortalRB package as a value (what `exportJson` writes). */
  portalRb(year: number): Promise<PortalRbExport>;
  exportJson(year: number): Promise<ProposalFile>;
  exportExcel(year: number): Promise<ProposalFile>;
}

export interface ProposalDeps {
  storage: Storage;
  blobs: BlobStore;
  master: MasterDataService;
  worksheets: WorksheetsService;
  documents: DocumentsService;
  now: () => Date;
  /** The app's PDF renderer (its worker thread). */
  pdf: PdfRenderer;
  fontsDir?: string;
}

interface YearState {
  stored: StoredProposal | null;
  candidates: ProposalCandidate[];
  worksheets: Map<string, Worksheet>;
}

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function createProposalService(deps: ProposalDeps): ProposalService {
  const { storage, master, worksheets, documents } = deps;

  async function state(year: number): Promise<YearState> {
    const list = await worksheets.list({ year });
    const details = await Promise.all(list.worksheets.map((summary) => worksheets.get(summary.id)));
    const byUnit = new Map<string, Worksheet>();
    for (const detail of details) byUnit.set(detail.worksheet.unitId, detail.worksheet);
    const candidates = proposalCandidates(details.map((detail) => ({ worksheetId: detail.worksheet.id, unit: detail.summary.unit, proposal: detail.proposal })));
    const stored = (await storage.open(proposalSpec(year))).data.proposal;
    return { stored, candidates, worksheets: byUnit };
  }

  function letterOf(stored: StoredProposal | null, year: number): ProposalLetter {
    if (stored !== null) return structuredClone(stored.letter) as ProposalLetter;
    const institution = master.data().institution;
    return defaultProposalLetter({ year, kota: institution.kota, pemerintahDaerah: institution.pemerintahDaerah });
  }

  async function view(year: number): Promise<ProposalView> {
    const { stored, candidates } = await state(year);
    const letter = letterOf(stored, year);
    const units = stored?.units.map((unit) => ({ ...unit })) ?? [];
    const progress: ProposalProgress = stored ? { ...stored.progress } : emptyProgress();
    const deadline = proposalDeadline(year, letter);
    return {
      year,
      deadline,
      daysLeft: daysBetween(todayIso(deps.now()), deadline),
      candidates,
      units,
      letter,
      saved: stored !== null,
      savedAt: stored?.savedAt ?? null,
      savedBy: stored?.savedBy ?? null,
      progress,
      missing: missingParts({ year, candidates, units, letter, progress }),
    };
  }

  function refuseIneligible(units: readonly ProposedUnit[], candidates: readonly ProposalCandidate[]): void {
    const stale = ineligibleChoices(units, candidates);
    if (stale.length > 0) {
      throw new AppFailure('CONFLICT', `Unit berikut tidak layak diusulkan untuk kategori yang dipilih: ${stale.join(', ')}. Periksa alasannya pada daftar unit, lalu ubah pilihan.`);
    }
  }

  /** The stored choice, checked again against today's data: at least one unit, every one still eligible. */
  async function chosen(year: number): Promise<{ current: YearState; stored: StoredProposal; units: ProposalCandidate[] }> {
    const current = await state(year);
    const stored = current.stored;
    if (stored === null || stored.units.length === 0) {
      throw new AppFailure('CONFLICT', `Belum ada unit kerja yang dipilih untuk usulan Tahun ${year}. Pilih unit lalu simpan terlebih dahulu.`);
    }
    refuseIneligible(stored.units, current.candidates);
    const byUnit = new Map(current.candidates.map((candidate) => [candidate.unitId, candidate]));
    const units = stored.units.map((unit) => byUnit.get(unit.unitId)).filter((candidate): candidate is ProposalCandidate => candidate !== undefined);
    return { current, stored, units };
  }

  async function mark(year: number, part: keyof ProposalProgress): Promise<void> {
    const doc = await storage.open(proposalSpec(year));
    const at = deps.now().toISOString();
    await doc.update((draft) => {
      if (draft.proposal !== null) draft.proposal.progress[part] = at;
    });
  }

  async function letterModel(year: number): Promise<ProposalLetterModel> {
    const { stored, units } = await chosen(year);
    const institution = master.data().institution;
    const logo = institution.logo ? await deps.blobs.get(institution.logo.hash).catch(() => null) : null;
    const lambang = institution.lambang ? await deps.blobs.get(institution.lambang.hash).catch(() => null) : null;
    const kategori = new Map(stored.units.map((unit) => [unit.unitId, unit.kategori]));
    return {
      year,
      paper: institution.kertas,
      pemerintahDaerah: institution.pemerintahDaerah.trim() === '' ? 'Pemerintah Kabupaten' : institution.pemerintahDaerah.trim(),
      alamatPemda: institution.alamatPemda,
      logo,
      lambang,
      letter: stored.letter as ProposalLetter,
      units: units.map((unit) => ({ nama: unit.nama, kategori: kategori.get(unit.unitId) ?? 'WBK', afirmasi: unit.afirmasi })),
    };
  }

  const pdfOptions = () => ({ creationDate: deps.now(), page: pageSettingsOf(master.data().institution), ...(deps.fontsDir === undefined ? {} : { fontsDir: deps.fontsDir }) });

  async function portalRb(year: number): Promise<PortalRbExport> {
    const { current, stored, units } = await chosen(year);
    const kategori = new Map(stored.units.map((unit) => [unit.unitId, unit.kategori]));
    const data = buildPortalRbExport({
      tahun: year,
      instansi: master.data().institution.pemerintahDaerah,
      dibuatPada: deps.now().toISOString(),
      units: units.map((unit) => {
        const worksheet = current.worksheets.get(unit.unitId);
        if (worksheet === undefined) throw new AppFailure('NOT_FOUND', `Lembar kerja ${unit.nama} Tahun ${year} tidak ditemukan.`);
        return { unitId: unit.unitId, nama: unit.nama, kategori: kategori.get(unit.unitId) ?? 'WBK', afirmasi: unit.afirmasi, worksheet, template: templateOf(worksheet) };
      }),
    });
    return portalRbExportSchema.parse(data);
  }

  const toFile = (fileName: string, mimeType: ProposalFile['mimeType'], bytes: Uint8Array): ProposalFile => ({
    fileName,
    mimeType,
    size: bytes.byteLength,
    dataBase64: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64'),
  });

  return {
    get: view,

    async save(input, by) {
      const { candidates } = await state(input.year);
      refuseIneligible(input.units, candidates);
      const doc = await storage.open(proposalSpec(input.year));
      const savedAt = deps.now().toISOString();
      await doc.update((draft) => {
        const previous = draft.proposal;
        const unchanged = previous !== null && JSON.stringify({ u: previous.units, l: previous.letter }) === JSON.stringify({ u: input.units, l: input.letter });
        // Changed units or fields make the printed letters and exports out of date: they are made again.
        draft.proposal = { units: input.units, letter: input.letter, savedAt, savedBy: by, progress: unchanged ? previous.progress : emptyProgress() };
      });
      return view(input.year);
    },

    async printLetter(year) {
      const model = await letterModel(year);
      const fileName = `Surat-Pengajuan-Evaluasi-ZI-${year}.pdf`;
      const meta = await documents.produce({
        kind: 'surat-usulan',
        title: `Surat Pengajuan Evaluasi Zona Integritas Tahun ${year}`,
        fileName,
        sourceIds: [`proposal-${year}`],
        render: () => deps.pdf.run({ kind: 'suratUsulan', model, options: pdfOptions() }),
      });
      await mark(year, 'surat');
      return { documentId: meta.id, fileName, pages: meta.pages, code: '' };
    },

    async printSptjm(year) {
      const model = await letterModel(year);
      const fileName = `SPTJM-Usulan-ZI-${year}.pdf`;
      const meta = await documents.produce({
        kind: 'sptjm',
        title: `Surat Pernyataan Tanggung Jawab Mutlak Usulan Zona Integritas Tahun ${year}`,
        fileName,
        sourceIds: [`proposal-${year}`],
        render: () => deps.pdf.run({ kind: 'sptjm', model, options: pdfOptions() }),
      });
      await mark(year, 'sptjm');
      return { documentId: meta.id, fileName, pages: meta.pages, code: '' };
    },

    portalRb,

    async exportJson(year) {
      const data = await portalRb(year);
      const bytes = new TextEncoder().encode(`${JSON.stringify(data, null, 2)}\n`);
      await mark(year, 'json');
      return toFile(`Usulan-ZI-PortalRB-${year}.json`, 'application/json', bytes);
    },

    async exportExcel(year) {
      const data = await portalRb(year);
      const { current } = await chosen(year);
      const templates = new Map<string, Template>();
      for (const [unitId, worksheet] of current.worksheets) templates.set(unitId, templateOf(worksheet));
      const shortNames = new Map(current.candidates.map((candidate) => [candidate.unitId, candidate.singkatan]));
      const bytes = await exportProposalXlsx({ data, shortNames, templates, now: deps.now() });
      await mark(year, 'excel');
      return toFile(`Usulan-ZI-${year}.xlsx`, XLSX_MIME, bytes);
    },
  };
}
