import {
  getTemplate,
  itemsByCode,
  thresholdsFor,
  type InstansiYearRecord,
  type Template,
  type ThresholdSet,
} from '../../../shared/lke';
import { AppFailure, type ErrorCode, type Result } from '../../../shared/result';
import {
  emptyWorksheetItem,
  scoreLayers,
  summarizeWorksheet,
  type AnswerLayer,
  type HistoryEntry,
  type LayerScores,
  type Worksheet,
  type WorksheetDetail,
  type WorksheetDocument,
  type WorksheetItem,
  type WorksheetSummary,
  type WorksheetUnitRef,
} from '../../../shared/worksheets';
import type { BlobStore } from '../files';
import type { MasterDataService } from '../masterdata';
import type { Storage, StoredDocument } from '../storage';
import { WORKSHEETS_FOLDER, worksheetIdOfDocument, worksheetSpec } from './documents';
import { createSummaryIndex, type SummaryIndex } from './summaryIndex';

/** What the worksheets service needs; a subset of the container's Services. */
export interface WorksheetsDeps {
  storage: Storage;
  blobs: BlobStore;
  master: MasterDataService;
  /** Who is working, recorded as updatedBy and in the item history. */
  currentUser: () => string;
  now: () => Date;
}

/** A stored worksheet's name parts, from its document name. */
export interface WorksheetRef {
  id: string;
  unitId: string;
  year: number;
}

/**
 * The repository under every worksheet operation: it opens the unit-year document, applies one
 * mutation in one storage update, and evaluates a worksheet snapshot (scores and summary cached
 * per frozen snapshot, so nothing derived is stored and a warm read recomputes nothing).
 */
export interface WorksheetRepo {
  readonly deps: WorksheetsDeps;
  /** The stored worksheets' refs in name order (documents not yet written are not listed). */
  refs(): Promise<WorksheetRef[]>;
  /** The document of a worksheet id, whether or not the worksheet exists. */
  document(id: string): Promise<StoredDocument<WorksheetDocument>>;
  /** The stored worksheet, or NOT_FOUND. */
  open(id: string): Promise<Worksheet>;
  /** True once the worksheet's document was opened in this process (its snapshot is in memory). */
  isOpen(id: string): boolean;
  /** The derived summary index of this data folder (see summaryIndex.ts). */
  readonly summaries: SummaryIndex;
  /**
   * `doc.update(recipe)` for a worksheet document, after which the written worksheet's index entry is
   * recorded in the background (stamp of the file this write left, summary of this snapshot), so the
   * next start's cold list uses it instead of opening the worksheet again.
   */
  write(id: string, doc: StoredDocument<WorksheetDocument>, recipe: (draft: WorksheetDocument) => void): Promise<WorksheetDocument>;
  /** Resolves once the index entries of the writes so far are recorded and the index file written. */
  flushIndex(): Promise<void>;
  /** The unit as a summary shows it: from master data, or the name stored on the worksheet. */
  unitRef(worksheet: Pick<Worksheet, 'unitId' | 'unitName'>): WorksheetUnitRef;
  /** The year's instansi record as a comparable key of the summary index. */
  instansiKey(year: number): Promise<string>;
  /**
   * Applies `mutate` to a draft of the stored worksheet in one storage update (rules re-checked
   * inside run in write order; a throw writes nothing) and returns the new detail.
   */
  mutate(id: string, mutate: (draft: Worksheet) => void): Promise<WorksheetDetail>;
  /** Summary and detail of a snapshot. */
  evaluate(worksheet: Worksheet): Promise<{ summary: WorksheetSummary; detail: WorksheetDetail }>;
  /** The detail of a snapshot; NOT_FOUND for `null` (a missing or unrecoverable document). */
  detail(worksheet: Worksheet | null, id: string): Promise<WorksheetDetail>;
  templateOf(worksheet: Worksheet): Template;
  thresholdsOf(worksheet: Worksheet): ThresholdSet;
  scoresOf(worksheet: Worksheet, template: Template): LayerScores;
  /** The user's name for history entries. */
  who(): string;
  /** Now, as stored in history entries. */
  stamp(): string;
  /**
   * Marks a draft as updated by the user at `at` (default now; pass the stamp the change's history
   * entries carry, so one save has one time) and changed after review when `contentChanged`.
   */
  touch(worksheet: Worksheet, contentChanged: boolean, at?: string): void;
}

