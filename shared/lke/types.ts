import { z } from 'zod';
import { yearSchema } from '../schemas/common';
import { regulationIds } from './regulations';

/**
 * Schema of an LKE (Lembar Kerja Evaluasi) Zona Integritas template: the tree of components,
 * halves, areas, sub-areas and questions of PermenPANRB 90/2021 Lampiran III (as amended by
 * PermenPANRB 5/2024), kept as versioned data so a new regulation means a new template, not new
 * code. Shapes are checked here; the arithmetic rules (weights adding up, option values) are
 * checked by `validateTemplate` in `validate.ts`.
 */

/** Every answer type an LKE item can have (PermenPANRB 90/2021 Lampiran III, column "Jawaban"). */
export const answerTypes = ['YA_TIDAK', 'ABC', 'ABCD', 'ABCDE', 'PERSEN', 'JUMLAH', 'INDEKS'] as const;
export type AnswerType = (typeof answerTypes)[number];

/** Answer types chosen from a fixed list of options. */
export const choiceAnswerTypes = ['YA_TIDAK', 'ABC', 'ABCD', 'ABCDE'] as const;
export type ChoiceAnswerType = (typeof choiceAnswerTypes)[number];

/**
 * Option multipliers per answer type, exactly as the official workbook stores them (0.67 and
 * 0.33, never 2/3 and 1/3, or totals drift from the Excel of PermenPANRB 90/2021 Lampiran III).
 */
export const optionValues = {
  YA_TIDAK: { Ya: 1, Tidak: 0 },
  ABC: { A: 1, B: 0.5, C: 0 },
  ABCD: { A: 1, B: 0.67, C: 0.33, D: 0 },
  ABCDE: { A: 1, B: 0.75, C: 0.5, D: 0.25, E: 0 },
} as const satisfies Record<ChoiceAnswerType, Record<string, number>>;

/** The option keys of each choice type, in display order. */
export const optionKeys = {
  YA_TIDAK: ['Ya', 'Tidak'],
  ABC: ['A', 'B', 'C'],
  ABCD: ['A', 'B', 'C', 'D'],
  ABCDE: ['A', 'B', 'C', 'D', 'E'],
} as const satisfies Record<ChoiceAnswerType, readonly string[]>;

/** Indonesian name of each answer type, for messages. */
export const answerTypeLabels: Readonly<Record<AnswerType, string>> = {
  YA_TIDAK: 'Ya/Tidak',
  ABC: 'A/B/C',
  ABCD: 'A/B/C/D',
  ABCDE: 'A/B/C/D/E',
  PERSEN: 'persentase yang dihitung otomatis',
  JUMLAH: 'jumlah',
  INDEKS: 'indeks survei',
};

const codeSchema = z.string().min(1);
/** A weight is always a real positive number: a missing weight must never read as 0 (DOMAIN §7). */
const weightSchema = z.number().finite().positive();
const nameSchema = z.string().min(1);

/** One option of a choice item: its key (A, B… or Ya/Tidak), the regulation's label and multiplier. */
export const optionSchema = z.object({
  key: z.string().min(1),
  label: z.string(),
  value: z.number().finite(),
});
export type Option = z.infer<typeof optionSchema>;

const questionBase = {
  /** Stable code, e.g. 'A.I.1.i.a'; answers are keyed by it. */
  code: codeSchema,
  text: z.string().min(1),
  criteria: z.string(),
  /** Row of the item in the official LKE workbook, where known. */
  excelRow: z.number().int().positive().optional(),
  /** Question id in PortalRB's "Master Soal LKE ZI", where known (for a later integration). */
  portalRbId: z.number().int().positive().optional(),
  /** Why this node deviates from, or interprets, its source. */
  note: z.string().optional(),
};

/** A question answered by picking one option (Ya/Tidak, A/B/C, A/B/C/D, A/B/C/D/E). */
export const choiceQuestionSchema = z.object({
  ...questionBase,
  answerType: z.enum(choiceAnswerTypes),
  options: z.array(optionSchema).min(2),
});
export type ChoiceQuestion = z.infer<typeof choiceQuestionSchema>;

/**
 * How a computed percentage is derived from its JUMLAH inputs (LKE workbook column K formulas).
 * - `ratio`: Σ numerator ÷ Σ denominator, capped at 1; a zero denominator gives 0 and a flag.
 * - `disiplin`: (last year − this year) ÷ last year, 1 when both are 0, floored at 0
 *   (Reform, Penataan SDM iii, "penurunan pelanggaran disiplin pegawai").
 */
export const formulaSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('ratio'),
    numerator: z.array(codeSchema).min(1),
    denominator: z.array(codeSchema).min(1),
  }),
  z.object({
    kind: z.literal('disiplin'),
    lastYear: codeSchema,
    thisYear: codeSchema,
  }),
]);
export type Formula = z.infer<typeof formulaSchema>;
export type FormulaKind = Formula['kind'];

/**
 * A percentage computed from counts. `inputs` lists every JUMLAH item shown with it (some are
 * recorded but unused by the formula, e.g. complaints still in process); `formula` names those used.
 */
export const computedQuestionSchema = z.object({
  ...questionBase,
  answerType: z.literal('PERSEN'),
  inputs: z.array(codeSchema).min(1),
  formula: formulaSchema,
});
export type ComputedQuestion = z.infer<typeof computedQuestionSchema>;

/** A raw count that feeds computed items; never averaged itself. */
export const countQuestionSchema = z.object({
  ...questionBase,
  answerType: z.literal('JUMLAH'),
});
export type CountQuestion = z.infer<typeof countQuestionSchema>;

