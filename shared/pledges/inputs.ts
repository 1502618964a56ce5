import { PLEDGE_KOP_VALUES } from '../documents/kop';
import { z } from 'zod';
import { base64Bytes, fileNameSchema } from '../schemas/bytes';
import { toCalendarDate } from '../format/date';
import { checkNipPns, checkNomorInduk, normalizeNip } from '../format/nip';
import { canonicalGolonganPns, canonicalGolonganPppk } from '../format/pangkat';
import { idSchema, jenisAsnSchema } from '../masterdata/schemas';
import { MAX_SIGNATURE_BYTES, MAX_SIGNED_SCAN_BYTES } from '../limits';
import { MAX_NAME_LENGTH } from '../pakta/identity';
import { yearSchema, safeText } from '../schemas/common';

/**
 * Input schemas of the Pakta Integritas channels. Every field a PDF prints is bounded by
 * {@link MAX_NAME_LENGTH}; bytes travel as base64 with their limits checked before decoding. Main
 * checks the decoded bytes again (type from the magic bytes, pixel size from the header).
 */

export { MAX_SIGNATURE_BYTES, MAX_SIGNED_SCAN_BYTES } from '../limits';
/** Longest place name printed in "Serang, 23 Juni 2022". */
export const MAX_PLACE_LENGTH = 60;
/** Longest reason for revoking a pledge. */
export const MAX_REVOKE_REASON_LENGTH = 300;

/** Pledge ids: `p` and 16 hex digits (the typable code shows its last 8 hex digits). */
export const PLEDGE_ID_PATTERN = /^p[0-9a-f]{16}$/;
export const pledgeIdSchema = z.string().regex(PLEDGE_ID_PATTERN, 'Pakta tidak dikenal. Muat ulang daftar pakta.');

/** Batch job ids. */
export const batchJobIdSchema = z.string().regex(/^job-[0-9a-f]{16}$/, 'Pekerjaan cetak massal tidak dikenal.');

/** A pledge year. */
export const pledgeYearSchema = yearSchema;

/** A calendar date `YYYY-MM-DD` that exists. */
export const isoDateSchema = z
  .string({ error: 'Tanggal harus diisi.' })
  .trim()
  .refine((value) => /^\d{4}-\d{2}-\d{2}$/.test(value) && toCalendarDate(value) !== undefined, {
    message: 'Tanggal tidak valid (gunakan tanggal yang ada di kalender).',
  });

/** A field printed on the document: required, at most {@link MAX_NAME_LENGTH} characters. */
export function printedText(label: string) {
  return safeText({ error: `${label} harus berupa teks.` })
    .trim()
    .min(1, `${label} wajib diisi.`)
    .max(MAX_NAME_LENGTH, `${label} paling banyak ${MAX_NAME_LENGTH} karakter.`);
}

/** An optional printed field ('' when empty). */
export function printedTextOptional(label: string) {
  return safeText({ error: `${label} harus berupa teks.` })
    .trim()
    .max(MAX_NAME_LENGTH, `${label} paling banyak ${MAX_NAME_LENGTH} karakter.`);
}

/** Place of signing; empty means the institution's city (Pengaturan instansi → Kota). */
export const placeSchema = safeText({ error: 'Tempat harus berupa teks.' })
  .trim()
  .max(MAX_PLACE_LENGTH, `Tempat paling banyak ${MAX_PLACE_LENGTH} karakter.`);

/**
 * An optional NIP of an official (witness, declaration party): empty, or 18 digits that pass the
 * NIP PNS or NI PPPK checks; stored as digits.
 */
export const officialNipSchema = z
  .string({ error: 'NIP harus berupa teks.' })
  .trim()
  .max(40, 'NIP terlalu panjang.')
  .transform((value) => normalizeNip(value))
  .superRefine((nip, ctx) => {
    if (nip === '') return;
    if (checkNomorInduk('PPPK', nip).ok) return;
    const check = checkNipPns(nip);
    if (!check.ok) ctx.addIssue({ code: 'custom', message: check.message });
  });

/** The superior who witnesses a pledge ("Menyaksikan"). */
export const witnessInputSchema = z.object({
  nama: printedText('Nama saksi'),
  nip: officialNipSchema,
  jabatan: printedText('Jabatan saksi'),
  /** The witness's signature drawn on the pad (PNG); absent when the witness signs by hand. */
  signaturePngBase64: base64Bytes(MAX_SIGNATURE_BYTES, 'Tanda tangan saksi').optional(),
});
export type WitnessInput = z.input<typeof witnessInputSchema>;

/** A signer taken from the roster (master data): identity is snapshotted in main. */
export const rosterSignerSchema = z.object({ source: z.literal('roster'), personId: idSchema });

/**
 * A signer who is not in the roster (a guest official, a new employee not yet imported). The NIP
 * rules of DOMAIN.md §5 apply as for the roster; non-ASN signers have neither NIP nor golongan.
 */
