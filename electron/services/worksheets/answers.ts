import { itemsByCode } from '../../../shared/lke';
import { AppFailure } from '../../../shared/result';
import {
  checkAnswerChanges,
  layerEditRefusal,
  sameAnswer,
  type AnswerLayer,
  type RawAnswerChange,
  type Worksheet,
  type WorksheetDetail,
} from '../../../shared/worksheets';
import { historyEntry, itemOf, refuse, unwrap, type WorksheetRepo } from './repo';

/**
 * A check of the stored worksheet that must hold for a save to go ahead (it throws otherwise). It
 * runs before the answers are checked and again inside the storage update, in write order.
 */
export type SavePrecondition = (current: Worksheet) => void;

/** Editing answers: the three layers with history, and confirming carried-over answers. */
export interface AnswerOperations {
  /**
   * Saves a batch of answer changes on one layer, all or nothing, in one storage update. A change
   * that changes nothing writes nothing, except that it confirms a carried-over answer.
   */
  saveAnswers(id: string, layer: AnswerLayer, changes: readonly RawAnswerChange[], precondition?: SavePrecondition): Promise<WorksheetDetail>;
  /** Confirms the carried-over unit answers (all, or those of `codes`) without changing them. */
  confirmCarried(id: string, codes?: readonly string[]): Promise<WorksheetDetail>;
  /**
   * Undoes the confirmation of carried-over unit answers: every item of `codes` whose latest unit
   * change is that confirmation is marked carried-over again; CONFLICT when none is.
   */
  undoConfirmCarried(id: string, codes: readonly string[]): Promise<WorksheetDetail>;
}

export function answerOperations(repo: WorksheetRepo): AnswerOperations {
  return {
    async saveAnswers(id, layer, changes, precondition) {
      const worksheet = await repo.open(id);
      precondition?.(worksheet);
      refuse(layerEditRefusal(worksheet.status, layer));
      // All or nothing: every change is checked before anything is written.
      const checked = unwrap(checkAnswerChanges(repo.templateOf(worksheet), changes));
      return repo.mutate(id, (draft) => {
        precondition?.(draft);
        refuse(layerEditRefusal(draft.status, layer));
        const at = repo.stamp();
        const by = repo.who();
        let changed = false;
        for (const change of checked) {
          const item = itemOf(draft, change.code);
          const before = item[layer];
          const note = change.note ?? before.note;
          const edited = !sameAnswer(before.answer, change.answer) || note !== before.note;
          if (!edited && !before.carriedOver) continue;
          const after = { answer: change.answer, note, carriedOver: false };
          item[layer] = after;
          // Saving a carried-over answer unchanged confirms it.
          item.history.push(historyEntry(layer, edited ? 'edit' : 'confirm', before, after, at, by));
          changed = true;
        }
        if (changed) repo.touch(draft, layer !== 'tpn', at);
      });
    },

    async confirmCarried(id, codes) {
      const worksheet = await repo.open(id);
      refuse(layerEditRefusal(worksheet.status, 'unit'));
      if (codes !== undefined) {
        const known = itemsByCode(repo.templateOf(worksheet));
        const unknown = codes.filter((code) => !known.has(code));
        if (unknown.length > 0) {
          throw new AppFailure(
            'INVALID_INPUT',
            `Tidak ada yang dikonfirmasi: kode butir tidak dikenal (${unknown.join(', ')}).`,
            unknown.map((code) => ({ path: code, message: 'Kode butir tidak dikenal.' })),
          );
        }
      }
      return repo.mutate(id, (draft) => {
        refuse(layerEditRefusal(draft.status, 'unit'));
        const wanted = codes === undefined ? undefined : new Set(codes);
        const at = repo.stamp();
        const by = repo.who();
        let changed = false;
        for (const [code, item] of Object.entries(draft.items)) {
          if (!item.unit.carriedOver || (wanted !== undefined && !wanted.has(code))) continue;
          const before = item.unit;
          item.unit = { ...before, carriedOver: false };
          item.history.push(historyEntry('unit', 'confirm', before, item.unit, at, by));
          changed = true;
        }
        if (changed) repo.touch(draft, true, at);
      });
    },

    async undoConfirmCarried(id, codes) {
      const worksheet = await repo.open(id);
      refuse(layerEditRefusal(worksheet.status, 'unit'));
      const wanted = new Set(codes);
      return repo.mutate(id, (draft) => {
        refuse(layerEditRefusal(draft.status, 'unit'));
        const at = repo.stamp();
        const by = repo.who();
        let changed = false;
        for (const [code, item] of Object.entries(draft.items)) {
          if (!wanted.has(code) || item.unit.carriedOver) continue;
          // Only a confirmation that nothing has overwritten since can be undone.
          const last = item.history.findLast((entry) => entry.layer === 'unit');
          if (last?.kind !== 'confirm') continue;
          const before = item.unit;
          item.unit = { ...before, carriedOver: true };
          item.history.push(historyEntry('unit', 'unconfirm', before, item.unit, at, by));
          changed = true;
        }
        if (!changed) {
          throw new AppFailure('CONFLICT', 'Tidak ada konfirmasi jawaban bawaan yang dapat diurungkan (jawabannya sudah diubah sesudahnya).');
        }
        repo.touch(draft, true, at);
      });
    },
  };
}
