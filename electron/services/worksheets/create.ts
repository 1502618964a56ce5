import { checkAnswer, getTemplate, itemsByCode, templateForYear, thresholdsFor } from '../../../shared/lke';
import { AppFailure } from '../../../shared/result';
import {
  emptyUnitChecklist,
  emptyWorksheetItem,
  worksheetId,
  type Worksheet,
  type WorksheetDetail,
  type WorksheetItem,
} from '../../../shared/worksheets';
import { historyEntry, unwrap, type WorksheetRepo } from './repo';

/** What `worksheets:create` needs (see its input schema in shared/worksheets). */
export interface CreateInput {
  unitId: string;
  year: number;
  templateId?: string | undefined;
  carryOver?: boolean | undefined;
}

/** Creating a unit-year worksheet, optionally carrying the unit answers of its latest earlier year. */
export interface CreateOperations {
  create(input: CreateInput): Promise<WorksheetDetail>;
}

export function createOperations(repo: WorksheetRepo): CreateOperations {
  const { master } = repo.deps;

  /** The unit's latest worksheet before `year`, skipping documents that cannot be read. */
  async function previousWorksheet(unitId: string, year: number): Promise<Worksheet | undefined> {
    const candidates = (await repo.refs())
      .filter((ref) => ref.unitId === unitId && ref.year < year)
      .sort((a, b) => b.year - a.year);
    for (const candidate of candidates) {
      const worksheet = (await repo.document(candidate.id)).data.worksheet;
      if (worksheet !== null) return worksheet;
    }
    return undefined;
  }

  return {
    async create({ unitId, year, templateId, carryOver }) {
      const unit = master.findUnit(unitId);
      if (unit === undefined) throw new AppFailure('NOT_FOUND', 'Unit kerja tidak ditemukan. Muat ulang daftar unit.');
      if (!unit.aktif) {
        throw new AppFailure('CONFLICT', `Unit kerja ${unit.nama} tidak aktif; aktifkan unit lebih dahulu untuk membuat LKE.`);
      }
      // Without a chosen template, the one serving the round's year (the law in force on 31 December).
      const template = unwrap(templateId === undefined ? templateForYear(year) : getTemplate(templateId));
      unwrap(thresholdsFor(template.id));
      const id = worksheetId(unitId, year);
      const doc = await repo.document(id);
      const duplicate = (): AppFailure =>
        new AppFailure('DUPLICATE', `LKE ${unit.nama} tahun ${year} sudah ada. Buka LKE tersebut dari daftar.`);
      if (doc.data.worksheet !== null) throw duplicate();

      const at = repo.stamp();
      const by = repo.who();
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
        const fromYear = previous.year;
        for (const [code, item] of Object.entries(items)) {
          const last = previous.items[code];
          // Evidence references (texts and links) come along, marked with the year they are from.
          for (const evidence of last?.evidence ?? []) {
            if (evidence.kind === 'reference') item.evidence.push({ ...evidence, carriedFromYear: evidence.carriedFromYear ?? fromYear });
          }
          const answer = last?.unit.answer ?? null;
          // Only answers that are still valid for the new template (its version may differ).
          if (answer === null || !checkAnswer(template, code, answer).ok) continue;
          const before = item.unit;
          // The note comes with its answer; both stay marked carried-over until reviewed and confirmed.
          item.unit = { answer, note: last?.unit.note ?? '', carriedOver: true };
          item.history.push(historyEntry('unit', 'carryOver', before, item.unit, at, by));
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
      const next = await repo.write(id, doc, (draft) => {
        if (draft.worksheet !== null) throw duplicate();
        draft.worksheet = worksheet;
      });
      return repo.detail(next.worksheet, id);
    },
  };
}