/** The value of a Result, or its failure thrown. */
export function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new AppFailure(result.error.code, result.error.message, result.error.issues);
  return result.value;
}

/** Throws a refusal from the shared rules (layerEditRefusal, evidenceEditRefusal). */
export function refuse(refusal: { code: ErrorCode; message: string } | null): void {
  if (refusal !== null) throw new AppFailure(refusal.code, refusal.message);
}

export function notFound(id: string): AppFailure {
  return new AppFailure('NOT_FOUND', `LKE "${id}" tidak ditemukan. Muat ulang daftar LKE.`);
}

/** The item of a code on a draft, created empty when the template has it but the draft not yet. */
export function itemOf(worksheet: Worksheet, code: string): WorksheetItem {
  let item = worksheet.items[code];
  if (item === undefined) {
    item = emptyWorksheetItem();
    worksheet.items[code] = item;
  }
  return item;
}

/** NOT_FOUND unless the template has an item with that code. */
export function requireItemCode(template: Template, code: string): void {
  if (!itemsByCode(template).has(code)) {
    throw new AppFailure('NOT_FOUND', `Butir dengan kode ${code} tidak ada di templat ${template.id}.`, [
      { path: code, message: 'Kode butir tidak dikenal.' },
    ]);
  }
}

/** One history entry of an item: who changed which layer when, old → new answer and note. */
export function historyEntry(
  layer: AnswerLayer,
  kind: HistoryEntry['kind'],
  before: WorksheetItem['unit'],
  after: WorksheetItem['unit'],
  at: string,
  by: string,
): HistoryEntry {
  return { at, by, layer, kind, oldAnswer: before.answer, newAnswer: after.answer, oldNote: before.note, newNote: after.note };
}

function unitLabel(worksheet: Pick<Worksheet, 'unitName' | 'year'>): string {
  return `${worksheet.unitName} tahun ${worksheet.year}`;
}

/** Creates the repository of one data folder. */
/** The instansi-level data of a year, which the proposal status of every worksheet reads. */
export interface InstansiYears {
  getYear(year: number): Promise<InstansiYearRecord | null>;
}

/** A recorded index entry is written to disk this long after the last save of a burst (ms). */
const INDEX_FLUSH_DELAY_MS = 1000;

