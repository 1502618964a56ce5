import {
  scoreWorksheet,
  walkScore,
  type AnswersRecord,
  type Template,
  type WorksheetScore,
} from '../lke';
import { fail, ok, type ErrorCode, type Result } from '../result';
import {
  answerLayerLabels,
  worksheetStatusLabels,
  type AnswerLayer,
  type Worksheet,
  type WorksheetStatus,
} from './schemas';

/**
 * Workflow of a worksheet, pure so the screen offers exactly the steps main allows (its buttons
 * are {@link availableTransitions}):
 * - DRAF → DIAJUKAN when the unit layer is complete and no carried-over answer is unconfirmed;
 * - DIAJUKAN → DRAF (returned to the unit before review);
 * - DIAJUKAN → DIREVIU_TPI when the TPI layer is complete (a review marks every item reviewed);
 * - DIREVIU_TPI → DIAJUKAN (the TPI "return with notes" round, DOMAIN §1);
 * - DIREVIU_TPI → FINAL when the TPI layer is complete; FINAL is locked and has no way out.
 * Layers: Unit and TPI answers, notes and evidence can change until FINAL; the TPN layer is the
 * national result, known only after the proposal, so it is entered once the worksheet is FINAL.
 */

/** One allowed step, with the layer that must be complete first and how the screen offers it. */
export interface TransitionRule {
  from: WorksheetStatus;
  to: WorksheetStatus;
  requiresComplete: AnswerLayer | null;
  /** The button and confirmation of the step on the worksheet screen. */
  action: WorkflowAction;
}

/** How a step is offered: button label, confirmation title and text, an optional note, its tone. */
export interface WorkflowAction {
  label: string;
  title: string;
  text: string;
  /** Whether a note for the unit may go with the step. */
  note: boolean;
  /** A step back (returning the worksheet) is secondary; a step forward is primary. */
  tone: 'primary' | 'danger';
}

/** Every allowed step (anything else is refused). */
export const transitionRules: readonly TransitionRule[] = [
  {
    from: 'DRAF',
    to: 'DIAJUKAN',
    requiresComplete: 'unit',
    action: {
      label: 'Ajukan',
      title: 'Ajukan lembar kerja?',
      text: 'Penilaian mandiri unit diajukan kepada TPI untuk direviu. Jawaban unit masih dapat diperbaiki sampai LKE final.',
      note: false,
      tone: 'primary',
    },
  },
  {
    from: 'DIAJUKAN',
    to: 'DRAF',
    requiresComplete: null,
    action: {
      label: 'Kembalikan ke unit',
      title: 'Kembalikan ke unit?',
      text: 'Lembar kerja dikembalikan ke status Draf agar unit melengkapi penilaian mandiri.',
      note: true,
      tone: 'danger',
    },
  },
  {
    from: 'DIAJUKAN',
    to: 'DIREVIU_TPI',
    requiresComplete: 'tpi',
    action: {
      label: 'Tandai direviu TPI',
      title: 'Tandai sudah direviu TPI?',
      text: 'Reviu TPI atas lembar kerja ini dicatat. Perubahan sesudahnya ditandai “diubah setelah direviu”.',
      note: true,
      tone: 'primary',
    },
  },
  {
    from: 'DIREVIU_TPI',
    to: 'DIAJUKAN',
    requiresComplete: null,
    action: {
      label: 'Kembalikan dengan catatan',
      title: 'Kembalikan untuk ditindaklanjuti?',
      text: 'Lembar kerja dikembalikan ke status Diajukan agar unit menindaklanjuti catatan TPI.',
      note: true,
      tone: 'danger',
    },
  },
  {
    from: 'DIREVIU_TPI',
    to: 'FINAL',
    requiresComplete: 'tpi',
    action: {
      label: 'Finalisasi',
      title: 'Finalisasi lembar kerja?',
      text: 'Setelah final, jawaban Unit dan TPI, catatan dan bukti dukung terkunci dan tidak dapat diubah lagi. Lapisan TPN tetap dapat diisi ketika hasil evaluasi TPN diketahui.',
      note: false,
      tone: 'primary',
    },
  },
];

/** The steps a worksheet in `status` offers, in order, before the completeness gates. */
export function availableTransitions(status: WorksheetStatus): TransitionRule[] {
  return transitionRules.filter((rule) => rule.from === status);
}

/** The step from `from` to `to`, or undefined when the workflow has none. */
export function transitionRule(from: WorksheetStatus, to: WorksheetStatus): TransitionRule | undefined {
  return transitionRules.find((rule) => rule.from === from && rule.to === to);
}

/** The statuses a worksheet in `status` may move to, before the completeness gates. */
export function nextStatuses(status: WorksheetStatus): WorksheetStatus[] {
  return availableTransitions(status).map((rule) => rule.to);
}

