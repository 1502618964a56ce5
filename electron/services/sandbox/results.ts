import { z } from 'zod';
import { answerSchema } from '../../../shared/lke';
import { MAX_ROSTER_ROWS } from '../../../shared/masterdata/import';
import { RESULT_SLICE } from './protocol';

/**
 * What the main process accepts back from the parsing sandbox, per job kind: plain data of the
 * expected shape and size, checked with zod before anything uses it (a worker that was made to
 * misbehave cannot hand main an object with getters, prototypes or unbounded arrays).
 */

const text = z.string().max(100_000);
const messages = z.array(text).max(10_000);
const rowNumber = z.number().int().min(1).max(10_000_000);

/** Slices of JSON text (protocol.ts `Sliced`), enough for {@link MAX_ROSTER_ROWS} items. */
const sliced = z.array(z.string().max(RESULT_SLICE * 20_000)).max(Math.ceil(MAX_ROSTER_ROWS / RESULT_SLICE));

/** A roster preview as the sandbox sends it: rows and valid people in slices. */
export const rosterPreviewSchema = z.strictObject({ fileErrors: messages, rows: sliced, valid: sliced });

/** One row of the roster preview (shared/masterdata/import.ts `ImportRow`). */
export const importRowSchema = z.strictObject({
  row: rowNumber,
  status: z.enum(['valid', 'invalid']),
  reasons: messages,
  nama: text,
  nip: text,
  jenisAsn: text,
  golongan: text,
  jabatan: text,
  unit: text,
});

export const parsedImportSchema = z.strictObject({
  changes: z
    .array(
      z.strictObject({
        row: rowNumber,
        code: text,
        question: text,
        oldAnswer: answerSchema.nullable(),
        newAnswer: answerSchema.nullable(),
        oldAnswerText: text,
        newAnswerText: text,
        oldNote: text,
        newNote: text,
      }),
    )
    .max(10_000),
  problems: z.array(z.strictObject({ row: rowNumber, code: text, message: text })).max(10_000),
  fileErrors: messages,
});

const mimeType = z.enum(['image/png', 'image/jpeg']);
const side = z.number().int().min(1).max(100_000);

export const preparedSignatureSchema = z.strictObject({ bytes: z.instanceof(Uint8Array), mimeType });

export const imageInfoSchema = z.strictObject({ mimeType, width: side, height: side, components: z.number().int().min(1).max(4).optional() });

const certificateViewSchema = z.strictObject({
  subject: text,
  issuer: text,
  validFrom: z.string().max(40),
  validTo: z.string().max(40),
  fingerprint256: z.string().max(200),
  serialNumber: z.string().max(200),
  keyType: z.string().max(100),
});

export const pdfVerificationReadSchema = z.strictObject({
  qrPayload: z.string().max(1_000).nullable(),
  content: z.string().max(1_000_000).nullable(),
  signature: z
    .strictObject({
      count: z.number().int().min(1).max(1_000_000),
      signer: certificateViewSchema,
      signingTime: z.string().max(40).nullable(),
      coversWholeFile: z.boolean(),
      digestMatches: z.boolean(),
      signatureValid: z.boolean(),
    })
    .nullable(),
  pageCount: z.number().int().min(0).max(10_000_000),
});

export const qrImageReadSchema = z.strictObject({ text: z.string().max(4_000).nullable() });

/** A `.zidesk` bundle read in the sandbox (sandbox/bundle.ts). */
export const bundleReadSchema = z.strictObject({
  manifest: z.string().max(16 * 1024 * 1024),
  json: z.array(z.strictObject({ name: z.string().max(120), text: z.string() })).max(20_000),
  blobs: z.array(z.strictObject({ name: z.string().max(120), start: z.number().int().nonnegative(), size: z.number().int().nonnegative() })).max(20_000),
});

/** One flag per verified signature (sandbox/signatures.ts); its length is checked against the request. */
export const signatureFlagsSchema = z.instanceof(Uint8Array);

/** Codes a worker may report (anything else becomes INTERNAL). */
export const sandboxErrorCodeSchema = z.enum(['INVALID_INPUT', 'TOO_LARGE', 'UNSUPPORTED_FILE']);