/** A survey index on a 0..indexMax scale (IPAK, IPKP: 0–4). Points = index ÷ indexMax × weight. */
export const indexQuestionSchema = z.object({
  ...questionBase,
  answerType: z.literal('INDEKS'),
  indexMax: z.number().finite().positive(),
});
export type IndexQuestion = z.infer<typeof indexQuestionSchema>;

/** Any item of a Pengungkit sub-area. */
export const questionSchema = z.discriminatedUnion('answerType', [
  choiceQuestionSchema,
  computedQuestionSchema,
  countQuestionSchema,
  indexQuestionSchema,
]);
export type Question = z.infer<typeof questionSchema>;

/** Code, name and weight: what every node above the items has. */
const weightedNode = { code: codeSchema, name: nameSchema, weight: weightSchema };

/** A sub-area: its value is the average of its answered, scored items × its weight. */
export const subAreaSchema = z.object({
  ...weightedNode,
  /**
   * Display heading shared by sibling sub-areas that the regulation numbers as one point
   * (Reform, Penguatan Pengawasan iii: LHKPN and non-LHKPN are two sub-areas of weight 1 each).
   */
  group: z.object({ code: codeSchema, name: nameSchema }).optional(),
  note: z.string().optional(),
  questions: z.array(questionSchema).min(1),
});
export type SubArea = z.infer<typeof subAreaSchema>;

/** An area (Manajemen Perubahan, Penataan Tatalaksana…): the sum of its sub-areas. */
export const areaSchema = z.object({
  ...weightedNode,
  subAreas: z.array(subAreaSchema).min(1),
});
export type Area = z.infer<typeof areaSchema>;

/** The two halves of Pengungkit. */
export const halfRoles = ['PEMENUHAN', 'REFORM'] as const;
export type HalfRole = (typeof halfRoles)[number];

/** Pemenuhan or Reform: the sum of its areas. */
export const halfSchema = z.object({
  ...weightedNode,
  role: z.enum(halfRoles),
  areas: z.array(areaSchema).min(1),
});
export type Half = z.infer<typeof halfSchema>;

/** What a Hasil indicator measures; thresholds refer to these roles, not to codes. */
export const indicatorRoles = ['IPAK', 'CAPAIAN_KINERJA', 'IPKP'] as const;
export type IndicatorRole = (typeof indicatorRoles)[number];

const indicatorBase = {
  role: z.enum(indicatorRoles),
  /** Short name for messages and tables ('IPAK', 'Capaian Kinerja', 'IPKP'). */
  shortName: nameSchema,
  weight: weightSchema,
};

/**
 * A Hasil indicator with its own weight: a survey index (IPAK, IPKP: index ÷ 4 × weight) or a
 * choice (capaian kinerja: option value × weight). PermenPANRB 90/2021 Lampiran III, komponen hasil.
 */
export const indicatorSchema = z.discriminatedUnion('answerType', [
  indexQuestionSchema.extend(indicatorBase),
  choiceQuestionSchema.extend(indicatorBase),
]);
export type Indicator = z.infer<typeof indicatorSchema>;

/** The two sub-components of Hasil. */
export const hasilRoles = ['BIROKRASI_BERSIH', 'PELAYANAN_PRIMA'] as const;
export type HasilRole = (typeof hasilRoles)[number];

/** Birokrasi yang Bersih dan Akuntabel, or Pelayanan Publik yang Prima: sum of its indicators. */
export const hasilSubComponentSchema = z.object({
  ...weightedNode,
  role: z.enum(hasilRoles),
  indicators: z.array(indicatorSchema).min(1),
});
export type HasilSubComponent = z.infer<typeof hasilSubComponentSchema>;

/** A. Pengungkit (enablers): Pemenuhan + Reform. */
export const pengungkitComponentSchema = z.object({
  kind: z.literal('PENGUNGKIT'),
  ...weightedNode,
  halves: z.array(halfSchema).min(1),
});
export type PengungkitComponent = z.infer<typeof pengungkitComponentSchema>;

/** B. Hasil (results): its sub-components. */
export const hasilComponentSchema = z.object({
  kind: z.literal('HASIL'),
  ...weightedNode,
  subComponents: z.array(hasilSubComponentSchema).min(1),
});
export type HasilComponent = z.infer<typeof hasilComponentSchema>;

export const componentSchema = z.discriminatedUnion('kind', [
  pengungkitComponentSchema,
  hasilComponentSchema,
]);
export type Component = z.infer<typeof componentSchema>;

/** A whole LKE template, identified by id and version; worksheets record the id they were made with. */
export const templateSchema = z.object({
  /** e.g. 'lke-zi-90-2021-5-2024' */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** e.g. '2024.1'; compared numerically part by part. */
  version: z.string().regex(/^\d+(\.\d+)*$/),
  regulation: z.string().min(1),
  /**
   * The regulations the template implements (ids of shared/lke/regulations.ts), base first.
   * Absent on test templates: then it serves every year.
   */
  regulations: z.array(z.enum(regulationIds)).min(1).optional(),
  /**
   * The rounds (evaluation years) the template serves, inclusive; `null` = open-ended. Derived
   * from the regulations' effective dates (a round follows the law in force on 31 December).
   */
  years: z.object({ from: yearSchema.nullable(), to: yearSchema.nullable() }).optional(),
  title: z.string().min(1),
  components: z.array(componentSchema).min(1),
});
export type Template = z.infer<typeof templateSchema>;

/** True for items that enter a sub-area average (everything except JUMLAH inputs). */
export function isScoredQuestion(question: Question): boolean {
  return question.answerType !== 'JUMLAH';
}
