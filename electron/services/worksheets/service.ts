import { randomUUID } from 'node:crypto';
import {
  checkAnswer,
  getTemplate,
  itemsByCode,
  newestTemplate,
  planImprovements,
  templates as shippedTemplates,
  thresholdsFor,
  verdict,
  type InstansiYearRecord,
  type Template,
  type ThresholdSet,
  type UnitChecklist,
} from '../../../shared/lke';
import type { Unit } from '../../../shared/masterdata/schemas';
import { AppFailure, type ErrorCode, type Result } from '../../../shared/result';
import {
  ANONYMOUS_USER,
  MAX_EVIDENCE_BYTES,
  MAX_EVIDENCE_PER_ITEM,
  checkAnswerChanges,
  checkTransition,
  emptyUnitChecklist,
  emptyWorksheetItem,
  evidenceEditRefusal,
  layerEditRefusal,
  sameAnswer,
  scoreLayers,
  summarizeWorksheet,
  worksheetId,
  type AnswerLayer,
  type EvidenceBlob,
  type EvidenceFile,
  type HistoryEntry,
  type LayerScores,
  type RawAnswerChange,
  type TemplateInfo,
  type Worksheet,
  type WorksheetDetail,
  type WorksheetDocument,
  type WorksheetItem,
  type WorksheetList,
  type WorksheetPlan,
  type WorksheetProblem,
  type WorksheetStatus,
  type WorksheetSummary,
  type WorksheetUnitRef,
} from '../../../shared/worksheets';
import type { Preferences } from '../container';
import type { BlobStore } from '../files';
import type { MasterDataService } from '../masterdata';
import type { Storage, StoredDocument } from '../storage';
import { WORKSHEETS_FOLDER, prerequisitesSpec, worksheetIdOfDocument, worksheetSpec, type PrerequisitesDocument } from './documents';
import { displayFileName, evidenceMimeType } from './evidence';

/** What the worksheets service needs; a subset of the container's Services. */
export interface WorksheetsDeps {
  storage: Storage;
  blobs: BlobStore;
  master: MasterDataService;
  preferences: StoredDocument<Preferences>;
  now: () => Date;
}

/** Filters of `worksheets:list`; both optional. */
export interface ListFilter {
  year?: number | undefined;
  unitId?: string | undefined;
}

/** What `worksheets:create` needs (see its input schema in shared/worksheets). */
export interface CreateInput {
  unitId: string;
  year: number;
  templateId?: string | undefined;
  carryOver?: boolean | undefined;
}

/**
 * LKE worksheets (issue 3 §4, §6, §8): one document per unit-year, three answer layers with
 * history, evidence in the blob store, the workflow and the proposal checklist. Every method
 * returns freshly derived scores; nothing derived is stored.
 */
export interface WorksheetsService {
  templates(): TemplateInfo[];
  list(filter: ListFilter): Promise<WorksheetList>;
  get(id: string): Promise<WorksheetDetail>;
  create(input: CreateInput): Promise<WorksheetDetail>;
  saveAnswers(id: string, layer: AnswerLayer, changes: readonly RawAnswerChange[]): Promise<WorksheetDetail>;
  confirmCarried(id: string, codes?: readonly string[]): Promise<WorksheetDetail>;
  transition(id: string, to: WorksheetStatus, note?: string): Promise<WorksheetDetail>;
  addEvidenceFile(id: string, code: string, fileName: string, bytes: Uint8Array): Promise<WorksheetDetail>;
  addEvidenceReference(id: string, code: string, text: string): Promise<WorksheetDetail>;
  removeEvidence(id: string, code: string, evidenceId: string): Promise<WorksheetDetail>;
  evidenceBlob(id: string, evidenceId: string): Promise<EvidenceBlob>;
  setPrerequisites(id: string, checklist: UnitChecklist, tanggalUsulan?: string | null): Promise<WorksheetDetail>;
  plan(id: string, layer: AnswerLayer): Promise<WorksheetPlan>;
}

/** Instansi-level proposal prerequisites per year (PermenPANRB 5/2024). */
export interface PrerequisitesService {
  list(): Promise<InstansiYearRecord[]>;
  getYear(year: number): Promise<InstansiYearRecord | null>;
  saveYear(record: InstansiYearRecord): Promise<InstansiYearRecord>;
}

