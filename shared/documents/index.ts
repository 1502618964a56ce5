import { z } from 'zod';
import type { CertificateView } from '../signing';
import { MAX_VERIFY_IMAGE_BYTES, MAX_VERIFY_PDF_BYTES } from '../limits';
import { base64Bytes } from '../schemas/bytes';

/**
 * Generated documents (PDFs main wrote into its data folder, handed out by id) and the offline
 * verification of their codes.
 */

/** `dok-` + 16 hex; a per-person file of a batch adds `_<n>`. */
export const DOCUMENT_REF_PATTERN = /^dok-[0-9a-f]{16}(?:_\d{1,5})?$/;
export const documentRefSchema = z.string().regex(DOCUMENT_REF_PATTERN, 'Dokumen tidak dikenal.');

export const documentOpenInputSchema = z.object({ id: documentRefSchema });

/** A generated document as a print command returns it. */
export interface GeneratedPdf {
  documentId: string;
  fileName: string;
  pages: number;
  /** Verification code printed on the document ('' for a batch: each page has its own, and for reports). */
  code: string;
}

/** Same-origin URL under which the web host serves a generated document (the one helper both sides use). */
export function documentUrl(id: string): string {
  return `/documents/${encodeURIComponent(id)}`;
}

/** What opening a document did: Electron shows it in a preview window; the browser gets a URL. */
export interface OpenDocumentResult {
  /** True when main already showed the document (Electron preview window). */
  opened: boolean;
  /** Same-origin URL to open in a new tab (web host), else null. */
  url: string | null;
}

/** Largest PDF accepted by the verification screen (the web host's request limit is 16 MB). */
export { MAX_VERIFY_IMAGE_BYTES, MAX_VERIFY_PDF_BYTES } from '../limits';

/** `verification:verify`: a typed or scanned code (or QR payload), a dropped PDF, or a photo/scan whose QR is read. */
export const verifyInputSchema = z.union(
  [
    z.object({
      code: z
        .string({ error: 'Kode verifikasi harus berupa teks.' })
        .trim()
        .min(1, 'Ketik kode verifikasi yang tercetak di bagian bawah dokumen.')
        .max(400, 'Kode verifikasi terlalu panjang.'),
    }),
    z.object({ pdfBase64: base64Bytes(MAX_VERIFY_PDF_BYTES, 'Berkas PDF') }),
    z.object({ imageBase64: base64Bytes(MAX_VERIFY_IMAGE_BYTES, 'Gambar') }),
  ],
  { error: 'Ketik kode verifikasi, atau pilih berkas PDF atau foto/pindaian (PNG atau JPEG).' },
);
export type VerifyInput = z.input<typeof verifyInputSchema>;

export const importTrustedKeyInputSchema = z.object({
  pem: z.string({ error: 'Isi kunci publik harus berupa teks.' }).trim().min(1, 'Pilih berkas kunci publik.').max(4000, 'Berkas kunci publik terlalu besar.'),
  label: z
    .string({ error: 'Nama pemilik kunci harus berupa teks.' })
    .trim()
    .min(1, 'Beri nama pemilik kunci, misalnya "Inspektorat Kabupaten Lebak".')
    .max(200, 'Nama pemilik kunci paling banyak 200 karakter.'),
});

/** One labelled line of a verified record ("Nama", "Rina Contoh"). */
export interface RecordField {
  label: string;
  value: string;
}

/** The record behind a code, as the verification screen shows it. */
export interface VerifiedRecord {
  kind: 'pakta' | 'deklarasi';
  title: string;
  /** `tersimpan`: from this installation's data; `dokumen`: carried by the dropped PDF itself. */
  source: 'tersimpan' | 'dokumen';
  fields: RecordField[];
}

export type VerificationStatus = 'VALID' | 'SIGNATURE_ONLY' | 'INVALID' | 'REVOKED';

/**
 * What a verification honestly says, one of six: a genuine code is "Sah dan sudah ditandatangani"
 * only when the record is signed (digitally, marked wet-signed, or a scan attached); a pledge printed
 * for wet signing and not yet marked signed is only "Kode asli, belum ditandatangani".
 */
export type VerificationState = 'SIGNED' | 'AWAITING_SIGNATURE' | 'REVOKED' | 'ALTERED' | 'UNKNOWN' | 'FOREIGN';

export const VERIFICATION_STATE_LABEL: Readonly<Record<VerificationState, string>> = {
  SIGNED: 'Sah dan sudah ditandatangani',
  AWAITING_SIGNATURE: 'Kode asli, belum ditandatangani',
  REVOKED: 'Dicabut',
  ALTERED: 'Isi diubah',
  UNKNOWN: 'Tidak dikenal',
  FOREIGN: 'Diterbitkan instalasi lain',
};

/** The PDF signature of a dropped file, as checked over its bytes. */
export interface PdfSignatureView {
  signer: CertificateView;
  /** ISO, from the signed attributes; null when absent. */
  signingTime: string | null;
  pageCount: number;
  /** Signatures in the file (a ZI Desk document has exactly one). */
  signatureCount: number;
  /** `current`/`retired`: this installation's certificate; `other`: anyone else's. */
  certificate: 'current' | 'retired' | 'other';
  /** Valid over every byte of the file but the signature itself. */
  intact: boolean;
}

/** `verification:verify`. */
export interface VerificationView {
  valid: boolean;
  status: VerificationStatus;
  /** Machine reason of a failure: MALFORMED, NOT_FOUND, UNKNOWN_KEY, BAD_SIGNATURE, CONTENT_MISMATCH, REVOKED, NO_CODE. */
  reason: string | null;
  /** For the user, in Indonesian. */
  message: string;
  code: string | null;
  docId: string | null;
  issuer: { label: string; fingerprint: string; own: boolean } | null;
  record: VerifiedRecord | null;
  /** The honest state (see {@link VerificationState}) and its label. */
  state: VerificationState;
  stateLabel: string;
  /** Revocation of the record, when revoked: ISO time and reason. */
  revoked: { at: string; reason: string } | null;
  /** The dropped PDF's signature; null for a typed code. */
  pdf: PdfSignatureView | null;
  /** The drawn or uploaded signature image of the stored record (data URL), to compare with the paper. */
  signatureImage: string | null;
  /** The witness's drawn signature of the stored pledge (data URL), when it has one. */
  witnessSignatureImage: string | null;
}

/** `verification:exportPublicKey`. */
export interface PublicKeyView {
  pem: string;
  fingerprint: string;
  fingerprintDisplay: string;
  fileName: string;
}

/** A trusted key of another installation. */
/** `verification:importTrustedCertificate`: another installation's PDF-signing certificate (PEM). */
export const importTrustedCertificateInputSchema = z.object({
  pem: z.string({ error: 'Isi sertifikat harus berupa teks.' }).trim().min(1, 'Pilih berkas sertifikat.').max(16000, 'Berkas sertifikat terlalu besar.'),
  label: importTrustedKeyInputSchema.shape.label,
});

/** A trusted PDF-signing certificate of another installation. */
export interface TrustedCertificateView {
  fingerprint256: string;
  label: string;
  subject: string;
  importedAt: string;
}

export interface TrustedKeyView {
  fingerprint: string;
  fingerprintDisplay: string;
  label: string;
  importedAt: string;
}
