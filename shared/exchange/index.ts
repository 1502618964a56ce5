import { z } from 'zod';
import type { Answer } from '../lke';
import { MAX_EXCHANGE_BYTES } from '../limits';
import { base64Bytes, fileNameSchema } from '../schemas/bytes';
import { worksheetIdSchema, yearSchema, type AnswerLayer } from '../worksheets/schemas';
import type { WorksheetDetail } from '../worksheets/views';

/**
 * Excel exchange of LKE worksheets: channel inputs and the views they return.
 * Pure: used by main (services/exchange, handlers) and by the renderer.
 */

export { MAX_EXCHANGE_BYTES } from '../limits';

export const exchangeExportWorksheetInputSchema = z.object({ id: worksheetIdSchema });

/** The layers an .xlsx import can fill: the unit's self-assessment or the TPI review (TPN is entered by hand). */
export const importLayers = ['unit', 'tpi'] as const satisfies readonly AnswerLayer[];
export type ImportLayer = (typeof importLayers)[number];
export const importLayerSchema = z.enum(importLayers, { error: 'Lapisan impor harus Unit atau TPI.' });

export const exchangeImportPreviewInputSchema = z.object({
  id: worksheetIdSchema,
  fileName: fileNameSchema,
  dataBase64: base64Bytes(MAX_EXCHANGE_BYTES, 'Berkas LKE'),
  /** The layer whose answer and note columns are read; Unit when left out. */
  layer: importLayerSchema.optional(),
});
export const exchangeImportCommitInputSchema = z.object({
  previewId: z.string().regex(/^[a-z0-9-]{8,64}$/, 'Pratinjau tidak dikenal.'),
});
export const exchangeExportRecapInputSchema = z.object({ year: yearSchema });

/** A generated .xlsx handed to the renderer to download. */
export interface ExchangeFile {
  fileName: string;
  mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  size: number;
  dataBase64: string;
}

/** One item whose answer or note in the imported layer differs between the file and the worksheet. */
export interface ExchangeChange {
  /** Row in the sheet (1-based). */
  row: number;
  code: string;
  question: string;
  oldAnswer: Answer | null;
  newAnswer: Answer | null;
  /** Answers as text ("Ya", "B", "12", "3,62"; "" when empty). */
  oldAnswerText: string;
  newAnswerText: string;
  oldNote: string;
  newNote: string;
}

/** A row that cannot be imported, with the reason in Bahasa Indonesia. */
export interface ExchangeRowProblem {
  row: number;
  /** The code in the row as read ('' when empty). */
  code: string;
  message: string;
}

/** `exchange:importPreview` output: nothing is written until `exchange:importCommit`. */
export interface ExchangeImportPreview {
  /** Pass to importCommit; only valid when `canCommit`. */
  previewId: string;
  fileName: string;
  worksheetId: string;
  /** The layer the changes apply to. */
  layer: ImportLayer;
  changes: ExchangeChange[];
  problems: ExchangeRowProblem[];
  /** Problems with the whole file (not an xlsx, another template version, missing columns…). */
  fileErrors: string[];
  /** True when there is no file error and at least one change to apply (problem rows are skipped). */
  canCommit: boolean;
}

/** `exchange:importCommit` output. */
export interface ExchangeImportResult {
  worksheetId: string;
  applied: number;
  /** The worksheet after the import, as `worksheets:get` gives it, so the screen need not reload. */
  detail: WorksheetDetail;
}
