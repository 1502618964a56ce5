import { formatAngka, formatDecimal } from '../../../../../shared/format';
import { checkNumberAnswer, INDEX_MAX, parseDecimalInput, type Answer, type AnswerType } from '../../../../../shared/lke';
import { fail, ok, type Result } from '../../../../../shared/result';
import { answerLayers, MAX_NOTE_LENGTH, type AnswerLayer } from '../../../../../shared/worksheets';

/** The three answer layers of an item (DOMAIN §1), as shared/worksheets defines them. */
export const LAYERS = answerLayers;
export type Layer = AnswerLayer;

export const LAYER_LABEL: Readonly<Record<Layer, string>> = { unit: 'Unit', tpi: 'TPI', tpn: 'TPN' };
export const LAYER_LONG_LABEL: Readonly<Record<Layer, string>> = {
  unit: 'Penilaian mandiri unit',
  tpi: 'Tim Penilai Internal',
  tpn: 'Tim Penilai Nasional',
};

/** Answers of one layer, keyed by item code. */
export type LayerAnswers = Readonly<Record<string, Answer>>;

/** The text a number input shows for an answer ("3,6" rather than "3,60" while editing). */
export function answerInputText(answer: Answer | undefined): string {
  if (answer === undefined) return '';
  if (answer.type === 'JUMLAH') return String(answer.value);
  if (answer.type === 'INDEKS') return formatDecimal(answer.value);
  return answer.value;
}

/**
 * Reads what was typed into a count or index cell with the one Indonesian number rule (DOMAIN §5:
 * "3,6" and "3.6"). Empty text means "no answer" (`null`). The limits are shared/lke's
 * `checkNumberAnswer`, the same main applies, so a value the server would refuse is flagged before
 * it is sent.
 */
export function parseNumberAnswer(type: AnswerType, text: string, indexMax = INDEX_MAX): Result<Answer | null> {
  if (text.trim() === '') return ok(null);
  const parsed = parseDecimalInput(text);
  if (!parsed.ok) return parsed;
  if (type === 'JUMLAH') return checkNumberAnswer('JUMLAH', parsed.value, { name: 'Jumlah' });
  if (type === 'INDEKS') return checkNumberAnswer('INDEKS', parsed.value, { name: 'Indeks', indexMax });
  return fail('INVALID_INPUT', 'Butir ini tidak diisi dengan angka.');
}

/** Why a note cannot be kept as typed (the limit main applies), or undefined when it can. */
export function noteProblem(text: string): string | undefined {
  if (text.length <= MAX_NOTE_LENGTH) return undefined;
  return `Catatan paling banyak ${formatAngka(MAX_NOTE_LENGTH, 0)} karakter (sekarang ${formatAngka(text.length, 0)}); perubahan ini belum disimpan.`;
}