export function createWorksheetRepo(deps: WorksheetsDeps, prerequisites: InstansiYears): WorksheetRepo {
  const { storage, master } = deps;
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

  const opened = new Set<string>();
  /** Per worksheet: how many writes were started in this process (see `recordWritten`). */
  const writesStarted = new Map<string, number>();
  const recording = new Set<Promise<void>>();
  let flushTimer: NodeJS.Timeout | undefined;

  /**
   * Records the index entry of the write that left `written` on disk. The stamp must be of that very
   * file: each worksheet's writes run one after another in call order, so while no later write of
   * this worksheet was started (the count is still `mine`) and the snapshot is still `written`, the
   * file on disk is the one this write left; otherwise the later write records its own entry.
   */
  async function recordWritten(id: string, doc: StoredDocument<WorksheetDocument>, written: WorksheetDocument, mine: number): Promise<void> {
    const current = (): boolean => writesStarted.get(id) === mine && doc.data === written;
    const worksheet = written.worksheet;
    if (worksheet === null || !current()) return;
    const stamp = await repo.summaries.stamp(id);
    if (stamp === undefined || !current()) return;
    const [instansi, { summary }] = await Promise.all([repo.instansiKey(worksheet.year), repo.evaluate(worksheet)]);
    repo.summaries.record(id, stamp, instansi, summary);
    // Written a little later, once per burst of saves (the list and `flushIndex` write it too).
    clearTimeout(flushTimer);
    flushTimer = setTimeout(() => void repo.summaries.flush(), INDEX_FLUSH_DELAY_MS);
    flushTimer.unref();
  }

  function unitRef(worksheet: Pick<Worksheet, 'unitId' | 'unitName'>): WorksheetUnitRef {
    const unit = master.findUnit(worksheet.unitId);
    return unit
      ? { id: unit.id, nama: unit.nama, singkatan: unit.singkatan, afirmasi: unit.afirmasi, aktif: unit.aktif }
      : { id: worksheet.unitId, nama: worksheet.unitName, singkatan: '', afirmasi: false, aktif: false };
  }

  const repo: WorksheetRepo = {
    deps,

    async refs() {
      return (await storage.list(`${WORKSHEETS_FOLDER}/`)).map(worksheetIdOfDocument).filter((ref) => ref !== undefined);
    },

    document(id) {
      opened.add(id);
      return storage.open(worksheetSpec(id));
    },

    isOpen(id) {
      return opened.has(id);
    },

    summaries: createSummaryIndex(storage.dataDir),

    async write(id, doc, recipe) {
      const mine = (writesStarted.get(id) ?? 0) + 1;
      writesStarted.set(id, mine);
      const next = await doc.update(recipe);
      // A derived entry: failing to record it only costs the next cold list its speed.
      const task = recordWritten(id, doc, next, mine).catch(() => undefined);
      recording.add(task);
      void task.finally(() => recording.delete(task));
      return next;
    },

    async flushIndex() {
      await Promise.all(recording);
      clearTimeout(flushTimer);
      await repo.summaries.flush();
    },

    unitRef,

    async instansiKey(year) {
      return JSON.stringify(await prerequisites.getYear(year));
    },

    async open(id) {
      const worksheet = (await repo.document(id)).data.worksheet;
      if (worksheet === null) throw notFound(id);
      return worksheet;
    },

    async mutate(id, mutate) {
      const doc = await repo.document(id);
      if (doc.data.worksheet === null) throw notFound(id);
      const next = await repo.write(id, doc, (draft) => {
        if (draft.worksheet === null) throw notFound(id);
        mutate(draft.worksheet);
      });
      return repo.detail(next.worksheet, id);
    },

    async evaluate(worksheet) {
      const unit = unitRef(worksheet);
      const unitKey = JSON.stringify(unit);
      const instansi = await prerequisites.getYear(worksheet.year);
      let cached = summaryCache.get(worksheet);
      if (cached === undefined || cached.unitKey !== unitKey || cached.instansi !== instansi) {
        const template = repo.templateOf(worksheet);
        const result = summarizeWorksheet({
          worksheet,
          template,
          thresholds: repo.thresholdsOf(worksheet),
          unit,
          instansi,
          scores: repo.scoresOf(worksheet, template),
        });
        cached = { unitKey, instansi, result };
        summaryCache.set(worksheet, cached);
      }
      const { summary, proposal } = cached.result;
      return { summary, detail: { worksheet, summary, proposal } };
    },

    async detail(worksheet, id) {
      if (worksheet === null) throw notFound(id);
      return (await repo.evaluate(worksheet)).detail;
    },

    templateOf(worksheet) {
      const result = getTemplate(worksheet.templateId);
      if (!result.ok) {
        throw new AppFailure(
          'STORAGE_ERROR',
          `LKE ${unitLabel(worksheet)} dibuat dengan templat "${worksheet.templateId}" yang tidak tersedia di versi ZI Desk ini. ${result.error.message}`,
        );
      }
      return result.value;
    },

    thresholdsOf(worksheet) {
      return unwrap(thresholdsFor(worksheet.templateId));
    },

    scoresOf(worksheet, template) {
      let scores = scoreCache.get(worksheet);
      if (scores === undefined) {
        scores = scoreLayers(worksheet, template);
        scoreCache.set(worksheet, scores);
      }
      return scores;
    },

    who() {
      return deps.currentUser();
    },

    stamp() {
      return deps.now().toISOString();
    },

    touch(worksheet, contentChanged, at) {
      worksheet.updatedAt = at ?? repo.stamp();
      worksheet.updatedBy = repo.who();
      // An edit after the TPI review marks the worksheet "diubah setelah direviu".
      if (contentChanged && worksheet.reviewedAt !== null && worksheet.status !== 'FINAL') {
        worksheet.changedAfterReview = true;
      }
    },
  };
  return repo;
}
