import { createHash, sign, verify, type KeyObject } from 'node:crypto';
import { canonicalDocumentId } from '../../../shared/pakta/canonical';
import { DOCUMENT_ID_PATTERN } from '../../../shared/pakta/identity';
import { AppFailure } from '../../../shared/result';
import { formatCode, formatPayload, normalizeCode, parsePayload, parseTypedCode, shortDocId, signedMessage, type QrPayload } from './codes';
import { describeCertificate, type CertificateInfo } from './certificate';
import { formatFingerprint, importTrustedKey, listTrustedKeys, parsePublicKeyPem, removeTrustedKey, type InstallationKey, type TrustedKey } from './keys';
import { openKeyring, replaceDocumentIdentity, rotateKeys, type CertificateSource, type DocumentIdentity, type Keyring, type KeystoreOptions } from './keystore';
import { signPdfBytes, type SignatureLabels } from './pdfSignature';
import { importTrustedCertificate, listTrustedCertificates, type TrustedCertificate } from './trustedCertificates';
import { readPkcs12 } from './pkcs12';
import type { KeySuccession } from './succession';
import { defaultKeyProtector } from './protector';

/**
 * Signing and offline verification of generated documents. A document's canonical
 * content (shared/pakta/canonical.ts) is hashed with SHA-256; the hash and the document id are
 * signed with the installation's Ed25519 key; the result travels as a typable code and a QR
 * payload (codes.ts). Verification recomputes the hash from the stored record — so any change of
 * identity, text, date or signature after signing fails — and checks the signature against this
 * installation's key or a trusted foreign key.
 */

/** What signing returns; store `code` and `qrPayload` with the document record. */
interface SignedDocument {
  docId: string;
  /** SHA-256 of the canonical content, lowercase hex. */
  sha256: string;
  /** "ZI-1A2B3C4D-9F8E7D6C-5B4A3928". */
  code: string;
  /** "ZID1.<docId>.<sha256>.<signature>.<fingerprint>". */
  qrPayload: string;
}

/** The public key as other installations import it. */
interface PublicKeyExport {
  /** The code key (SPKI PEM). */
  pem: string;
  /** The PDF-signing certificate (PEM), written after the key in the exported file. */
  certificatePem: string;
  fingerprint: string;
  /** "1A2B 3C4D 5E6F 7A8B", to compare by phone before trusting. */
  fingerprintDisplay: string;
  /** Suggested file name for the export. */
  fileName: string;
}

/** What the document store returns for a verification lookup. */
export interface StoredVerification {
  /** Canonical content recomputed from the stored record (not a cached copy). */
  canonicalContent: string;
  /** The payload issued for the record. */
  qrPayload: string;
}

/** Finds a stored document by full id (QR payload) or by typed code. */
export type VerificationLookup = (
  query: { docId: string; code?: undefined } | { code: string; docId?: undefined },
) => Promise<StoredVerification | null> | StoredVerification | null;

/** Who issued a verified document. */
interface Issuer {
  fingerprint: string;
  /** "instalasi ZI Desk ini" or the label given when the foreign key was imported. */
  label: string;
  own: boolean;
}

/** Why a verification failed. */
type VerificationFailure = 'MALFORMED' | 'NOT_FOUND' | 'UNKNOWN_KEY' | 'BAD_SIGNATURE' | 'CONTENT_MISMATCH';

/** Outcome of {@link SigningService.verifyCode}; `message` is for the user, in Indonesian. */
export type VerificationResult =
  | { valid: true; status: 'VALID'; docId: string; code: string; sha256: string; issuer: Issuer; content: string; message: string }
  | { valid: false; status: 'SIGNATURE_ONLY'; docId: string; code: string; sha256: string; issuer: Issuer; message: string }
  | { valid: false; status: 'INVALID'; reason: VerificationFailure; docId: string | null; message: string };

/** Options for {@link SigningService.verifyCode}. */
interface VerifyOptions {
  /**
   * Canonical content carried by the document itself (a dropped PDF), used when this
   * installation has no record of the document (issued elsewhere).
   */
  embeddedContent?: string | null;
}

/** The certificate that signs this installation's PDFs, and how its keys are kept. */
export interface SigningCertificate {
  certificate: CertificateInfo;
  /** Issuers above it (an imported chain), leaf's issuer first. */
  chain: CertificateInfo[];
  source: CertificateSource;
  /** How private keys are protected at rest (Indonesian). */
  protection: string;
  /** Earlier certificates of this installation, kept so what they signed still verifies. */
  retired: CertificateInfo[];
}

