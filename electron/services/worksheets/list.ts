import { newestTemplate, planImprovements, templates as shippedTemplates, verdict } from '../../../shared/lke';
import { AppFailure } from '../../../shared/result';
import type {
  AnswerLayer,
  TemplateInfo,
  WorksheetDetail,
  WorksheetList,
  WorksheetPlan,
  WorksheetProblem,
  WorksheetSummary,
} from '../../../shared/worksheets';
import type { WorksheetRepo } from './repo';

/** Filters of `worksheets:list`; both optional. */
export interface ListFilter {
  year?: number | undefined;
  unitId?: string | undefined;
}

/** Reading worksheets: the shipped templates, the list with summaries, one detail, the planner. */
export interface ListOperations {
  templates(): TemplateInfo[];
  list(filter: ListFilter): Promise<WorksheetList>;
  /**
   * Brings the derived summary index up to date in the background (hosts call it once after
   * start-up): a missing or stale index — a new build of ZI Desk, files restored — is rebuilt before
   * the first list is asked for; a list asked for meanwhile waits for it instead of doing the same
   * work twice. Never rejects.
   */
  prepareIndex(): Promise<void>;
  /** Writes the index entries of this session's saves now (services.close calls it). */
  flushIndex(): Promise<void>;
  get(id: string): Promise<WorksheetDetail>;
  plan(id: string, layer: AnswerLayer): Promise<WorksheetPlan>;
}

/** Unit names in Indonesian order; one collator for every comparison (`localeCompare` looks one up per call). */
const byName = new Intl.Collator('id');

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

export function listOperations(repo: WorksheetRepo): ListOperations {
  const { master } = repo.deps;
  let preparing: Promise<unknown> | null = null;
  const operations: ListOperations = {
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
      if (preparing) await preparing;
      return listNow(filter);
    },

    prepareIndex() {
      preparing ??= listNow({}).catch(() => undefined);
      return preparing.then(() => undefined);
    },

    flushIndex() {
      return repo.flushIndex();
    },

    async get(id) {
      return repo.detail(await repo.open(id), id);
    },

    async plan(id, layer) {
      const worksheet = await repo.open(id);
      const template = repo.templateOf(worksheet);
      const thresholds = repo.thresholdsOf(worksheet);
      const score = repo.scoresOf(worksheet, template)[layer];
      return {
        layer,
        wbk: planImprovements(template, score, verdict(score, thresholds.wbk)),
        wbbm: planImprovements(template, score, verdict(score, thresholds.wbbm)),
      };
    },
  };

  async function listNow(filter: ListFilter): Promise<WorksheetList> {
      const refs = (await repo.refs())
        .filter((ref) => filter.year === undefined || ref.year === filter.year)
        .filter((ref) => filter.unitId === undefined || ref.unitId === filter.unitId);
      // The unit and instansi keys the index compares are computed once per unit and year.
      const instansiKeys = new Map<number, Promise<string>>();
      const instansiOf = (year: number): Promise<string> => {
        let key = instansiKeys.get(year);
        if (key === undefined) {
          key = repo.instansiKey(year);
          instansiKeys.set(year, key);
        }
        return key;
      };
      const unitKeys = new Map<string, string>();
      const unitKeyOf = (summary: WorksheetSummary): string => {
        const id = `${summary.unit.id}\u0000${summary.unit.nama}`;
        let key = unitKeys.get(id);
        if (key === undefined) {
          key = JSON.stringify(repo.unitRef({ unitId: summary.unit.id, unitName: summary.unit.nama }));
          unitKeys.set(id, key);
        }
        return key;
      };
      const instansiReady = new Map<number, string>();
      for (const year of new Set(refs.map((ref) => ref.year))) {
        // A year whose record cannot be read is reported per worksheet below.
        const key = await instansiOf(year).catch(() => undefined);
        if (key !== undefined) instansiReady.set(year, key);
      }

      // 1. Worksheets already checked against their file in this run: map lookups, nothing awaited.
      const rows = new Array<WorksheetSummary | WorksheetProblem>(refs.length);
      const pending: number[] = [];
      refs.forEach((ref, index) => {
        const instansi = instansiReady.get(ref.year);
        const trusted =
          repo.isOpen(ref.id) || instansi === undefined ? undefined : repo.summaries.trusted(ref.id, (summary) => ({ unit: unitKeyOf(summary), instansi }));
        if (trusted !== undefined) rows[index] = trusted;
        else pending.push(index);
      });
      // 2. The file stamps of the others, asked for all at once: the thread pool overlaps hundreds of
      //    small stat calls far better than a few at a time.
      const stamps = await Promise.all(pending.map((index) => (repo.isOpen(refs[index]?.id ?? '') ? undefined : repo.summaries.stamp(refs[index]?.id ?? ''))));
      // 3. The index where it still holds; otherwise the document, loaded a few at a time so file
      //    reads overlap (a worksheet opened in this run is summarised from memory).
      const jobs = pending.map((index, position) => ({ index, stamp: stamps[position] }));
      await mapConcurrent(jobs, LIST_CONCURRENCY, async ({ index, stamp }): Promise<void> => {
        const ref = refs[index];
        if (ref === undefined) return;
        rows[index] = await (async (): Promise<WorksheetSummary | WorksheetProblem> => {
          try {
            const instansi = stamp === undefined ? '' : await instansiOf(ref.year);
            if (stamp !== undefined) {
              const indexed = await repo.summaries.lookup(ref.id, stamp, (summary) => ({ unit: unitKeyOf(summary), instansi }));
              if (indexed !== undefined) return indexed;
            }
            const worksheet = (await repo.document(ref.id)).data.worksheet;
            if (worksheet === null) {
              return {
                id: ref.id,
                message:
                  `LKE ${master.findUnit(ref.unitId)?.nama ?? ref.unitId} tahun ${ref.year} rusak dan tidak dapat dipulihkan dari cadangan; ` +
                  'lihat pemberitahuan pemulihan data.',
              };
            }
            const { summary } = await repo.evaluate(worksheet);
            if (stamp !== undefined) repo.summaries.record(ref.id, stamp, instansi, summary);
            return summary;
          } catch (error) {
            if (!(error instanceof AppFailure)) throw error;
            return { id: ref.id, message: error.message };
          }
        })();
      });
      const unfiltered = filter.year === undefined && filter.unitId === undefined;
      await repo.summaries.flush(unfiltered ? new Set(refs.map((ref) => ref.id)) : undefined);
      const worksheets: WorksheetSummary[] = [];
      const problems: WorksheetProblem[] = [];
      for (const row of rows) {
        if ('message' in row) problems.push(row);
        else worksheets.push(row);
      }
      worksheets.sort((a, b) => b.year - a.year || byName.compare(a.unit.nama, b.unit.nama));
      return { worksheets, problems };
  }

  return operations;
}
