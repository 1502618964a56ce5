import { z } from 'zod';
import { answerSchema, unitChecklistSchema, type Answer, type UnitChecklist } from '../lke';
import { ID_PATTERN } from '../masterdata/schemas';
import { isoDateFormatSchema, yearSchema } from '../schemas/common';

/**
 * The stored shape of an LKE worksheet: one per unit per year, made from one
 * template version, with three answer layers per item (DOMAIN §1: unit, TPI, TPN), evidence,
 * per-item history and the unit-level proposal checklist (PermenPANRB 5/2024). Only raw inputs
 * are stored; scores, totals and verdicts are always recomputed (ARCHITECTURE "Data").
 */

/** The three answer layers of an item: the unit's self-assessment, the TPI review, the TPN result. */
export const answerLayers = ['unit', 'tpi', 'tpn'] as const;
export type AnswerLayer = (typeof answerLayers)[number];
/** Zod schema of a layer name. */
export const answerLayerSchema = z.enum(answerLayers, { error: 'Lapisan jawaban harus unit, tpi atau tpn.' });

/** Indonesian names of the layers, for messages. */
export const answerLayerLabels: Readonly<Record<AnswerLayer, string>> = {
  unit: 'Unit (penilaian mandiri)',
  tpi: 'TPI',
  tpn: 'TPN',
};

/** Workflow states: Draf → Diajukan → Direviu TPI → Final (locked). */
export const worksheetStatuses = ['DRAF', 'DIAJUKAN', 'DIREVIU_TPI', 'FINAL'] as const;
export type WorksheetStatus = (typeof worksheetStatuses)[number];
/** Zod schema of a status. */
export const worksheetStatusSchema = z.enum(worksheetStatuses, { error: 'Status LKE tidak dikenal.' });

/** Indonesian names of the statuses. */
export const worksheetStatusLabels: Readonly<Record<WorksheetStatus, string>> = {
  DRAF: 'Draf',
  DIAJUKAN: 'Diajukan',
  DIREVIU_TPI: 'Direviu TPI',
  FINAL: 'Final',
};

/** Evaluation years accepted (the same bounds as the instansi-level record of shared/lke). */
export { MAX_YEAR, MIN_YEAR, yearSchema } from '../schemas/common';

/** A worksheet id is `<unitId>-<year>`, which is also its document name under `worksheets/`. */
export const WORKSHEET_ID_PATTERN = /^([a-z0-9][a-z0-9-]{2,63})-(\d{4})$/;
export const worksheetIdSchema = z.string().regex(WORKSHEET_ID_PATTERN, 'ID LKE tidak valid.');

/** The id of the worksheet of a unit for a year. */
export function worksheetId(unitId: string, year: number): string {
  return `${unitId}-${year}`;
}

/** Splits a worksheet id back into unit id and year; undefined when it is not one. */
export function parseWorksheetId(id: string): { unitId: string; year: number } | undefined {
  const match = WORKSHEET_ID_PATTERN.exec(id);
  const unitId = match?.[1];
  const year = match?.[2];
  if (unitId === undefined || year === undefined || !ID_PATTERN.test(unitId)) return undefined;
  return { unitId, year: Number(year) };
}

/** Longest note (catatan) per item and layer. */
export const MAX_NOTE_LENGTH = 4000;
/** Longest evidence reference (text or link). */
export const MAX_REFERENCE_LENGTH = 2000;
/** Most evidence entries per item. */
export const MAX_EVIDENCE_PER_ITEM = 50;
export { MAX_EVIDENCE_BYTES } from '../limits';
/** Most answer changes in one `worksheets:saveAnswers` call. */
export const MAX_CHANGES_PER_SAVE = 200;
/** Shown as "who" in history when no user name was typed at start-up or in settings. */
export const ANONYMOUS_USER = '(tanpa nama)';

const isoTimestamp = z.string().min(1);

/** One layer of one item: the answer (null = not answered), the note, and the carry-over mark. */
export const layerAnswerSchema = z.object({
  answer: answerSchema.nullable(),
  note: z.string().max(MAX_NOTE_LENGTH),
  /** Copied from last year's worksheet and not confirmed yet. */
  carriedOver: z.boolean(),
});
/** One layer of one item (answer, note, carried-over mark). */
export interface LayerAnswer {
  answer: Answer | null;
  note: string;
  carriedOver: boolean;
}

/** An empty layer. */
export function emptyLayerAnswer(): LayerAnswer {
  return { answer: null, note: '', carriedOver: false };
}

/** Kinds of evidence files the app stores (opened later with the system viewer, so no executables). */
export const evidenceMimeTypes = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'application/msword',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.ms-excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.ms-powerpoint',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'text/plain',
  'text/csv',
] as const;
export type EvidenceMimeType = (typeof evidenceMimeTypes)[number];

/** A file of bukti dukung, stored once in the blob store by its SHA-256. */
export const evidenceFileSchema = z.object({
  id: z.string().min(1).max(64),
  kind: z.literal('file'),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  name: z.string().min(1).max(200),
  size: z.number().int().nonnegative(),
  mimeType: z.enum(evidenceMimeTypes),
  addedAt: isoTimestamp,
  addedBy: z.string(),
});
export type EvidenceFile = z.infer<typeof evidenceFileSchema>;