export const manualSignerSchema = z
  .object({
    source: z.literal('manual'),
    nama: printedText('Nama penanda tangan'),
    jenisAsn: jenisAsnSchema,
    nip: z
      .string({ error: 'NIP harus berupa teks.' })
      .trim()
      .max(40, 'NIP terlalu panjang.')
      .transform((value) => normalizeNip(value)),
    golongan: safeText({ error: 'Pangkat/golongan harus berupa teks.' }).trim().max(20, 'Pangkat/golongan terlalu panjang.'),
    jabatan: printedText('Jabatan'),
    unitKerja: printedTextOptional('Unit kerja'),
  })
  .superRefine((value, ctx) => {
    if (value.jenisAsn === 'NON_ASN') {
      if (value.nip !== '') ctx.addIssue({ code: 'custom', path: ['nip'], message: 'Penanda tangan non-ASN tidak memiliki NIP; kosongkan kolom NIP.' });
      if (value.golongan !== '') ctx.addIssue({ code: 'custom', path: ['golongan'], message: 'Penanda tangan non-ASN tidak memiliki pangkat/golongan.' });
      return;
    }
    const check = checkNomorInduk(value.jenisAsn, value.nip);
    if (!check.ok) ctx.addIssue({ code: 'custom', path: ['nip'], message: check.message });
    if (value.golongan !== '') {
      const known = value.jenisAsn === 'PNS' ? canonicalGolonganPns(value.golongan) : canonicalGolonganPppk(value.golongan);
      if (!known) {
        ctx.addIssue({
          code: 'custom',
          path: ['golongan'],
          message: value.jenisAsn === 'PNS' ? 'Pilih pangkat/golongan PNS dari daftar resmi (I/a–IV/e).' : 'Golongan PPPK harus I sampai XVII.',
        });
      }
    }
  });
export type ManualSignerInput = z.input<typeof manualSignerSchema>;

export const signerInputSchema = z.discriminatedUnion('source', [rosterSignerSchema, manualSignerSchema], {
  error: 'Pilih pegawai dari daftar atau isi data penanda tangan.',
});

/**
 * How the pledge is signed: `digital` — drawn on the canvas (PNG); `scan` — an uploaded scan of a
 * signature (PNG/JPEG; main trims it and makes a white background transparent where it can);
 * `basah` — wet ink: printed now with an empty signature space, signed by hand.
 */
export const signatureInputSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('digital'), pngBase64: base64Bytes(MAX_SIGNATURE_BYTES, 'Tanda tangan') }),
    z.object({ kind: z.literal('scan'), fileName: fileNameSchema, dataBase64: base64Bytes(MAX_SIGNATURE_BYTES, 'Pindaian tanda tangan') }),
    z.object({ kind: z.literal('basah') }),
  ],
  { error: 'Pilih cara tanda tangan: digital, unggah pindaian, atau tanda tangan basah.' },
);
export type SignatureInput = z.input<typeof signatureInputSchema>;

/** Pakta rule: a pledge is dated within its year (a 2022 pledge is not dated 2031). */
export function dateInPledgeYear(date: string, year: number): boolean {
  return date.trim().startsWith(`${String(year).padStart(4, '0')}-`);
}

/** The message for a pledge date outside its year. */
export function dateOutsideYearMessage(year: number): string {
  return `Tanggal pakta harus dalam tahun ${year}. Periksa tahun pakta atau tanggalnya.`;
}

/**
 * Pakta rule: the signer cannot witness their own pledge ("Menyaksikan" is another person, as a
 * rule the superior). The same NIP, or the same name when a NIP is missing, is the same person.
 */
export function witnessIsSigner(signer: { nama: string; nip: string }, witness: { nama: string; nip: string }): boolean {
  const nipOf = (nip: string) => normalizeNip(nip);
  const nameOf = (nama: string) => nama.trim().replace(/\s+/g, ' ').toLocaleLowerCase('id');
  const signerNip = nipOf(signer.nip);
  const witnessNip = nipOf(witness.nip);
  if (signerNip !== '' && witnessNip !== '') return signerNip === witnessNip;
  return nameOf(signer.nama) === nameOf(witness.nama);
}

/** The message when the witness is the signer. */
export const WITNESS_IS_SIGNER_MESSAGE =
  'Saksi tidak boleh orang yang sama dengan penanda tangan. Isi saksi dengan atasan atau pejabat lain.';

/** `pledges:create`. */
export const pledgeCreateInputSchema = z
  .object({
    signer: signerInputSchema,
    year: pledgeYearSchema,
    /** Empty or absent: the institution's city. */
    place: placeSchema.optional(),
    date: isoDateSchema,
    witness: witnessInputSchema.nullable().optional(),
    signature: signatureInputSchema,
  })
  .superRefine((value, ctx) => {
    if (!dateInPledgeYear(value.date, value.year)) ctx.addIssue({ code: 'custom', path: ['date'], message: dateOutsideYearMessage(value.year) });
    // A typed-in signer is compared here; a roster signer once main has looked the person up.
    if (value.witness && value.signer.source === 'manual' && witnessIsSigner(value.signer, value.witness)) {
      ctx.addIssue({ code: 'custom', path: ['witness', 'nama'], message: WITNESS_IS_SIGNER_MESSAGE });
    }
  });
