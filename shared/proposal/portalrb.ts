import { z } from 'zod';
import { walkTemplate, type AnswerType, type Template } from '../lke';
import type { Answer } from '../lke';
import type { Evidence, Worksheet } from '../worksheets/schemas';

/**
 * The data PortalRB's "API Integrasi ZI" (KemenPANRB, evaluation year 2026) collects from an
 * instansi: the lists of units proposed for WBK and for WBBM, and per unit its LKE answers keyed by
 * PortalRB's `soal_id` (unit answer, TPI answer, both notes, evidence). Field names are PortalRB's
 * (snake_case) so the JSON can be served or pasted as is. The soal id of every LKE item lives in the
 * shipped templates (`portalRbId`, the master soal's 127 ids); computed percentages have none —
 * PortalRB takes their counts (`Jumlah` soal) and computes them itself.
 */

/** PortalRB's `jenis_jawaban` of a soal (master soal LKE ZI 2026). */
export type PortalRbAnswerKind = 'YA_TIDAK' | 'ABC' | 'ABCD' | 'ABCDE' | 'Jumlah' | '0-4';

const ANSWER_KIND: Readonly<Record<Exclude<AnswerType, 'PERSEN'>, PortalRbAnswerKind>> = {
  YA_TIDAK: 'YA_TIDAK',
  ABC: 'ABC',
  ABCD: 'ABCD',
  ABCDE: 'ABCDE',
  JUMLAH: 'Jumlah',
  INDEKS: '0-4',
};

/** One soal of the master: its id, our item code and answer kind. */
export interface PortalRbSoal {
  soalId: number;
  code: string;
  answerType: Exclude<AnswerType, 'PERSEN'>;
  jenisJawaban: PortalRbAnswerKind;
}

const soalCache = new WeakMap<Template, PortalRbSoal[]>();

/** Every soal of a template in soal-id order (items without a `portalRbId`, the computed %, are left out). */
export function portalRbSoal(template: Template): PortalRbSoal[] {
  const cached = soalCache.get(template);
  if (cached) return cached;
  const soal: PortalRbSoal[] = [];
  for (const entry of walkTemplate(template)) {
    if (entry.kind !== 'question' && entry.kind !== 'indicator') continue;
    const item = entry.node;
    if (item.portalRbId === undefined || item.answerType === 'PERSEN') continue;
    soal.push({ soalId: item.portalRbId, code: item.code, answerType: item.answerType, jenisJawaban: ANSWER_KIND[item.answerType] });
  }
  soal.sort((a, b) => a.soalId - b.soalId);
  soalCache.set(template, soal);
  return soal;
}

/** PortalRB's unit category: WBK, WBK through afirmasi, or WBBM. */
export const portalRbCategories = ['WBK', 'WBK-AFIRMASI', 'WBBM'] as const;
export type PortalRbCategory = (typeof portalRbCategories)[number];

const nullableText = z.string().nullable();

/** A unit in `GET /pengusulan/unit-wbk` or `/unit-wbbm`. */
export const portalRbUnitSchema = z.object({
  id: z.string().min(1),
  nama: z.string().min(1),
  kategori: z.enum(portalRbCategories),
  afirmasi: z.boolean(),
});
export type PortalRbUnit = z.infer<typeof portalRbUnitSchema>;

/** The response of `GET /pengusulan/unit-wbk` (or `unit-wbbm`). */
export const portalRbUnitListSchema = z.object({ tahun: z.number().int(), units: z.array(portalRbUnitSchema) });
export type PortalRbUnitList = z.infer<typeof portalRbUnitListSchema>;

/** One answer of `GET /lke/jawaban-unit/{unit_id}`. */
export const portalRbAnswerSchema = z.object({
  soal_id: z.number().int().positive(),
  jawaban_unit: nullableText,
  jawaban_tpi: nullableText,
  catatan_unit: nullableText,
  bukti_dukung_unit: nullableText,
  catatan_tpi: nullableText,
});
export type PortalRbAnswer = z.infer<typeof portalRbAnswerSchema>;

/** The response of `GET /lke/jawaban-unit/{unit_id}`. */
export const portalRbUnitAnswersSchema = z.object({
  unit_id: z.string().min(1),
  nama_unit: z.string().min(1),
  tahun: z.number().int(),
  answers: z.array(portalRbAnswerSchema),
});
export type PortalRbUnitAnswers = z.infer<typeof portalRbUnitAnswersSchema>;

/** Format name and version of the exported file (a newer reader can tell what it holds). */
export const PORTALRB_EXPORT_FORMAT = 'zi-desk-usulan-portalrb';
export const PORTALRB_EXPORT_VERSION = 1;

/**
 * The exported package: the two unit lists and the answers of every proposed unit, each exactly as
 * PortalRB's endpoint would answer, plus who made it and when.
 */