/** A reference to evidence kept elsewhere: a text or a link. */
export const evidenceReferenceSchema = z.object({
  id: z.string().min(1).max(64),
  kind: z.literal('reference'),
  text: z.string().min(1).max(MAX_REFERENCE_LENGTH),
  addedAt: isoTimestamp,
  addedBy: z.string(),
  /** Set when the reference was carried over from the worksheet of that year (absent in older files). */
  carriedFromYear: yearSchema.optional(),
});
export type EvidenceReference = z.infer<typeof evidenceReferenceSchema>;

/** Evidence of an item: a stored file or a reference. */
export const evidenceSchema = z.discriminatedUnion('kind', [evidenceFileSchema, evidenceReferenceSchema]);
export type Evidence = z.infer<typeof evidenceSchema>;

/**
 * Why a history entry was written: `edit` an answer or note changed; `carryOver` the answer and
 * note were copied from last year on creation; `confirm` a carried-over answer was confirmed
 * unchanged; `unconfirm` that confirmation was undone (the answer is carried-over again).
 */
export const historyKinds = ['edit', 'carryOver', 'confirm', 'unconfirm'] as const;
export type HistoryKind = (typeof historyKinds)[number];

/** One change of one layer of one item (who, when, layer, old → new). */
export const historyEntrySchema = z.object({
  at: isoTimestamp,
  by: z.string(),
  layer: answerLayerSchema,
  kind: z.enum(historyKinds),
  oldAnswer: answerSchema.nullable(),
  newAnswer: answerSchema.nullable(),
  oldNote: z.string(),
  newNote: z.string(),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

/** Everything stored for one template item (question, computed %, count or Hasil indicator). */
export const worksheetItemSchema = z.object({
  unit: layerAnswerSchema,
  tpi: layerAnswerSchema,
  tpn: layerAnswerSchema,
  evidence: z.array(evidenceSchema).max(MAX_EVIDENCE_PER_ITEM),
  /** Oldest first. */
  history: z.array(historyEntrySchema),
});
export type WorksheetItem = z.infer<typeof worksheetItemSchema>;

/** An item nobody has touched yet. */
export function emptyWorksheetItem(): WorksheetItem {
  return { unit: emptyLayerAnswer(), tpi: emptyLayerAnswer(), tpn: emptyLayerAnswer(), evidence: [], history: [] };
}

/** One workflow step, kept for the record. */
export const statusChangeSchema = z.object({
  at: isoTimestamp,
  by: z.string(),
  from: worksheetStatusSchema,
  to: worksheetStatusSchema,
  /** The reviewer's comment, e.g. when returning the worksheet with notes. */
  note: z.string().max(MAX_NOTE_LENGTH),
});
export type StatusChange = z.infer<typeof statusChangeSchema>;


/** The unit-level checklist as stored before anything was entered (all unknown = not met). */
export function emptyUnitChecklist(): UnitChecklist {
  return {
    tindakLanjutTemuan: null,
    kepatuhanLhkpn: null,
    kepatuhanLhkasn: null,
    tanggalPencanangan: null,
    sakipUnit: null,
  };
}

/** A worksheet as stored (`worksheets/<unitId>-<year>`). */
export const worksheetSchema = z.object({
  id: worksheetIdSchema,
  unitId: z.string().regex(ID_PATTERN),
  /** The unit's name when the worksheet was created (the list shows the current name). */
  unitName: z.string(),
  year: yearSchema,
  templateId: z.string().min(1),
  templateVersion: z.string().min(1),
  status: worksheetStatusSchema,
  /** An answer, note or evidence changed after the last TPI review ("diubah setelah direviu"). */
  changedAfterReview: z.boolean(),
  /** When the worksheet last entered DIREVIU_TPI; null before its first review. */
  reviewedAt: isoTimestamp.nullable(),
  /** The year whose unit answers were copied in on creation, if any. */
  carriedFromYear: yearSchema.nullable(),
  createdAt: isoTimestamp,
  createdBy: z.string(),
  updatedAt: isoTimestamp,
  updatedBy: z.string(),
  /** One entry per template item code (questions, computed %, counts, Hasil indicators). */
  items: z.record(z.string(), worksheetItemSchema),
  statusHistory: z.array(statusChangeSchema),
  /** Unit-level proposal prerequisites (PermenPANRB 5/2024). */
  prerequisites: unitChecklistSchema,
  /** Date the proposal is measured against ("ZI dibangun ≥ 1 tahun"); null = 31 Mei of the year. */
  tanggalUsulan: isoDateFormatSchema.nullable(),
});
export type Worksheet = z.infer<typeof worksheetSchema>;

/** The document file: `worksheet` is null for a name never created (or reset after damage). */
export const worksheetDocumentSchema = z.object({ worksheet: worksheetSchema.nullable() });
export type WorksheetDocument = z.infer<typeof worksheetDocumentSchema>;
