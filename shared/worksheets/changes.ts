import { answerTypeLabels, checkAnswer, itemsByCode, parseDecimalInput, type Answer, type Template } from '../lke';
import { formatDecimal } from '../format/number';
import { fail, ok, type FieldIssue, type Result } from '../result';

/**
 * Checks a batch of answer changes against a worksheet's template, all or nothing: every change
 * goes through checkAnswer of shared/lke (unknown codes, answers outside an item's type, IPAK 4,5
 * or −1, negative or fractional counts); counts and indices may come as typed text and are read
 * with the one Indonesian number rule (DOMAIN §5: "3,62" and "3.62"). One bad change refuses the
 * whole batch with INVALID_INPUT, one field issue per bad change (path = item code).
 */

/** A change as received (the answer is untrusted until checked). */
export interface RawAnswerChange {
  code: string;
  answer: unknown;
  note?: string | undefined;
}

/** A change that passed every check. */
export interface CheckedAnswerChange {
  code: string;
  answer: Answer | null;
  /** Trimmed; undefined keeps the current note. */
  note: string | undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads `{type, value: "3,62"}` as a number for JUMLAH/INDEKS items; other answers pass as they are. */
function parseTypedNumber(template: Template, code: string, answer: unknown): Result<unknown> {
  const item = itemsByCode(template).get(code)?.item;
  if (item === undefined || !isRecord(answer) || typeof answer.value !== 'string') return ok(answer);
  if (answer.type !== item.answerType || (item.answerType !== 'JUMLAH' && item.answerType !== 'INDEKS')) {
    return ok(answer);
  }
  const parsed = parseDecimalInput(answer.value);
  if (!parsed.ok) {
    const label = answerTypeLabels[item.answerType];
    return fail('INVALID_INPUT', `Isian ${label} pada butir ${code}: ${parsed.error.message}`);
  }
  return ok({ type: answer.type, value: parsed.value });
}

function listCodes(codes: readonly string[], max = 10): string {
  const shown = codes.slice(0, max).join(', ');
  return codes.length > max ? `${shown}, dan ${codes.length - max} lainnya` : shown;
}

/** Checks every change; returns them normalised, or one INVALID_INPUT failure listing every bad code. */
export function checkAnswerChanges(
  template: Template,
  changes: readonly RawAnswerChange[],
): Result<CheckedAnswerChange[]> {
  const checked: CheckedAnswerChange[] = [];
  const issues: FieldIssue[] = [];
  const items = itemsByCode(template);
  for (const change of changes) {
    const note = change.note?.trim();
    if (change.answer === null) {
      if (!items.has(change.code)) {
        issues.push({ path: change.code, message: `Butir dengan kode ${change.code} tidak ada di templat ${template.id}.` });
      } else {
        checked.push({ code: change.code, answer: null, note });
      }
      continue;
    }
    const typed = parseTypedNumber(template, change.code, change.answer);
    const result = typed.ok ? checkAnswer(template, change.code, typed.value) : typed;
    if (result.ok) checked.push({ code: change.code, answer: result.value, note });
    else issues.push({ path: change.code, message: result.error.message });
  }
  if (issues.length === 0) return ok(checked);
  const codes = [...new Set(issues.map((issue) => issue.path))];
  const first = issues[0]?.message ?? '';
  return fail(
    'INVALID_INPUT',
    `Tidak ada jawaban yang disimpan: ${issues.length} isian ditolak (${listCodes(codes)}). ${first}`,
    issues,
  );
}

/** Same answer (type and value); two missing answers (null or undefined) are equal. */
export function sameAnswer(a: Answer | null | undefined, b: Answer | null | undefined): boolean {
  if (a == null || b == null) return (a ?? null) === (b ?? null);
  return a.type === b.type && a.value === b.value;
}

/**
 * An answer as text for the worksheet screen, previews and reports ("Ya", "B", "1.234", "3,6",
 * "3,62"): numbers with the decimals they have, the Indonesian way; '' when empty.
 */
export function answerText(answer: Answer | null | undefined): string {
  if (answer === null || answer === undefined) return '';
  return typeof answer.value === 'number' ? formatDecimal(answer.value) : answer.value;
}
