import { z } from 'zod';
import { fail, ok, type Result } from '../result';
import { formatDecimal, parseAngka } from '../format/number';
import { itemsByCode } from './structure';
import { answerTypeLabels, type AnswerType, type Template } from './types';

/**
 * Answers are a discriminated union on the item's answer type (DOMAIN §7: casting "Ya" to a number
 * once scored every "Ya" as 0). Choice answers store the option key, never its value: the value
 * comes from the template the worksheet was made with. Computed percentages (PERSEN) have no
 * answer of their own; they are derived from their JUMLAH inputs.
 */

/** Upper bound of the survey indices IPAK and IPKP (PermenPANRB 90/2021 Lampiran III: index ÷ 4 × weight). */
export const INDEX_MAX = 4;

/** Ya/Tidak: Ya 1, Tidak 0. */
const yaTidakAnswerSchema = z.object({
  type: z.literal('YA_TIDAK'),
  value: z.enum(['Ya', 'Tidak']),
});
/** A/B/C: 1, 0.5, 0. */
const abcAnswerSchema = z.object({ type: z.literal('ABC'), value: z.enum(['A', 'B', 'C']) });
/** A/B/C/D: 1, 0.67, 0.33, 0. */
const abcdAnswerSchema = z.object({
  type: z.literal('ABCD'),
  value: z.enum(['A', 'B', 'C', 'D']),
});
/** A/B/C/D/E: 1, 0.75, 0.5, 0.25, 0. */
const abcdeAnswerSchema = z.object({
  type: z.literal('ABCDE'),
  value: z.enum(['A', 'B', 'C', 'D', 'E']),
});
/** A raw count feeding computed percentages: a non-negative whole number. */
const jumlahAnswerSchema = z.object({
  type: z.literal('JUMLAH'),
  value: z
    .number({ error: 'Jumlah harus berupa angka.' })
    .int({ error: 'Jumlah harus bilangan bulat.' })
    .nonnegative({ error: 'Jumlah tidak boleh negatif.' }),
});
/** A survey index (IPAK, IPKP) between 0 and 4 with at most two decimals. */
const indeksAnswerSchema = z.object({
  type: z.literal('INDEKS'),
  value: z
    .number({ error: 'Indeks harus berupa angka.' })
    .min(0, { error: `Indeks harus antara 0 dan ${INDEX_MAX}.` })
    .max(INDEX_MAX, { error: `Indeks harus antara 0 dan ${INDEX_MAX}.` })
    .refine(hasAtMostTwoDecimals, { error: 'Indeks paling banyak dua angka di belakang koma.' }),
});

/** Any stored answer (the shape worksheets persist and send over IPC). */
export const answerSchema = z.discriminatedUnion('type', [
  yaTidakAnswerSchema,
  abcAnswerSchema,
  abcdAnswerSchema,
  abcdeAnswerSchema,
  jumlahAnswerSchema,
  indeksAnswerSchema,
]);
export type Answer = z.infer<typeof answerSchema>;
/** The answer for one answer type, e.g. `AnswerOf<'ABC'>`. */
export type AnswerOf<T extends Answer['type']> = Extract<Answer, { type: T }>;

/** A worksheet's answers keyed by item code, as stored. */
export const answersRecordSchema = z.record(z.string(), answerSchema);
export type AnswersRecord = z.infer<typeof answersRecordSchema>;

/** Answers keyed by item code, as a Map or a plain record. */
export type Answers = ReadonlyMap<string, Answer> | Readonly<Record<string, Answer>>;

/** Loose shape used to give precise messages before the strict per-type checks. */
const answerShapeSchema = z.object({
  type: z.string(),
  value: z.union([z.string(), z.number()]),
});

/** True when `value` has at most two decimals (survey indices are published as e.g. 3,62). */
export function hasAtMostTwoDecimals(value: number): boolean {
  const scaled = value * 100;
  return Math.abs(scaled - Math.round(scaled)) < 1e-6;
}

/**
 * Checks one answer against the template before it is stored: the item must exist, must not be
 * a computed percentage, and the answer must have the item's own type with a value in range
 * (option key offered by the item; count a non-negative whole number; index between 0 and the
 * item's maximum with at most two decimals). Returns the normalised answer, or a failure with a
 * message in Bahasa Indonesia naming the item.
 */