/** The signing service of one installation. */
export interface SigningService {
  /** This installation's current code key fingerprint (16 hex). */
  readonly fingerprint: string;
  /** Signs a generated PDF (PAdES: CMS detached over every byte but the signature itself). */
  signPdf(bytes: Uint8Array, labels: SignatureLabels, signingTime: Date): Promise<Uint8Array>;
  certificate(): SigningCertificate;
  /**
   * Whose PDF-signing certificate this is (by its SHA-256 fingerprint, "AB:CD:…"): this
   * installation's current one, a retired one of this installation, or null (another's).
   */
  certificateOwner(fingerprint256: string): 'current' | 'retired' | null;
  /** "Ganti kunci": new code key and certificate; the old public ones are kept. */
  rotateKeys(): Promise<SigningCertificate>;
  /** Signs PDFs from now on with the key and chain of a PKCS#12 (.p12/.pfx). */
  importPkcs12(bytes: Uint8Array, passphrase: string): Promise<SigningCertificate>;
  /** Signs PDFs from now on with an identity read by `readPkcs12`; the current certificate is kept in `retired/`. */
  useIdentity(identity: DocumentIdentity): Promise<SigningCertificate>;
  exportPublicKey(): PublicKeyExport;
  /** The public parts this installation signed with before (kept by "Ganti kunci" and imports): code keys and PDF certificates (PEM). */
  retiredPublicKeys(): { codeKeys: { fingerprint: string; publicKeyPem: string }[]; certificatesPem: string[] };
  /** Each earlier code key's signed endorsement of its successor ("Ganti kunci"), for bundles. */
  keySuccession(): KeySuccession[];
  /**
   * Signs canonical content. The content must be canonical JSON with a string `id` (the
   * document id), as produced by canonicalPledgeContent / canonicalDeclarationContent.
   */
  signDocument(content: string): SignedDocument;
  /** Verifies a typed code, a scanned QR payload, or a payload read from a PDF. */
  verifyCode(codeOrPayload: string, lookup: VerificationLookup, options?: VerifyOptions): Promise<VerificationResult>;
  /** Trusts another installation's code key; a PDF certificate in the same file is trusted too, under the same label. */
  importTrustedKey(pem: string, label: string): Promise<TrustedKey>;
  /** Trusts another installation's PDF-signing certificate (PEM). */
  importTrustedCertificate(pem: string, label: string): Promise<TrustedCertificate>;
  listTrustedCertificates(): Promise<TrustedCertificate[]>;
  /** The label of a trusted certificate of another installation (by "AB:CD:…"), else null. */
  trustedCertificateLabel(fingerprint256: string): string | null;
  listTrustedKeys(): Promise<TrustedKey[]>;
  removeTrustedKey(fingerprint: string): Promise<void>;
}

/** SHA-256 of the UTF-8 bytes of `content`, lowercase hex. */
function contentSha256(content: string): string {
  return createHash('sha256').update(content, 'utf8').digest('hex');
}

function invalid(reason: VerificationFailure, message: string, docId: string | null = null): VerificationResult {
  return { valid: false, status: 'INVALID', reason, docId, message };
}

const MESSAGES = {
  malformed:
    'Kode tidak dikenali. Ketik kode seperti ZI-1A2B3C4D-9F8E7D6C-5B4A3928 yang tercetak di bagian bawah dokumen, atau pindai kode QR-nya.',
  notFound: (code: string) =>
    `Kode ${code} tidak ditemukan pada data ZI Desk ini. Kode ketik hanya dapat diperiksa pada instalasi yang menerbitkan dokumen; untuk dokumen dari instalasi lain, pindai kode QR atau seret berkas PDF-nya.`,
  unknownKey: (fingerprint: string) =>
    `Dokumen ini ditandatangani dengan kunci yang tidak dikenal (sidik kunci ${formatFingerprint(fingerprint)}). Impor kunci publik instalasi ZI Desk penerbitnya sebagai kunci tepercaya, lalu periksa kembali.`,
  badSignature: 'Tanda tangan digital tidak sah: kode verifikasi telah diubah atau tidak diterbitkan oleh ZI Desk.',
  mismatch:
    'Isi dokumen tidak cocok dengan kode verifikasi: data dokumen (identitas, teks, tempat, tanggal, saksi atau tanda tangan) telah berubah sejak ditandatangani.',
  valid: (label: string) => `Dokumen sah: diterbitkan oleh ${label} dan isinya tidak berubah sejak ditandatangani.`,
  signatureOnly: (label: string) =>
    `Tanda tangan digital sah (diterbitkan oleh ${label}), tetapi isi dokumen tidak tersedia pada data ZI Desk ini. Cocokkan dengan dokumen cetaknya, atau seret berkas PDF aslinya untuk pemeriksaan lengkap.`,
};

