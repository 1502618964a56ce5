import { X509Certificate, createPrivateKey, type KeyObject } from 'node:crypto';
import forge from 'node-forge';
import { formatTanggal } from '../../../shared/format/date';
import { AppFailure } from '../../../shared/result';
import type { DocumentIdentity } from './keystore';

/**
 * Reading a PKCS#12 (.p12/.pfx) the office holds, once: node-forge decrypts it and hands over the
 * private key and the certificates as DER; from then on signing uses Node's native crypto with the
 * key sealed in `keys/` like the installation's own.
 */

/** Largest .p12/.pfx accepted (a key and a chain of a few certificates is a few kilobytes). */
export { MAX_PKCS12_BYTES } from '../../../shared/signing';
import { MAX_PKCS12_BYTES } from '../../../shared/signing';

function toBinary(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('binary');
}

function derOf(asn1: forge.asn1.Asn1): Buffer {
  return Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary');
}

function notPkcs12(): AppFailure {
  return new AppFailure('UNSUPPORTED_FILE', 'Berkas ini bukan sertifikat PKCS#12 (.p12/.pfx) yang dapat dibaca. Pilih berkas sertifikat beserta kunci privatnya.');
}

interface ForgeBag {
  key?: forge.pki.PrivateKey | null;
  cert?: forge.pki.Certificate | null;
  asn1?: forge.asn1.Asn1;
}

function bagsOf(p12: forge.pkcs12.Pkcs12Pfx, bagType: string): ForgeBag[] {
  return (p12.getBags({ bagType })[bagType] ?? []) as ForgeBag[];
}

function keyOf(bag: ForgeBag): KeyObject {
  // RSA keys come back parsed; other keys (EC) as their PrivateKeyInfo.
  const asn1 = bag.key ? forge.pki.wrapRsaPrivateKey(forge.pki.privateKeyToAsn1(bag.key as forge.pki.rsa.PrivateKey)) : bag.asn1;
  if (!asn1) throw notPkcs12();
  return createPrivateKey({ key: derOf(asn1), format: 'der', type: 'pkcs8' });
}

function certificateOf(bag: ForgeBag): X509Certificate {
  // A parsed certificate keeps its original TBSCertificate, so its DER is the one in the file.
  const asn1 = bag.cert ? forge.pki.certificateToAsn1(bag.cert) : bag.asn1;
  if (!asn1) throw notPkcs12();
  return new X509Certificate(derOf(asn1));
}

/** Orders certificates from the one matching the key up towards its root. */
function chainFrom(leaf: X509Certificate, others: X509Certificate[]): X509Certificate[] {
  const chain = [leaf];
  const rest = others.filter((certificate) => certificate !== leaf);
  for (;;) {
    const last = chain[chain.length - 1];
    if (!last || last.issuer === last.subject) break;
    const index = rest.findIndex((candidate) => last.checkIssued(candidate));
    if (index < 0) break;
    chain.push(...rest.splice(index, 1));
  }
  return chain;
}

/**
 * The signing identity in a PKCS#12. Refuses, with an Indonesian message: a wrong passphrase, a
 * file with no key or no certificate for it, a key other than RSA (≥ 2048) or EC P-256/384/521, and
 * a certificate not valid at `now` (with its dates).
 */
export function readPkcs12(bytes: Uint8Array, passphrase: string, now: Date): DocumentIdentity {
  if (bytes.byteLength > MAX_PKCS12_BYTES) throw new AppFailure('TOO_LARGE', 'Berkas sertifikat terlalu besar (maksimal 64 KB).');
  let p12: forge.pkcs12.Pkcs12Pfx;
  try {
    const asn1 = forge.asn1.fromDer(toBinary(bytes));
    p12 = forge.pkcs12.pkcs12FromAsn1(asn1, false, passphrase);
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    if (/mac could not be verified|invalid password|decrypt/i.test(message)) {
      throw new AppFailure('INVALID_INPUT', 'Kata sandi sertifikat salah. Periksa kata sandi berkas .p12/.pfx, lalu coba lagi.');
    }
    throw notPkcs12();
  }
  let keys: KeyObject[];
  let certificates: X509Certificate[];
  try {
    keys = [...bagsOf(p12, forge.pki.oids.pkcs8ShroudedKeyBag ?? ''), ...bagsOf(p12, forge.pki.oids.keyBag ?? '')].map(keyOf);
    certificates = bagsOf(p12, forge.pki.oids.certBag ?? '').map(certificateOf);
  } catch (error) {
    if (error instanceof AppFailure) throw error;
    throw notPkcs12();
  }
  const privateKey = keys[0];
  if (!privateKey) throw new AppFailure('INVALID_INPUT', 'Berkas sertifikat tidak berisi kunci privat. Ekspor ulang sertifikat beserta kunci privatnya.');
  const details = privateKey.asymmetricKeyDetails ?? {};
  const supported =
    (privateKey.asymmetricKeyType === 'rsa' && (details.modulusLength ?? 0) >= 2048) ||
    (privateKey.asymmetricKeyType === 'ec' && ['prime256v1', 'secp384r1', 'secp521r1'].includes(details.namedCurve ?? ''));
  if (!supported) throw new AppFailure('INVALID_INPUT', 'Jenis kunci sertifikat tidak didukung. Gunakan sertifikat RSA (minimal 2048 bit) atau EC P-256.');
  const leaf = certificates.find((certificate) => certificate.checkPrivateKey(privateKey));
  if (!leaf) throw new AppFailure('INVALID_INPUT', 'Berkas tidak berisi sertifikat untuk kunci privatnya. Ekspor ulang sertifikat lengkap dengan rantainya.');
  const validFrom = new Date(leaf.validFrom);
  const validTo = new Date(leaf.validTo);
  if (now < validFrom || now > validTo) {
    const state = now > validTo ? 'sudah kedaluwarsa' : 'belum berlaku';
    throw new AppFailure(
      'INVALID_INPUT',
      `Sertifikat ${state}: berlaku ${formatTanggal(validFrom)} sampai ${formatTanggal(validTo)}. Gunakan sertifikat yang masih berlaku.`,
    );
  }
  return { privateKey, chain: chainFrom(leaf, certificates), source: 'pkcs12' };
}