/** The answers of one layer, keyed by item code, as scoreWorksheet reads them. */
export function layerAnswers(worksheet: Pick<Worksheet, 'items'>, layer: AnswerLayer): AnswersRecord {
  const answers: AnswersRecord = {};
  const items = worksheet.items;
  for (const code in items) {
    const answer = items[code]?.[layer].answer;
    if (answer !== null && answer !== undefined) answers[code] = answer;
  }
  return answers;
}

/** Codes of the unit layer whose answer is still marked as carried over from last year. */
export function carriedCodes(worksheet: Pick<Worksheet, 'items'>, layer: AnswerLayer = 'unit'): string[] {
  const codes: string[] = [];
  const items = worksheet.items;
  for (const code in items) {
    if (items[code]?.[layer].carriedOver === true) codes.push(code);
  }
  return codes;
}

/**
 * Codes a person still has to fill in for a score to be complete: choices, counts and Hasil
 * indicators without a valid answer (computed percentages are filled through their counts).
 */
export function missingCodes(score: WorksheetScore): string[] {
  const codes: string[] = [];
  walkScore(score, (entry) => {
    if (entry.kind === 'item' && entry.item.answerType !== 'PERSEN' && !entry.item.answered) codes.push(entry.item.code);
    else if (entry.kind === 'indicator' && entry.indicator.completeness.answered === 0) codes.push(entry.indicator.code);
  });
  return codes;
}

/** The verb of the refusal message per target status ("LKE belum dapat …"). */
const STEP_VERBS: Readonly<Record<WorksheetStatus, string>> = {
  DRAF: 'dikembalikan',
  DIAJUKAN: 'diajukan',
  DIREVIU_TPI: 'ditandai direviu TPI',
  FINAL: 'difinalkan',
};

function listCodes(codes: readonly string[], max = 10): string {
  const shown = codes.slice(0, max).join(', ');
  return codes.length > max ? `${shown}, dan ${codes.length - max} lainnya` : shown;
}

/**
 * Checks a status change of `worksheet` (scored against `template`, the worksheet's own):
 * LOCKED from FINAL, CONFLICT for a step not in {@link transitionRules} or when its layer is
 * incomplete (the message lists the missing item codes) or carried-over answers are unconfirmed.
 */
export function checkTransition(
  worksheet: Pick<Worksheet, 'items' | 'status'>,
  template: Template,
  to: WorksheetStatus,
): Result<TransitionRule> {
  const from = worksheet.status;
  if (from === 'FINAL') {
    return fail('LOCKED', 'LKE sudah final dan terkunci; statusnya tidak dapat diubah lagi.');
  }
  const rule = transitionRule(from, to);
  if (rule === undefined) {
    const allowed = nextStatuses(from).map((status) => worksheetStatusLabels[status]);
    return fail(
      'CONFLICT',
      `Status LKE tidak dapat diubah dari ${worksheetStatusLabels[from]} ke ${worksheetStatusLabels[to]}; ` +
        `yang dapat dipilih: ${allowed.join(' atau ')}.`,
    );
  }
  const layer = rule.requiresComplete;
  if (layer === null) return ok(rule);
  const carried = carriedCodes(worksheet, layer);
  if (carried.length > 0) {
    return fail(
      'CONFLICT',
      `${carried.length} jawaban bawaan tahun lalu belum dikonfirmasi (${listCodes(carried)}). ` +
        'Periksa dan konfirmasi jawaban tersebut lebih dahulu.',
    );
  }
  const missing = missingCodes(scoreWorksheet(template, layerAnswers(worksheet, layer)));
  if (missing.length > 0) {
    const action = STEP_VERBS[to];
    return fail(
      'CONFLICT',
      `LKE belum dapat ${action}: ${missing.length} butir jawaban ${answerLayerLabels[layer]} belum diisi ` +
        `(${listCodes(missing)}).`,
    );
  }
  return ok(rule);
}

/** Why a layer cannot be edited in a status, or null when it can (see the module comment). */
export function layerEditRefusal(
  status: WorksheetStatus,
  layer: AnswerLayer,
): { code: ErrorCode; message: string } | null {
  if (layer === 'tpn') {
    return status === 'FINAL'
      ? null
      : {
          code: 'CONFLICT',
          message: 'Jawaban TPN diisi setelah LKE final, ketika hasil evaluasi TPN sudah diketahui.',
        };
  }
  return status === 'FINAL'
    ? {
        code: 'LOCKED',
        message: `LKE sudah final dan terkunci; jawaban ${answerLayerLabels[layer]} tidak dapat diubah.`,
      }
    : null;
}

/** Why evidence cannot be added or removed in a status, or null when it can. */
export function evidenceEditRefusal(status: WorksheetStatus): { code: ErrorCode; message: string } | null {
  return status === 'FINAL'
    ? { code: 'LOCKED', message: 'LKE sudah final dan terkunci; bukti dukung tidak dapat diubah.' }
    : null;
}