/** Pure verification against a set of keys; the service binds its own keys to it. */
async function verifyWithKeys(
  input: string,
  keys: ReadonlyMap<string, { key: KeyObject; issuer: Issuer }>,
  lookup: VerificationLookup,
  options: VerifyOptions = {},
): Promise<VerificationResult> {
  const text = input.trim();
  let payload: QrPayload | null = parsePayload(text);
  let stored: StoredVerification | null = null;
  /** The code as typed, canonically spelled: an earlier version's 8-digit code is reported as printed. */
  let typedCode: string | null = null;
  if (!payload) {
    const typed = parseTypedCode(text);
    const code = normalizeCode(text);
    if (!typed || code === null) return invalid('MALFORMED', MESSAGES.malformed);
    typedCode = code;
    stored = await lookup({ code });
    if (!stored) return invalid('NOT_FOUND', MESSAGES.notFound(code));
    payload = parsePayload(stored.qrPayload);
    if (!payload || shortDocId(payload.docId) !== typed.docIdShort || !payload.sha256.startsWith(typed.shaPrefix)) {
      return invalid('CONTENT_MISMATCH', MESSAGES.mismatch, payload?.docId ?? null);
    }
  }
  const code = typedCode ?? formatCode(payload.docId, payload.sha256);
  const signer = keys.get(payload.keyFingerprint);
  if (!signer) return invalid('UNKNOWN_KEY', MESSAGES.unknownKey(payload.keyFingerprint), payload.docId);
  const signatureOk = verify(null, signedMessage(payload.docId, payload.sha256), signer.key, payload.signature);
  if (!signatureOk) return invalid('BAD_SIGNATURE', MESSAGES.badSignature, payload.docId);
  stored ??= await lookup({ docId: payload.docId });
  const content = stored?.canonicalContent ?? options.embeddedContent ?? null;
  if (content === null) {
    return { valid: false, status: 'SIGNATURE_ONLY', docId: payload.docId, code, sha256: payload.sha256, issuer: signer.issuer, message: MESSAGES.signatureOnly(signer.issuer.label) };
  }
  if (contentSha256(content) !== payload.sha256 || canonicalDocumentId(content) !== payload.docId) {
    return invalid('CONTENT_MISMATCH', MESSAGES.mismatch, payload.docId);
  }
  return { valid: true, status: 'VALID', docId: payload.docId, code, sha256: payload.sha256, issuer: signer.issuer, content, message: MESSAGES.valid(signer.issuer.label) };
}

/** Signs canonical content with a key (pure apart from the crypto). */
export function signWithKey(content: string, key: Pick<InstallationKey, 'privateKey' | 'fingerprint'>): SignedDocument {
  const docId = canonicalDocumentId(content);
  if (docId === null || !DOCUMENT_ID_PATTERN.test(docId)) {
    throw new AppFailure('INVALID_INPUT', 'Isi dokumen tidak memiliki ID dokumen yang valid sehingga tidak dapat ditandatangani.');
  }
  const sha256 = contentSha256(content);
  const signature = sign(null, signedMessage(docId, sha256), key.privateKey);
  const qrPayload = formatPayload({ docId, sha256, signature: new Uint8Array(signature), keyFingerprint: key.fingerprint });
  return { docId, sha256, code: formatCode(docId, sha256), qrPayload };
}

/** Label of documents issued by this installation. */
const OWN_ISSUER_LABEL = 'instalasi ZI Desk ini';

/** Options of {@link createSigningService}; a bare folder uses the default protector and a fresh installation's rules. */
export type SigningServiceOptions = string | (Pick<KeystoreOptions, 'dataDir'> & Partial<Omit<KeystoreOptions, 'dataDir'>>);

async function keystoreOptions(options: SigningServiceOptions): Promise<KeystoreOptions> {
  const given = typeof options === 'string' ? { dataDir: options } : options;
  return {
    dataDir: given.dataDir,
    protector: given.protector ?? (await defaultKeyProtector()),
    issuedBefore: given.issuedBefore ?? (async () => false),
    inspektorat: given.inspektorat ?? (() => ''),
    installationId: given.installationId ?? (() => ''),
    now: given.now ?? (() => new Date()),
  };
}

/**
 * The signing service for the installation whose data lives in `options.dataDir`: opens (on a
 * fresh installation: makes) its keys (keystore.ts) and the trusted keys.
 */
