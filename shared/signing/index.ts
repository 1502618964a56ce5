import { z } from 'zod';
import { base64Bytes, fileNameSchema } from '../schemas/bytes';

/** The certificate that signs generated PDFs, and how keys are kept (settings → Tanda tangan digital). */

/** Largest .p12/.pfx accepted: a key with a chain of a few certificates is a few kilobytes. */
export const MAX_PKCS12_BYTES = 64 * 1024;

/** One X.509 certificate as shown to a person. */
export interface CertificateView {
  /** "CN=…, O=…, C=ID". */
  subject: string;
  issuer: string;
  /** ISO timestamps. */
  validFrom: string;
  validTo: string;
  /** SHA-256 of the certificate, "AB:CD:…" as Windows shows it. */
  fingerprint256: string;
  serialNumber: string;
  /** "EC P-256", "RSA 3072". */
  keyType: string;
}

/** `signing:certificate` and the answer of the changes. */
export interface SigningCertificateView {
  certificate: CertificateView;
  /** The issuers above it (an imported chain), nearest first. */
  chain: CertificateView[];
  /** `installation`: made by this ZI Desk; `pkcs12`: imported by the office. */
  source: 'installation' | 'pkcs12';
  /** How the private keys are protected at rest. */
  protection: string;
  /** Earlier certificates of this installation, kept so what they signed still verifies. */
  retired: CertificateView[];
  /** Fingerprint of the key behind the printed codes and QR ("1A2B 3C4D 5E6F 7A8B"). */
  codeKeyFingerprint: string;
}

/** `signing:importCertificate`: a PKCS#12 (.p12/.pfx) and its passphrase. */
export const importCertificateInputSchema = z.object({
  fileName: fileNameSchema,
  dataBase64: base64Bytes(MAX_PKCS12_BYTES, 'Berkas sertifikat'),
  passphrase: z.string({ error: 'Kata sandi sertifikat harus berupa teks.' }).max(1024, 'Kata sandi sertifikat terlalu panjang.'),
});
export type ImportCertificateInput = z.input<typeof importCertificateInputSchema>;

const passphraseSchema = z.string({ error: 'Frasa sandi harus berupa teks.' }).max(1024, 'Frasa sandi terlalu panjang.');

/** `signing:exportKeys`: the passphrase that encrypts the exported keys (typed twice in the form). */
export const exportKeysInputSchema = z.object({ passphrase: passphraseSchema });

/** `signing:restoreKeys`: an exported key file and its passphrase. */
export const restoreKeysInputSchema = z.object({
  json: z.string({ error: 'Isi berkas ekspor kunci harus berupa teks.' }).min(1, 'Pilih berkas ekspor kunci.').max(2_000_000, 'Berkas ekspor kunci terlalu besar.'),
  passphrase: passphraseSchema,
});

/** The exported key file (saved by the screen). */
export interface KeyExportView {
  fileName: string;
  json: string;
  fingerprintDisplay: string;
}

/** What a restore wrote. */
export interface KeyRestoreView {
  fingerprintDisplay: string;
  files: number;
}
