import type { InstansiYearRecord, UnitChecklist } from '../../../shared/lke';
import { AppFailure } from '../../../shared/result';
import type { WorksheetDetail } from '../../../shared/worksheets';
import type { Storage, StoredDocument } from '../storage';
import { prerequisitesSpec, type PrerequisitesDocument } from './documents';
import type { WorksheetRepo } from './repo';

/** Instansi-level proposal prerequisites per year (PermenPANRB 5/2024). */
export interface PrerequisitesService {
  list(): Promise<InstansiYearRecord[]>;
  getYear(year: number): Promise<InstansiYearRecord | null>;
  saveYear(record: InstansiYearRecord): Promise<InstansiYearRecord>;
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

/** The unit-level proposal checklist of a worksheet. */
export interface PrerequisiteOperations {
  setPrerequisites(id: string, checklist: UnitChecklist, tanggalUsulan?: string | null): Promise<WorksheetDetail>;
}

export function prerequisiteOperations(repo: WorksheetRepo): PrerequisiteOperations {
  return {
    async setPrerequisites(id, checklist, tanggalUsulan) {
      // Allowed in every status: the proposal checklist is filled after the TPI's final review.
      return repo.mutate(id, (draft) => {
        draft.prerequisites = checklist;
        if (tanggalUsulan !== undefined) draft.tanggalUsulan = tanggalUsulan;
        repo.touch(draft, false);
      });
    },
  };
}