/** Worksheet documents loaded at once by `list` (enough to overlap disk reads, few enough to stay light). */
const LIST_CONCURRENCY = 8;

/** `map` with at most `limit` calls of `run` in flight; results in input order. */
async function mapConcurrent<T, R>(inputs: readonly T[], limit: number, run: (input: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(inputs.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < inputs.length) {
      const index = next;
      next += 1;
      const input = inputs[index];
      if (input !== undefined) results[index] = await run(input);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, inputs.length) }, worker));
  return results;
}

function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new AppFailure(result.error.code, result.error.message, result.error.issues);
  return result.value;
}

function refuse(refusal: { code: ErrorCode; message: string } | null): void {
  if (refusal !== null) throw new AppFailure(refusal.code, refusal.message);
}

function unitLabel(worksheet: Pick<Worksheet, 'unitName' | 'year'>): string {
  return `${worksheet.unitName} tahun ${worksheet.year}`;
}

/** Creates the prerequisites service over one storage. */
export function createPrerequisitesService(storage: Storage): PrerequisitesService {
  let doc: Promise<StoredDocument<PrerequisitesDocument>> | undefined;
  const open = (): Promise<StoredDocument<PrerequisitesDocument>> => (doc ??= storage.open(prerequisitesSpec));
  return {
    async list() {
      return [...(await open()).data.years].sort((a, b) => b.year - a.year);
    },
    async getYear(year) {
      return (await open()).data.years.find((record) => record.year === year) ?? null;
    },
    async saveYear(record) {
      const next = await (await open()).update((draft) => {
        draft.years = draft.years.filter((entry) => entry.year !== record.year);
        draft.years.push(record);
        draft.years.sort((a, b) => a.year - b.year);
      });
      const saved = next.years.find((entry) => entry.year === record.year);
      if (saved === undefined) throw new AppFailure('INTERNAL', 'Data instansi tidak tersimpan.');
      return saved;
    },
  };
}