export async function createSigningService(options: SigningServiceOptions): Promise<SigningService> {
  const store = await keystoreOptions(options);
  const { dataDir } = store;
  let ring: Keyring = await openKeyring(store);
  const keys = new Map<string, { key: KeyObject; issuer: Issuer }>();
  const reloadTrusted = async (): Promise<TrustedKey[]> => {
    const trusted = await listTrustedKeys(dataDir);
    keys.clear();
    for (const entry of trusted) {
      keys.set(entry.fingerprint, { key: parsePublicKeyPem(entry.publicKeyPem), issuer: { fingerprint: entry.fingerprint, label: entry.label, own: false } });
    }
    // Earlier keys of this installation stay its own: codes issued before "Ganti kunci" still verify.
    for (const retired of ring.retiredCodeKeys) {
      keys.set(retired.fingerprint, { key: retired.publicKey, issuer: { fingerprint: retired.fingerprint, label: OWN_ISSUER_LABEL, own: true } });
    }
    keys.set(ring.code.fingerprint, { key: ring.code.publicKey, issuer: { fingerprint: ring.code.fingerprint, label: OWN_ISSUER_LABEL, own: true } });
    return trusted;
  };
  await reloadTrusted();
  const trustedCertificates = new Map<string, string>();
  const reloadCertificates = async (): Promise<void> => {
    trustedCertificates.clear();
    for (const entry of await listTrustedCertificates(dataDir)) trustedCertificates.set(entry.fingerprint256.toUpperCase(), entry.label);
  };
  await reloadCertificates();
  const trustCertificate = async (pem: string, label: string): Promise<TrustedCertificate> => {
    const own = (fingerprint256: string): boolean =>
      [ring.document.chain[0], ...ring.retiredCertificates].some((known) => known?.fingerprint256.toUpperCase() === fingerprint256.toUpperCase());
    const trusted = await importTrustedCertificate(dataDir, pem, label, own);
    await reloadCertificates();
    return trusted;
  };
  const certificate = (): SigningCertificate => {
    const [leaf, ...issuers] = ring.document.chain.map(describeCertificate);
    if (!leaf) throw new AppFailure('INTERNAL', 'Sertifikat tanda tangan tidak tersedia.');
    return { certificate: leaf, chain: issuers, source: ring.document.source, protection: store.protector.description, retired: ring.retiredCertificates.map(describeCertificate) };
  };
  const replaceRing = async (next: Keyring): Promise<SigningCertificate> => {
    ring = next;
    await reloadTrusted();
    return certificate();
  };
  return {
    get fingerprint() {
      return ring.code.fingerprint;
    },
    exportPublicKey: () => ({
      pem: ring.code.publicKeyPem,
      certificatePem: ring.document.chain[0]?.toString() ?? '',
      fingerprint: ring.code.fingerprint,
      fingerprintDisplay: formatFingerprint(ring.code.fingerprint),
      fileName: `zi-desk-kunci-publik-${ring.code.fingerprint}.pem`,
    }),
    retiredPublicKeys: () => ({
      codeKeys: ring.retiredCodeKeys.map((retired) => ({ fingerprint: retired.fingerprint, publicKeyPem: retired.publicKey.export({ type: 'spki', format: 'pem' }).toString() })),
      certificatesPem: ring.retiredCertificates.map((certificate) => certificate.toString()),
    }),
    keySuccession: () => ring.succession.map((link) => ({ ...link })),
    signDocument: (content) => signWithKey(content, ring.code),
    signPdf: (bytes, labels, signingTime) => signPdfBytes(bytes, ring.document, labels, signingTime),
    certificate,
    certificateOwner: (fingerprint256) => {
      const wanted = fingerprint256.toUpperCase();
      if (ring.document.chain[0]?.fingerprint256.toUpperCase() === wanted) return 'current';
      return ring.retiredCertificates.some((retired) => retired.fingerprint256.toUpperCase() === wanted) ? 'retired' : null;
    },
    rotateKeys: async () => replaceRing(await rotateKeys(store)),
    importPkcs12: async (bytes, passphrase) => replaceRing(await replaceDocumentIdentity(store, readPkcs12(bytes, passphrase, store.now()))),
    useIdentity: async (identity) => replaceRing(await replaceDocumentIdentity(store, identity)),
    verifyCode: (input, lookup, options) => verifyWithKeys(input, keys, lookup, options),
    importTrustedKey: async (pem, label) => {
      const trusted = await importTrustedKey(dataDir, pem, label, ring.code.fingerprint);
      await reloadTrusted();
      if (pem.includes('-----BEGIN CERTIFICATE-----')) await trustCertificate(pem, label);
      return trusted;
    },
    importTrustedCertificate: (pem, label) => trustCertificate(pem, label),
    listTrustedCertificates: () => listTrustedCertificates(dataDir),
    trustedCertificateLabel: (fingerprint256) => trustedCertificates.get(fingerprint256.toUpperCase()) ?? null,
    listTrustedKeys: () => reloadTrusted(),
    removeTrustedKey: async (fingerprint) => {
      await removeTrustedKey(dataDir, fingerprint);
      await reloadTrusted();
    },
  };
}
