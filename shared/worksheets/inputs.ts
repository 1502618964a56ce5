import { z } from 'zod';
import { base64Bytes, fileNameSchema } from '../schemas/bytes';
import { instansiYearRecordSchema, unitChecklistSchema, type Answer } from '../lke';
import { idSchema } from '../masterdata/schemas';
import { isoDateFormatSchema, safeText } from '../schemas/common';
import {
  MAX_CHANGES_PER_SAVE,
  MAX_EVIDENCE_BYTES,
  MAX_NOTE_LENGTH,
  MAX_REFERENCE_LENGTH,
  answerLayerSchema,
  worksheetIdSchema,
  worksheetStatusSchema,
  yearSchema,
} from './schemas';

/**
 * Input schemas of the `worksheets` and `prerequisites` channels. The shapes are checked here;
 * every answer is then checked against the worksheet's own template in main (checkAnswer of
 * shared/lke), all-or-nothing, so a bad answer is refused with a message naming its item code.
 */

/**
 * An answer as sent by the renderer: a stored {@link Answer}, or a count/index still as typed text
 * ("3,62", "3.62", "12") which main parses accepting both decimal separators (DOMAIN §5).
 */
export type AnswerInput = Answer | { type: 'JUMLAH' | 'INDEKS'; value: string };

/**
 * Only rejects what is not an object at all: type and value are checked per item in main, so the
 * error can name the item.
 */
const answerInputSchema = z.custom<AnswerInput | null>(
  (value) => value === null || (typeof value === 'object' && !Array.isArray(value)),
  { error: 'Jawaban harus berupa {type, value} atau null.' },
);

const itemCodeSchema = z.string().trim().min(1, 'Kode butir kosong.').max(64, 'Kode butir terlalu panjang.');
const noteSchema = safeText().max(MAX_NOTE_LENGTH, `Catatan paling banyak ${MAX_NOTE_LENGTH} karakter.`);
const evidenceIdSchema = z.string().regex(/^[a-z0-9-]{8,64}$/, 'Bukti dukung tidak dikenal.');

/** One change of `worksheets:saveAnswers`; `note` omitted keeps the current note. */
export const answerChangeSchema = z.object({
  code: itemCodeSchema,
  answer: answerInputSchema,
  note: noteSchema.optional(),
});
export type AnswerChange = z.input<typeof answerChangeSchema>;

/** `worksheets:list`: optional year and unit filters (filter by year where you can: each worksheet is read from its own document). */
export const worksheetsListInputSchema = z
  .object({ year: yearSchema.optional(), unitId: idSchema.optional() })
  .optional();

/** `worksheets:get`: one worksheet by id (`<unitId>-<year>`). */
export const worksheetRefInputSchema = z.object({ id: worksheetIdSchema });

/** `worksheets:create`: one worksheet per unit per year; DUPLICATE when it exists. */
export const worksheetCreateInputSchema = z.object({
  unitId: idSchema,
  year: yearSchema,
  /** Default: the newest shipped template. */
  templateId: z.string().regex(/^[a-z0-9-]+$/, 'Templat LKE tidak dikenal.').max(100).optional(),
  /** Copy the unit answers of the unit's latest earlier worksheet, marked as carried over. */
  carryOver: z.boolean().optional(),
});

/** `worksheets:saveAnswers`: a batch of at most 200 changes on one layer, saved all or nothing. */
export const saveAnswersInputSchema = z.object({
  id: worksheetIdSchema,
  layer: answerLayerSchema,
  changes: z
    .array(answerChangeSchema)
    .min(1, 'Tidak ada perubahan yang dikirim.')
    .max(MAX_CHANGES_PER_SAVE, `Paling banyak ${MAX_CHANGES_PER_SAVE} perubahan sekali simpan.`),
});

/** `worksheets:confirmCarried`: confirms carried-over unit answers. */
export const confirmCarriedInputSchema = z.object({
  id: worksheetIdSchema,
  /** Default: every carried-over answer of the unit layer. */
  codes: z.array(itemCodeSchema).max(1000).optional(),
});

/** `worksheets:undoConfirmCarried`: marks confirmed carried-over answers as unconfirmed again. */
export const undoConfirmCarriedInputSchema = z.object({
  id: worksheetIdSchema,
  codes: z.array(itemCodeSchema).min(1, 'Pilih butir yang konfirmasinya diurungkan.').max(1000),
});

/** `worksheets:transition`: one workflow step (see `transitionRules`). */
export const transitionInputSchema = z.object({
  id: worksheetIdSchema,
  to: worksheetStatusSchema,
  /** Comment kept with the step, e.g. the TPI's notes when returning the worksheet. */
  note: noteSchema.optional(),
});

/** `worksheets:addEvidenceFile`: a bukti dukung file as bytes (≤ 20 MB), stored by content hash. */
export const addEvidenceFileInputSchema = z.object({
  id: worksheetIdSchema,
  code: itemCodeSchema,
  fileName: fileNameSchema,
  dataBase64: base64Bytes(MAX_EVIDENCE_BYTES, 'Berkas bukti dukung'),
});

/** `worksheets:addEvidenceReference`: evidence kept elsewhere, as a text or link. */
export const addEvidenceReferenceInputSchema = z.object({
  id: worksheetIdSchema,
  code: itemCodeSchema,
  text: safeText()
    .trim()
    .min(1, 'Rujukan bukti dukung wajib diisi.')
    .max(MAX_REFERENCE_LENGTH, `Rujukan bukti dukung paling banyak ${MAX_REFERENCE_LENGTH} karakter.`),
});

/** `worksheets:removeEvidence`: detaches one evidence entry (the stored blob is kept). */
export const removeEvidenceInputSchema = z.object({
  id: worksheetIdSchema,
  code: itemCodeSchema,
  evidenceId: evidenceIdSchema,
});

/** `worksheets:evidenceBlob`: the bytes of an evidence file, until the native port opens it. */
export const evidenceBlobInputSchema = z.object({ id: worksheetIdSchema, evidenceId: evidenceIdSchema });

/** `worksheets:setPrerequisites`: the unit-level proposal checklist (PermenPANRB 5/2024). */
export const setPrerequisitesInputSchema = z.object({
  id: worksheetIdSchema,
  checklist: unitChecklistSchema,
  /** Proposal date for "ZI dibangun ≥ 1 tahun"; omitted keeps the stored one, null = 31 Mei of the year. */
  tanggalUsulan: isoDateFormatSchema.nullable().optional(),
});

/** `worksheets:plan`: the improvement planner on one layer. */
export const planInputSchema = z.object({ id: worksheetIdSchema, layer: answerLayerSchema });

/** `prerequisites:getYear`: the instansi-level record of one year. */
export const prerequisitesYearInputSchema = z.object({ year: yearSchema });

/** The instansi-level yearly record (opini BPK, SAKIP, Indeks RB, maturitas SPIP), shared/lke's schema. */
export const prerequisitesSaveInputSchema = instansiYearRecordSchema;