/** Creates the worksheets service. Cheap: documents are opened on first use and cached by storage. */
export function createWorksheetsService(deps: WorksheetsDeps, prerequisites: PrerequisitesService): WorksheetsService {
  const { storage, blobs, master } = deps;
  /** Scores per worksheet snapshot (snapshots are frozen and replaced on every update). */
  const scoreCache = new WeakMap<Worksheet, LayerScores>();
  /**
   * Summaries per worksheet snapshot, valid while the unit's master data and the year's instansi
   * record (also frozen snapshots) are the same: a warm list recomputes nothing.
   */
  const summaryCache = new WeakMap<
    Worksheet,
    { unitKey: string; instansi: InstansiYearRecord | null; result: Omit<WorksheetDetail, 'worksheet'> }
  >();

  const who = (): string => deps.preferences.data.userName.trim() || ANONYMOUS_USER;
  const stamp = (): string => deps.now().toISOString();

  async function openDocument(id: string): Promise<StoredDocument<WorksheetDocument>> {
    return storage.open(worksheetSpec(id));
  }

  function notFound(id: string): AppFailure {
    return new AppFailure('NOT_FOUND', `LKE "${id}" tidak ditemukan. Muat ulang daftar LKE.`);
  }

  async function openExisting(id: string): Promise<{ doc: StoredDocument<WorksheetDocument>; worksheet: Worksheet }> {
    const doc = await openDocument(id);
    const worksheet = doc.data.worksheet;
    if (worksheet === null) throw notFound(id);
    return { doc, worksheet };
  }

  function templateOf(worksheet: Worksheet): Template {
    const result = getTemplate(worksheet.templateId);
    if (!result.ok) {
      throw new AppFailure(
        'STORAGE_ERROR',
        `LKE ${unitLabel(worksheet)} dibuat dengan templat "${worksheet.templateId}" yang tidak tersedia di versi ZI Desk ini. ${result.error.message}`,
      );
    }
    return result.value;
  }

  function thresholdsOf(worksheet: Worksheet): ThresholdSet {
    return unwrap(thresholdsFor(worksheet.templateId));
  }

  function scoresOf(worksheet: Worksheet, template: Template): LayerScores {
    let scores = scoreCache.get(worksheet);
    if (scores === undefined) {
      scores = scoreLayers(worksheet, template);
      scoreCache.set(worksheet, scores);
    }
    return scores;
  }

  function unitRef(worksheet: Worksheet): WorksheetUnitRef {
    const unit: Unit | undefined = master.findUnit(worksheet.unitId);
    return unit
      ? { id: unit.id, nama: unit.nama, singkatan: unit.singkatan, afirmasi: unit.afirmasi, aktif: unit.aktif }
      : { id: worksheet.unitId, nama: worksheet.unitName, singkatan: '', afirmasi: false, aktif: false };
  }

  async function evaluate(worksheet: Worksheet): Promise<{ summary: WorksheetSummary; detail: WorksheetDetail }> {
    const unit = unitRef(worksheet);
    const unitKey = JSON.stringify(unit);
    const instansi = await prerequisites.getYear(worksheet.year);
    let cached = summaryCache.get(worksheet);
    if (cached === undefined || cached.unitKey !== unitKey || cached.instansi !== instansi) {
      const template = templateOf(worksheet);
      const result = summarizeWorksheet({
        worksheet,
        template,
        thresholds: thresholdsOf(worksheet),
        unit,
        instansi,
        scores: scoresOf(worksheet, template),
      });
      cached = { unitKey, instansi, result };
      summaryCache.set(worksheet, cached);
    }
    const { summary, proposal } = cached.result;
    return { summary, detail: { worksheet, summary, proposal } };
  }

  async function detailOf(worksheet: Worksheet | null, id: string): Promise<WorksheetDetail> {
    if (worksheet === null) throw notFound(id);
    return (await evaluate(worksheet)).detail;
  }

  /** Applies `mutate` to the stored worksheet (status rules re-checked inside, in write order). */
  async function mutateWorksheet(id: string, mutate: (worksheet: Worksheet) => void): Promise<WorksheetDetail> {
    const { doc } = await openExisting(id);
    const next = await doc.update((draft) => {
      if (draft.worksheet === null) throw notFound(id);
      mutate(draft.worksheet);
    });
    return detailOf(next.worksheet, id);
  }

  function touch(worksheet: Worksheet, contentChanged: boolean): void {
    worksheet.updatedAt = stamp();
    worksheet.updatedBy = who();
    // Issue 3 §6: an edit after the TPI review marks the worksheet "diubah setelah direviu".
    if (contentChanged && worksheet.reviewedAt !== null && worksheet.status !== 'FINAL') {
      worksheet.changedAfterReview = true;
    }
  }

  function itemOf(worksheet: Worksheet, code: string): WorksheetItem {
    let item = worksheet.items[code];
    if (item === undefined) {
      item = emptyWorksheetItem();
      worksheet.items[code] = item;
    }
    return item;
  }

  function requireItemCode(template: Template, code: string): void {
    if (!itemsByCode(template).has(code)) {
      throw new AppFailure('NOT_FOUND', `Butir dengan kode ${code} tidak ada di templat ${template.id}.`, [
        { path: code, message: 'Kode butir tidak dikenal.' },
      ]);
    }
  }

  async function previousWorksheet(unitId: string, year: number): Promise<Worksheet | undefined> {
    const candidates = (await storage.list(`${WORKSHEETS_FOLDER}/`))
      .map(worksheetIdOfDocument)
      .filter((entry) => entry !== undefined && entry.unitId === unitId && entry.year < year)
      .sort((a, b) => (b?.year ?? 0) - (a?.year ?? 0));
    for (const candidate of candidates) {
      if (candidate === undefined) continue;
      const worksheet = (await openDocument(candidate.id)).data.worksheet;
      if (worksheet !== null) return worksheet;
    }
    return undefined;
  }

  function history(layer: AnswerLayer, kind: HistoryEntry['kind'], before: WorksheetItem['unit'], after: WorksheetItem['unit'], at: string, by: string): HistoryEntry {
    return {
      at,
      by,
      layer,
      kind,
      oldAnswer: before.answer,
      newAnswer: after.answer,
      oldNote: before.note,
      newNote: after.note,
    };
  }

  return {
    templates() {
      const newest = newestTemplate();
      return Object.values(shippedTemplates).map((template) => ({
        id: template.id,
        version: template.version,
        regulation: template.regulation,
        title: template.title,
        newest: newest.ok && newest.value.id === template.id,
      }));
    },

    async list(filter) {
      const refs = (await storage.list(`${WORKSHEETS_FOLDER}/`))
        .map(worksheetIdOfDocument)
        .filter((ref) => ref !== undefined)
        .filter((ref) => filter.year === undefined || ref.year === filter.year)
        .filter((ref) => filter.unitId === undefined || ref.unitId === filter.unitId);
      // Documents are loaded a few at a time so file reads overlap; results keep the name order.
      const rows = await mapConcurrent(refs, LIST_CONCURRENCY, async (ref): Promise<WorksheetSummary | WorksheetProblem> => {
        try {
          const worksheet = (await openDocument(ref.id)).data.worksheet;
          if (worksheet === null) {
            return {
              id: ref.id,
              message:
                `LKE ${master.findUnit(ref.unitId)?.nama ?? ref.unitId} tahun ${ref.year} rusak dan tidak dapat dipulihkan dari cadangan; ` +
                'lihat pemberitahuan pemulihan data.',
            };
          }
          return (await evaluate(worksheet)).summary;
        } catch (error) {
          if (!(error instanceof AppFailure)) throw error;
          return { id: ref.id, message: error.message };
        }
      });
      const worksheets: WorksheetSummary[] = [];
      const problems: WorksheetProblem[] = [];
      for (const row of rows) {
        if ('message' in row) problems.push(row);
        else worksheets.push(row);
      }
      worksheets.sort((a, b) => b.year - a.year || a.unit.nama.localeCompare(b.unit.nama, 'id'));
      return { worksheets, problems };
    },

    async get(id) {
      const { worksheet } = await openExisting(id);
      return detailOf(worksheet, id);
    },

    async create({ unitId, year, templateId, carryOver }) {
      const unit = master.findUnit(unitId);
      if (unit === undefined) throw new AppFailure('NOT_FOUND', 'Unit kerja tidak ditemukan. Muat ulang daftar unit.');
      if (!unit.aktif) {
        throw new AppFailure('CONFLICT', `Unit kerja ${unit.nama} tidak aktif; aktifkan unit lebih dahulu untuk membuat LKE.`);
      }
      const template = unwrap(templateId === undefined ? newestTemplate() : getTemplate(templateId));
      unwrap(thresholdsFor(template.id));
      const id = worksheetId(unitId, year);
      const doc = await openDocument(id);
      const duplicate = (): AppFailure =>
        new AppFailure('DUPLICATE', `LKE ${unit.nama} tahun ${year} sudah ada. Buka LKE tersebut dari daftar.`);
      if (doc.data.worksheet !== null) throw duplicate();

      const at = stamp();
      const by = who();
      const items: Record<string, WorksheetItem> = {};
      for (const code of itemsByCode(template).keys()) items[code] = emptyWorksheetItem();

      let carriedFromYear: number | null = null;
      if (carryOver === true) {
        const previous = await previousWorksheet(unitId, year);
        if (previous === undefined) {
          throw new AppFailure(
            'NOT_FOUND',
            `Belum ada LKE ${unit.nama} sebelum tahun ${year}, sehingga tidak ada jawaban yang dapat dibawa.`,
          );
        }
        carriedFromYear = previous.year;
        for (const [code, item] of Object.entries(items)) {
          const answer = previous.items[code]?.unit.answer ?? null;
          // Only answers that are still valid for the new template (its version may differ).
          if (answer === null || !checkAnswer(template, code, answer).ok) continue;
          const before = item.unit;
          item.unit = { answer, note: '', carriedOver: true };
          item.history.push(history('unit', 'carryOver', before, item.unit, at, by));
        }
      }

      const worksheet: Worksheet = {
        id,
        unitId,
        unitName: unit.nama,
        year,
        templateId: template.id,
        templateVersion: template.version,
        status: 'DRAF',
        changedAfterReview: false,
        reviewedAt: null,
        carriedFromYear,
        createdAt: at,
        createdBy: by,
        updatedAt: at,
        updatedBy: by,
        items,
        statusHistory: [],
        prerequisites: emptyUnitChecklist(),
        tanggalUsulan: null,
      };
      const next = await doc.update((draft) => {
        if (draft.worksheet !== null) throw duplicate();
        draft.worksheet = worksheet;
      });
      return detailOf(next.worksheet, id);
    },

    async saveAnswers(id, layer, changes) {
      const { worksheet } = await openExisting(id);
      refuse(layerEditRefusal(worksheet.status, layer));
      // All or nothing: every change is checked before anything is written.
      const checked = unwrap(checkAnswerChanges(templateOf(worksheet), changes));
      return mutateWorksheet(id, (draft) => {
        refuse(layerEditRefusal(draft.status, layer));
        const at = stamp();
        const by = who();
        let changed = false;
        for (const change of checked) {
          const item = itemOf(draft, change.code);
          const before = item[layer];
          const note = change.note ?? before.note;
          const edited = !sameAnswer(before.answer, change.answer) || note !== before.note;
          if (!edited && !before.carriedOver) continue;
          const after = { answer: change.answer, note, carriedOver: false };
          item[layer] = after;
          // Saving a carried-over answer unchanged confirms it (issue 3 §8).
          item.history.push(history(layer, edited ? 'edit' : 'confirm', before, after, at, by));
          changed = true;
        }
        if (changed) touch(draft, layer !== 'tpn');
      });
    },

    async confirmCarried(id, codes) {
      const { worksheet } = await openExisting(id);
      refuse(layerEditRefusal(worksheet.status, 'unit'));
      if (codes !== undefined) {
        const template = templateOf(worksheet);
        const unknown = codes.filter((code) => !itemsByCode(template).has(code));
        if (unknown.length > 0) {
          throw new AppFailure(
            'INVALID_INPUT',
            `Tidak ada yang dikonfirmasi: kode butir tidak dikenal (${unknown.join(', ')}).`,
            unknown.map((code) => ({ path: code, message: 'Kode butir tidak dikenal.' })),
          );
        }
      }
      return mutateWorksheet(id, (draft) => {
        refuse(layerEditRefusal(draft.status, 'unit'));
        const wanted = codes === undefined ? undefined : new Set(codes);
        const at = stamp();
        const by = who();
        let changed = false;
        for (const [code, item] of Object.entries(draft.items)) {
          if (!item.unit.carriedOver || (wanted !== undefined && !wanted.has(code))) continue;
          const before = item.unit;
          item.unit = { ...before, carriedOver: false };
          item.history.push(history('unit', 'confirm', before, item.unit, at, by));
          changed = true;
        }
        if (changed) touch(draft, true);
      });
    },

    async transition(id, to, note) {
      const { worksheet } = await openExisting(id);
      const template = templateOf(worksheet);
      unwrap(checkTransition(worksheet, template, to));
      return mutateWorksheet(id, (draft) => {
        unwrap(checkTransition(draft, template, to));
        const at = stamp();
        draft.statusHistory.push({ at, by: who(), from: draft.status, to, note: note?.trim() ?? '' });
        draft.status = to;
        if (to === 'DIREVIU_TPI') {
          // A new review takes in every change made since the previous one.
          draft.reviewedAt = at;
          draft.changedAfterReview = false;
        }
        touch(draft, false);
      });
    },

    async addEvidenceFile(id, code, fileName, bytes) {
      const { worksheet } = await openExisting(id);
      refuse(evidenceEditRefusal(worksheet.status));
      requireItemCode(templateOf(worksheet), code);
      if (bytes.byteLength === 0) throw new AppFailure('INVALID_INPUT', 'Berkas bukti dukung kosong.');
      if (bytes.byteLength > MAX_EVIDENCE_BYTES) {
        throw new AppFailure('TOO_LARGE', 'Berkas bukti dukung terlalu besar (maksimal 20 MB).');
      }
      const name = displayFileName(fileName);
      const kind = evidenceMimeType(name, bytes);
      if (!kind.ok) throw new AppFailure('UNSUPPORTED_FILE', kind.message);
      const ref = await blobs.put(bytes);
      return mutateWorksheet(id, (draft) => {
        refuse(evidenceEditRefusal(draft.status));
        const item = itemOf(draft, code);
        const same = item.evidence.find((entry): entry is EvidenceFile => entry.kind === 'file' && entry.hash === ref.hash);
        if (same !== undefined) {
          throw new AppFailure('DUPLICATE', `Berkas ini sudah dilampirkan pada butir ${code} sebagai "${same.name}".`);
        }
        if (item.evidence.length >= MAX_EVIDENCE_PER_ITEM) {
          throw new AppFailure('CONFLICT', `Butir ${code} sudah memiliki ${MAX_EVIDENCE_PER_ITEM} bukti dukung (batas maksimal).`);
        }
        item.evidence.push({
          id: randomUUID(),
          kind: 'file',
          hash: ref.hash,
          name,
          size: ref.size,
          mimeType: kind.mimeType,
          addedAt: stamp(),
          addedBy: who(),
        });
        touch(draft, true);
      });
    },

    async addEvidenceReference(id, code, text) {
      const { worksheet } = await openExisting(id);
      refuse(evidenceEditRefusal(worksheet.status));
      requireItemCode(templateOf(worksheet), code);
      return mutateWorksheet(id, (draft) => {
        refuse(evidenceEditRefusal(draft.status));
        const item = itemOf(draft, code);
        if (item.evidence.length >= MAX_EVIDENCE_PER_ITEM) {
          throw new AppFailure('CONFLICT', `Butir ${code} sudah memiliki ${MAX_EVIDENCE_PER_ITEM} bukti dukung (batas maksimal).`);
        }
        item.evidence.push({ id: randomUUID(), kind: 'reference', text: text.trim(), addedAt: stamp(), addedBy: who() });
        touch(draft, true);
      });
    },

    async removeEvidence(id, code, evidenceId) {
      const { worksheet } = await openExisting(id);
      refuse(evidenceEditRefusal(worksheet.status));
      return mutateWorksheet(id, (draft) => {
        refuse(evidenceEditRefusal(draft.status));
        const item = draft.items[code];
        const index = item?.evidence.findIndex((entry) => entry.id === evidenceId) ?? -1;
        if (item === undefined || index === -1) {
          throw new AppFailure('NOT_FOUND', `Bukti dukung tidak ditemukan pada butir ${code}. Muat ulang LKE.`);
        }
        // The blob stays: it is content-addressed and may be attached elsewhere.
        item.evidence.splice(index, 1);
        touch(draft, true);
      });
    },

    async evidenceBlob(id, evidenceId) {
      const { worksheet } = await openExisting(id);
      for (const item of Object.values(worksheet.items)) {
        const entry = item.evidence.find((candidate) => candidate.id === evidenceId);
        if (entry === undefined) continue;
        if (entry.kind !== 'file') {
          throw new AppFailure('INVALID_INPUT', 'Bukti dukung ini berupa rujukan, bukan berkas.');
        }
        const bytes = await blobs.get(entry.hash);
        return {
          fileName: entry.name,
          mimeType: entry.mimeType,
          size: entry.size,
          dataBase64: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64'),
        };
      }
      throw new AppFailure('NOT_FOUND', 'Bukti dukung tidak ditemukan. Muat ulang LKE.');
    },

    async setPrerequisites(id, checklist, tanggalUsulan) {
      // Allowed in every status: the proposal checklist is filled after the TPI's final review.
      return mutateWorksheet(id, (draft) => {
        draft.prerequisites = checklist;
        if (tanggalUsulan !== undefined) draft.tanggalUsulan = tanggalUsulan;
        touch(draft, false);
      });
    },

    async plan(id, layer) {
      const { worksheet } = await openExisting(id);
      const template = templateOf(worksheet);
      const thresholds = thresholdsOf(worksheet);
      const score = scoresOf(worksheet, template)[layer];
      return {
        layer,
        wbk: planImprovements(template, score, verdict(score, thresholds.wbk)),
        wbbm: planImprovements(template, score, verdict(score, thresholds.wbbm)),
      };
    },
  };
}