export function checkAnswer(template: Template, code: string, answer: unknown): Result<Answer> {
  const location = itemsByCode(template).get(code);
  if (location === undefined) {
    return fail('NOT_FOUND', `Butir dengan kode ${code} tidak ada di templat ${template.id}.`);
  }
  const item = location.item;
  if (item.answerType === 'PERSEN') {
    return fail(
      'INVALID_INPUT',
      `Butir ${code} dihitung otomatis dari isian jumlahnya (${item.inputs.join(', ')}); ` +
        'isi butir-butir jumlah tersebut.',
    );
  }
  const shape = answerShapeSchema.safeParse(answer);
  if (!shape.success) {
    return fail('INVALID_INPUT', `Jawaban untuk butir ${code} tidak dikenali.`);
  }
  const { type, value } = shape.data;
  if (type !== item.answerType) {
    const given = isAnswerType(type) ? answerTypeLabels[type] : `"${type}"`;
    return fail(
      'INVALID_INPUT',
      `Butir ${code} dijawab dengan ${answerTypeLabels[item.answerType]}, bukan ${given}.`,
    );
  }

  switch (item.answerType) {
    case 'YA_TIDAK':
    case 'ABC':
    case 'ABCD':
    case 'ABCDE': {
      const keys = item.options.map((option) => option.key);
      const parsed = answerSchema.safeParse({ type, value });
      if (!parsed.success || typeof value !== 'string' || !keys.includes(value)) {
        return fail(
          'INVALID_INPUT',
          `Pilihan "${String(value)}" tidak tersedia untuk butir ${code}; pilih ${keys.join(', ')}.`,
        );
      }
      return ok(parsed.data);
    }
    case 'JUMLAH':
      return checkNumberAnswer('JUMLAH', value, { name: `Jumlah pada butir ${code}` });
    case 'INDEKS': {
      const name = location.kind === 'indicator' ? `Indeks ${location.item.shortName}` : `Indeks pada butir ${code}`;
      return checkNumberAnswer('INDEKS', value, { name, indexMax: item.indexMax });
    }
  }
}

/**
 * The limits of a count or an index answer, checked by main (checkAnswer) and by the worksheet
 * screen before sending: a count is a whole number ≥ 0; an index lies between 0 and its maximum
 * (at most {@link INDEX_MAX}) with at most two decimals. `name` starts the message ("Jumlah pada
 * butir A.II.3.iii.a.1", "Indeks IPAK").
 */
export function checkNumberAnswer(
  type: 'JUMLAH' | 'INDEKS',
  value: unknown,
  options: { name: string; indexMax?: number },
): Result<AnswerOf<'JUMLAH' | 'INDEKS'>> {
  const { name } = options;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return fail('INVALID_INPUT', `${name} harus berupa angka.`);
  }
  if (type === 'JUMLAH') {
    if (value < 0) return fail('INVALID_INPUT', `${name} tidak boleh negatif (diisi ${formatDecimal(value)}).`);
    if (!Number.isSafeInteger(value)) {
      return fail('INVALID_INPUT', `${name} harus bilangan bulat (diisi ${formatDecimal(value)}).`);
    }
    return ok({ type: 'JUMLAH', value });
  }
  const max = Math.min(options.indexMax ?? INDEX_MAX, INDEX_MAX);
  if (value < 0 || value > max) {
    return fail('INVALID_INPUT', `${name} harus antara 0 dan ${formatDecimal(max)} (diisi ${formatDecimal(value)}).`);
  }
  if (!hasAtMostTwoDecimals(value)) {
    return fail('INVALID_INPUT', `${name} paling banyak dua angka di belakang koma (diisi ${formatDecimal(value)}).`);
  }
  return ok({ type: 'INDEKS', value });
}

function isAnswerType(type: string): type is AnswerType {
  return Object.hasOwn(answerTypeLabels, type);
}

/**
 * Reads a number typed into a count or index, with {@link parseAngka} (the one Indonesian number
 * rule, DOMAIN §5: "3,6" and "3.6" → 3.6, "1.234" → 1234), as a Result whose refusal says in
 * Indonesian what is wrong.
 */
export function parseDecimalInput(text: string): Result<number> {
  const trimmed = text.trim();
  if (trimmed.length === 0) return fail('INVALID_INPUT', 'Isian masih kosong.');
  const value = parseAngka(trimmed);
  return value === undefined
    ? fail('INVALID_INPUT', `"${trimmed}" bukan angka yang valid; contoh penulisan: 3,6 atau 12.`)
    : ok(value);
}

/** Reads an answer by code from a Map or a plain record (own keys only). */
export function answerFor(answers: Answers, code: string): Answer | undefined {
  if (isAnswerMap(answers)) return answers.get(code);
  return Object.hasOwn(answers, code) ? answers[code] : undefined;
}

/** True when the answers come as a Map rather than a plain record. */
export function isAnswerMap(answers: Answers): answers is ReadonlyMap<string, Answer> {
  return answers instanceof Map;
}
