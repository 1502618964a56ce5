import { z } from 'zod';
import { base64Bytes } from '../schemas/bytes';
import { safeText } from '../schemas/common';
import type { GeneratedPdf } from '../documents';
import { idSchema } from '../masterdata/schemas';
import { MAX_SIGNATURE_BYTES, isoDateSchema, officialNipSchema, placeSchema, printedText, printedTextOptional } from '../pledges/inputs';
import type { PrintRecord } from '../pledges/views';

/**
 * Pencanangan / Deklarasi (DOMAIN.md §4): a ceremony with one title, a place and a
 * date, the units in scope, N signatories and M witnesses, each with jabatan and name (NIP and
 * signature optional). The PDF is a Piagam with a signature grid.
 */

export const MAX_SIGNATORIES = 40;
export const MAX_WITNESSES = 20;

export const DECLARATION_ID_PATTERN = /^d[0-9a-f]{16}$/;
export const declarationIdSchema = z.string().regex(DECLARATION_ID_PATTERN, 'Pencanangan tidak dikenal. Muat ulang daftar.');

/**
 * A signatory or witness. `signatureBase64`: a new PNG/JPEG signature; `signatureSha256`: keep the
 * one already stored (editing a declaration); neither: signed by hand on paper.
 */
export const declarationPartyInputSchema = z.object({
  jabatan: printedText('Jabatan'),
  nama: printedText('Nama'),
  nip: officialNipSchema,
  /** "Pembina Utama Muda, IV/c", printed under the name; optional (absent in older records). */
  pangkat: printedTextOptional('Pangkat/golongan').optional(),
  signatureBase64: base64Bytes(MAX_SIGNATURE_BYTES, 'Tanda tangan').optional(),
  signatureSha256: z.string().regex(/^[0-9a-f]{64}$/, 'Tanda tangan tersimpan tidak dikenal.').optional(),
});
export type DeclarationPartyInput = z.input<typeof declarationPartyInputSchema>;

export const declarationInputSchema = z.object({
  title: safeText({ error: 'Judul harus berupa teks.' })
    .trim()
    .min(1, 'Judul acara wajib diisi.')
    .max(200, 'Judul acara paling banyak 200 karakter.'),
  /** Empty: the institution's city. */
  place: placeSchema,
  date: isoDateSchema,
  unitIds: z.array(idSchema).max(500, 'Terlalu banyak unit kerja dipilih.'),
  signatories: z
    .array(declarationPartyInputSchema)
    .min(1, 'Isi minimal satu penanda tangan.')
    .max(MAX_SIGNATORIES, `Paling banyak ${MAX_SIGNATORIES} penanda tangan.`),
  witnesses: z.array(declarationPartyInputSchema).max(MAX_WITNESSES, `Paling banyak ${MAX_WITNESSES} saksi.`),
});
export type DeclarationInput = z.input<typeof declarationInputSchema>;

export const declarationUpdateInputSchema = z.object({ id: declarationIdSchema, data: declarationInputSchema });
export const declarationRefInputSchema = z.object({ id: declarationIdSchema });

/**
 * `declarations:print`: the stored declaration `id` as it is, `data` as a new declaration, or
 * `id` with `data` to save the changes first — then the Piagam is rendered and stored.
 */
export const declarationPrintInputSchema = z
  .object({ id: declarationIdSchema.optional(), data: declarationInputSchema.optional() })
  .refine((input) => input.id !== undefined || input.data !== undefined, { error: 'Pilih pencanangan yang akan dicetak.' });

/** A party as stored and shown. */
export interface DeclarationPartyView {
  jabatan: string;
  nama: string;
  nip: string;
  /** Pangkat/golongan line; absent or '' for none (records before the field have none). */
  pangkat?: string;
  signatureSha256: string | null;
}

/** A stored declaration. */
export interface DeclarationView {
  id: string;
  title: string;
  instansi: string;
  place: string;
  date: string;
  unitIds: string[];
  signatories: DeclarationPartyView[];
  witnesses: DeclarationPartyView[];
  code: string;
  template: { id: string; version: number };
  createdAt: string;
  updatedAt: string;
  createdBy: string;
  printed: PrintRecord[];
  /**
   * Set on a declaration received in a bundle from another installation ("Diterbitkan di: <label>"):
   * read-only here, its issuer changes and reprints it. Absent on this installation's own.
   */
  issuer?: { installationId: string; label: string };
}

/** `declarations:print`: the declaration as stored (with the new print record) and its PDF. */
export interface PrintedDeclaration {
  declaration: DeclarationView;
  pdf: GeneratedPdf;
}
