import {
  scoreWorksheet,
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
 * Workflow of a worksheet (issue 3 §6), pure so the screen can enable the same buttons main
 * allows:
 * - DRAF → DIAJUKAN when the unit layer is complete and no carried-over answer is unconfirmed;
 * - DIAJUKAN → DRAF (returned to the unit before review);
 * - DIAJUKAN → DIREVIU_TPI (the TPI has reviewed; a first round may be partial);
 * - DIREVIU_TPI → DIAJUKAN (the TPI "return with notes" round, DOMAIN §1);
 * - DIREVIU_TPI → FINAL when the TPI layer is complete; FINAL is locked and has no way out.
 * Layers: Unit and TPI answers, notes and evidence can change until FINAL; the TPN layer is the
 * national result, known only after the proposal, so it is entered once the worksheet is FINAL.
 */

/** One allowed step, with the layer that must be complete first. */
export interface TransitionRule {
  from: WorksheetStatus;
  to: WorksheetStatus;
  requiresComplete: AnswerLayer | null;
}

/** Every allowed step (anything else is refused). */
export const transitionRules: readonly TransitionRule[] = [
  { from: 'DRAF', to: 'DIAJUKAN', requiresComplete: 'unit' },
  { from: 'DIAJUKAN', to: 'DRAF', requiresComplete: null },
  { from: 'DIAJUKAN', to: 'DIREVIU_TPI', requiresComplete: null },
  { from: 'DIREVIU_TPI', to: 'DIAJUKAN', requiresComplete: null },
  { from: 'DIREVIU_TPI', to: 'FINAL', requiresComplete: 'tpi' },
];

/** The statuses a worksheet in `status` may move to, before the completeness gates. */
export function nextStatuses(status: WorksheetStatus): WorksheetStatus[] {
  return transitionRules.filter((rule) => rule.from === status).map((rule) => rule.to);
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
  for (const half of score.pengungkit.halves) {
    for (const area of half.areas) {
      for (const subArea of area.subAreas) {
        for (const item of subArea.items) {
          if (item.answerType !== 'PERSEN' && !item.answered) codes.push(item.code);
        }
      }
    }
  }
  for (const subComponent of score.hasil.subComponents) {
    for (const indicator of subComponent.indicators) {
      if (indicator.completeness.answered === 0) codes.push(indicator.code);
    }
  }
  return codes;
}

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
  const rule = transitionRules.find((entry) => entry.from === from && entry.to === to);
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
    const action = to === 'FINAL' ? 'difinalkan' : 'diajukan';
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