export type PledgeCreateInput = z.input<typeof pledgeCreateInputSchema>;

export const pledgeRefInputSchema = z.object({ id: pledgeIdSchema });

export const pledgeRevokeInputSchema = z.object({
  id: pledgeIdSchema,
  reason: safeText({ error: 'Alasan pencabutan harus berupa teks.' })
    .trim()
    .min(5, 'Tuliskan alasan pencabutan (minimal 5 karakter).')
    .max(MAX_REVOKE_REASON_LENGTH, `Alasan pencabutan paling banyak ${MAX_REVOKE_REASON_LENGTH} karakter.`),
});

export const pledgeMarkSignedInputSchema = z.object({ id: pledgeIdSchema, date: isoDateSchema.optional() });

export const pledgeAttachScanInputSchema = z.object({
  id: pledgeIdSchema,
  fileName: fileNameSchema,
  dataBase64: base64Bytes(MAX_SIGNED_SCAN_BYTES, 'Pindaian pakta bertanda tangan'),
});

export const pledgeRegistryInputSchema = z.object({ unitId: idSchema.optional(), year: pledgeYearSchema });

export const pledgeCoverageInputSchema = z.object({ unitId: idSchema, year: pledgeYearSchema });

export const pledgeBatchInputSchema = z
  .object({
    unitIds: z.union([z.literal('all'), z.array(idSchema).min(1, 'Pilih minimal satu unit kerja.').max(500, 'Terlalu banyak unit kerja dipilih.')], {
      error: 'Pilih unit kerja, atau semua unit kerja.',
    }),
    year: pledgeYearSchema,
    separateFiles: z.boolean({ error: 'Pilihan berkas per pegawai harus ya atau tidak.' }),
    place: placeSchema.optional(),
    date: isoDateSchema.optional(),
  })
  .superRefine((value, ctx) => {
    if (value.date !== undefined && !dateInPledgeYear(value.date, value.year)) {
      ctx.addIssue({ code: 'custom', path: ['date'], message: dateOutsideYearMessage(value.year) });
    }
  });
export type PledgeBatchInput = z.input<typeof pledgeBatchInputSchema>;

export const batchJobInputSchema = z.object({ jobId: batchJobIdSchema });

// ---------------------------------------------------------------- templates

const templateLine = (label: string, max: number) =>
  safeText({ error: `${label} harus berupa teks.` }).trim().min(1, `${label} wajib diisi.`).max(max, `${label} paling banyak ${max} karakter.`);

/**
 * `pledgeTemplates:saveVersion`: the wording to change, on top of the version the editor started
 * from (`baseVersion` must still be the newest, so two editors cannot overwrite each other).
 * Placeholders are checked in main by the template schema of shared/pakta.
 */
export const templateSaveInputSchema = z.object({
  templateId: z.string().regex(/^[a-z0-9][a-z0-9-]{2,63}$/, 'Templat tidak dikenal.'),
  baseVersion: z.number().int().positive(),
  changes: z.object({
    name: templateLine('Nama templat', 120).optional(),
    title: templateLine('Judul', 120).optional(),
    opening: templateLine('Kalimat pembuka', 300).optional(),
    leadIn: templateLine('Kalimat pengantar', 600).optional(),
    points: z.array(templateLine('Butir pernyataan', 600)).min(1, 'Minimal satu butir pernyataan.').max(12, 'Paling banyak 12 butir pernyataan.').optional(),
    closing: safeText().trim().max(600, 'Kalimat penutup paling banyak 600 karakter.').optional(),
    signerCaption: templateLine('Keterangan penanda tangan', 60).optional(),
    witnessCaption: templateLine('Keterangan saksi', 60).optional(),
    /** Print the Meterai 10.000 box on wet-signed pledges. */
    meterai: z.boolean({ error: 'Pilihan kotak meterai harus ya atau tidak.' }).optional(),
    /** The kop of its pledges (shared/documents/kop.ts). */
    kop: z.enum(PLEDGE_KOP_VALUES, { error: 'Pilihan kop tidak dikenal.' }).optional(),
  }),
});
export type TemplateSaveInput = z.input<typeof templateSaveInputSchema>;

/** Largest revocation list accepted (JSON text). */
export const MAX_REVOCATION_LIST_CHARS = 5_000_000;

export const pledgeRevocationExportInputSchema = z.object({ year: pledgeYearSchema });

export const pledgeRevocationImportInputSchema = z.object({
  json: z
    .string({ error: 'Isi berkas daftar pencabutan harus berupa teks.' })
    .max(MAX_REVOCATION_LIST_CHARS, 'Berkas daftar pencabutan terlalu besar (paling besar 5 MB).'),
});
