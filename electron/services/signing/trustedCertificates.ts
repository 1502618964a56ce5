import { X509Certificate } from 'node:crypto';
import path from 'node:path';
import { AppFailure } from '../../../shared/result';
import { certificateSha256, parseCertificateChain } from './certificate';
import { KEYS_DIR, writeFileAtomicMode } from './keys';
import { readTrustedFolder } from './trustedFolder';

/**
 * PDF-signing certificates of other installations that this one trusts, each under a label the
 * user gave: `keys/trusted-certificates/<sha256>.json`. A dropped PDF signed by a certificate that
 * is neither this installation's (current or retired) nor listed here is from an unknown issuer.
 * They come with another installation's exported public key (the file carries its certificate) or
 * alone (a .pem/.crt certificate).
 */

const DIR = 'trusted-certificates';

export interface TrustedCertificate {
  /** SHA-256 of the DER, colon-separated uppercase (X509Certificate.fingerprint256). */
  fingerprint256: string;
  label: string;
  subject: string;
  pem: string;
  importedAt: string;
}

function dirOf(dataDir: string): string {
  return path.join(dataDir, KEYS_DIR, DIR);
}

/** Every trusted certificate; an unreadable file, or one whose certificate is not its name, is skipped. */
export async function listTrustedCertificates(dataDir: string): Promise<TrustedCertificate[]> {
  return readTrustedFolder(dirOf(dataDir), {
    fingerprint: /[0-9a-f]{64}/,
    decode(value) {
      const parsed = value as Partial<TrustedCertificate> | null;
      if (typeof parsed?.label !== 'string' || typeof parsed.pem !== 'string' || typeof parsed.importedAt !== 'string') return undefined;
      const certificate = new X509Certificate(parsed.pem);
      const entry: TrustedCertificate = { fingerprint256: certificate.fingerprint256, label: parsed.label, subject: certificate.subject.replace(/\n/g, ', '), pem: parsed.pem, importedAt: parsed.importedAt };
      return { fingerprint: certificateSha256(certificate), entry };
    },
  });
}

/**
 * Trusts the first certificate in `pem` under `label` (importing it again updates the label).
 * `own` tells whether a fingerprint is this installation's own certificate, which is refused.
 */
export async function importTrustedCertificate(dataDir: string, pem: string, label: string, own: (fingerprint256: string) => boolean): Promise<TrustedCertificate> {
  const name = label.trim();
  if (name === '') throw new AppFailure('INVALID_INPUT', 'Beri nama pemilik sertifikat, misalnya "Inspektorat Kabupaten Lebak".');
  let certificate: X509Certificate | undefined;
  try {
    [certificate] = parseCertificateChain(pem);
  } catch {
    certificate = undefined;
  }
  if (!certificate) {
    throw new AppFailure('INVALID_INPUT', 'Berkas ini tidak memuat sertifikat. Pilih berkas kunci publik (.pem) hasil "Ekspor kunci publik" dari ZI Desk lain, atau sertifikat .pem/.crt penandatangan PDF-nya.');
  }
  if (own(certificate.fingerprint256)) throw new AppFailure('INVALID_INPUT', 'Sertifikat ini adalah sertifikat instalasi ZI Desk ini sendiri; tidak perlu diimpor.');
  const trusted: TrustedCertificate = {
    fingerprint256: certificate.fingerprint256,
    label: name,
    subject: certificate.subject.replace(/\n/g, ', '),
    pem: certificate.toString(),
    importedAt: new Date().toISOString(),
  };
  const stored = { label: trusted.label, pem: trusted.pem, importedAt: trusted.importedAt };
  await writeFileAtomicMode(path.join(dirOf(dataDir), `${certificateSha256(certificate)}.json`), `${JSON.stringify(stored, null, 2)}\n`, 0o644);
  return trusted;
}