export const portalRbExportSchema = z
  .object({
    format: z.literal(PORTALRB_EXPORT_FORMAT),
    formatVersion: z.literal(PORTALRB_EXPORT_VERSION),
    tahun: z.number().int(),
    instansi: z.string(),
    dibuatPada: z.string(),
    pengusulan: z.object({ unitWbk: portalRbUnitListSchema, unitWbbm: portalRbUnitListSchema }),
    jawabanUnit: z.array(portalRbUnitAnswersSchema),
  })
  .superRefine((value, ctx) => {
    const listed = [...value.pengusulan.unitWbk.units, ...value.pengusulan.unitWbbm.units].map((unit) => unit.id);
    const answered = value.jawabanUnit.map((entry) => entry.unit_id);
    if (new Set(listed).size !== listed.length) ctx.addIssue({ code: 'custom', message: 'Satu unit diusulkan lebih dari sekali.' });
    if ([...listed].sort().join('|') !== [...answered].sort().join('|')) {
      ctx.addIssue({ code: 'custom', message: 'Jawaban LKE harus ada tepat untuk setiap unit yang diusulkan.' });
    }
  });
export type PortalRbExport = z.infer<typeof portalRbExportSchema>;

/** An answer as PortalRB reads it: "Ya"/"Tidak", the option letter, or the number as text ("12", "3.45"). */
export function portalRbAnswerValue(answer: Answer | null | undefined): string | null {
  if (answer === null || answer === undefined) return null;
  return typeof answer.value === 'number' ? String(answer.value) : answer.value;
}

/**
 * The evidence of an item as one text: references (links or descriptions) as written and stored
 * files by name, joined with "; " (PortalRB takes one string; the Laravel reference joins links with ";").
 */
export function portalRbEvidence(evidence: readonly Evidence[]): string | null {
  const parts = evidence.map((entry) => (entry.kind === 'reference' ? entry.text.trim() : `Berkas: ${entry.name}`)).filter((part) => part !== '');
  return parts.length === 0 ? null : parts.join('; ');
}

const noteOrNull = (note: string | undefined): string | null => (note === undefined || note.trim() === '' ? null : note.trim());

/** Every soal of the worksheet's template with the unit's and the TPI's answers, notes and evidence. */
export function portalRbAnswers(worksheet: Pick<Worksheet, 'items'>, template: Template): PortalRbAnswer[] {
  return portalRbSoal(template).map((soal) => {
    const item = Object.hasOwn(worksheet.items, soal.code) ? worksheet.items[soal.code] : undefined;
    return {
      soal_id: soal.soalId,
      jawaban_unit: portalRbAnswerValue(item?.unit.answer),
      jawaban_tpi: portalRbAnswerValue(item?.tpi.answer),
      catatan_unit: noteOrNull(item?.unit.note),
      bukti_dukung_unit: portalRbEvidence(item?.evidence ?? []),
      catatan_tpi: noteOrNull(item?.tpi.note),
    };
  });
}

/** PortalRB's category of a proposed unit. */
export function portalRbCategory(kategori: 'WBK' | 'WBBM', afirmasi: boolean): PortalRbCategory {
  if (kategori === 'WBBM') return 'WBBM';
  return afirmasi ? 'WBK-AFIRMASI' : 'WBK';
}

/** One proposed unit with what the export needs. */
export interface PortalRbExportUnit {
  unitId: string;
  nama: string;
  kategori: 'WBK' | 'WBBM';
  afirmasi: boolean;
  worksheet: Pick<Worksheet, 'items'>;
  template: Template;
}

/** The whole package for a year (checked against {@link portalRbExportSchema} by the caller's tests). */
export function buildPortalRbExport(input: { tahun: number; instansi: string; dibuatPada: string; units: readonly PortalRbExportUnit[] }): PortalRbExport {
  const list = (kategori: 'WBK' | 'WBBM'): PortalRbUnitList => ({
    tahun: input.tahun,
    units: input.units
      .filter((unit) => unit.kategori === kategori)
      .map((unit) => ({ id: unit.unitId, nama: unit.nama, kategori: portalRbCategory(unit.kategori, unit.afirmasi), afirmasi: unit.afirmasi })),
  });
  return {
    format: PORTALRB_EXPORT_FORMAT,
    formatVersion: PORTALRB_EXPORT_VERSION,
    tahun: input.tahun,
    instansi: input.instansi,
    dibuatPada: input.dibuatPada,
    pengusulan: { unitWbk: list('WBK'), unitWbbm: list('WBBM') },
    jawabanUnit: input.units.map((unit) => ({
      unit_id: unit.unitId,
      nama_unit: unit.nama,
      tahun: input.tahun,
      answers: portalRbAnswers(unit.worksheet, unit.template),
    })),
  };
}
