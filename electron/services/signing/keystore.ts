import { type X509Certificate, createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { AppFailure } from '../../../shared/result';
import { errorCode, toStorageFailure, withRetry } from '../files/atomic';
import {
  certificateChainPem,
  certificateSha256,
  createSelfSignedCertificate,
  installationSubject,
  parseCertificateChain,
} from './certificate';
import type { SigningIdentity } from './cms';
import { KEYS_DIR, keyFingerprint, readIfExists, writeFileAtomicMode, type InstallationKey } from './keys';
import { parseEnvelope, type KeyProtector } from './protector';
import { checkSuccession, endorseSuccessor, type KeySuccession } from './succession';

/**
 * The installation's own keys, in `<dataDir>/keys/` (backups copy the folder as it is, so every
 * private key in it is sealed by a {@link KeyProtector}):
 * - `installation-ed25519.key.sealed` — the Ed25519 key of the verification codes and QR payloads
 *   (sealed PKCS#8); `installation-ed25519.pub` its public key. An earlier version's unsealed
 *   `installation-ed25519.key` is sealed on first start and removed; its codes keep verifying.
 * - `document-signing.key.sealed` — the key of the PDF signatures (ECDSA P-256 made here, or the
 *   key of an imported PKCS#12); `document-signing.pem` its certificate chain, leaf first;
 *   `document-signing.json` where it came from.
 * - `retired/` — public keys and certificates replaced by "Ganti kunci" or an import, kept so
 *   documents and codes issued with them still verify; `ed25519-<fp>.next.json` beside a retired
 *   code key is its endorsement of the key that succeeded it (succession.ts), signed at "Ganti kunci".
 *
 * A key is made only for an installation that has issued nothing yet. A missing or unreadable key
 * stops issuing with a message saying how to restore it: a silently made new key would turn every
 * code already issued into "unknown".
 */

const CODE_KEY_SEALED = 'installation-ed25519.key.sealed';
const CODE_KEY_LEGACY = 'installation-ed25519.key';
const CODE_KEY_PUBLIC = 'installation-ed25519.pub';
const DOCUMENT_KEY_SEALED = 'document-signing.key.sealed';
const DOCUMENT_CHAIN = 'document-signing.pem';
const DOCUMENT_SOURCE = 'document-signing.json';
const RETIRED_DIR = 'retired';

/** Where the PDF signing certificate came from. */
export type CertificateSource = 'installation' | 'pkcs12';

/** The PDF signing key with its chain. */
export interface DocumentIdentity extends SigningIdentity {
  source: CertificateSource;
}

/** Everything the signing service needs from `keys/`. */
export interface Keyring {
  code: InstallationKey;
  document: DocumentIdentity;
  /** Public keys of earlier Ed25519 code keys of this installation. */
  retiredCodeKeys: { fingerprint: string; publicKey: KeyObject }[];
  /** Earlier PDF signing certificates of this installation (leaf certificates). */
  retiredCertificates: X509Certificate[];
  /**
   * Each earlier code key's signed endorsement of its successor (rotations since endorsements
   * exist). A damaged or forged file is left out; the current key has none.
   */
  succession: KeySuccession[];
}

export interface KeystoreOptions {
  dataDir: string;
  protector: KeyProtector;
  /** Whether this installation has issued any document or code (then no key is ever made anew). */
  issuedBefore(): Promise<boolean>;
  /** The Inspektorat's name from settings (certificate subject). */
  inspektorat(): string;
  /** The installation id named in the endorsement "Ganti kunci" signs ('' where unknown). */
  installationId(): string;
  now(): Date;
}

const RESTORE_HINT =
  'Pulihkan folder "keys" dari cadangan terakhir folder data, atau dari berkas ekspor kunci (Pengaturan → Tanda tangan digital dokumen → "Pulihkan kunci…", dengan frasa sandinya), lalu buka ZI Desk kembali. Penerbitan dokumen dihentikan sampai kunci dipulihkan, agar kode dan tanda tangan yang sudah terbit tetap dapat diperiksa.';

function keysDir(dataDir: string): string {
  return path.join(dataDir, KEYS_DIR);
}

function missingKey(what: string): AppFailure {
  return new AppFailure('STORAGE_ERROR', `${what} tidak ditemukan di folder data. ${RESTORE_HINT}`);
}

function corruptKey(what: string, cause?: unknown): AppFailure {
  const failure = new AppFailure('STORAGE_ERROR', `${what} rusak dan tidak dapat dibaca. ${RESTORE_HINT}`);
  if (cause !== undefined) failure.cause = cause;
  return failure;
}

function privateKeyFromDer(der: Buffer, what: string): KeyObject {
  try {
    return createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
  } catch (error) {
    throw corruptKey(what, error);
  }
}

/** Writes a private key sealed (PKCS#8 DER inside), mode 0600. */
async function writeSealed(file: string, key: KeyObject, protector: KeyProtector): Promise<void> {
  const der = key.export({ type: 'pkcs8', format: 'der' });
  await writeFileAtomicMode(file, await protector.seal(der), 0o600);
}

/** Opens a sealed private key; seals it again when it was sealed another way (e.g. before safeStorage). */
async function readSealed(file: string, protector: KeyProtector, what: string): Promise<KeyObject | null> {
  const text = await readIfExists(file);
  if (text === null) return null;
  if (!parseEnvelope(text)) throw corruptKey(what);
  const key = privateKeyFromDer(await protector.open(text), what);
  if (parseEnvelope(text)?.scheme !== protector.scheme) await writeSealed(file, key, protector);
  return key;
}

function codeKeyOf(privateKey: KeyObject): InstallationKey {
  if (privateKey.asymmetricKeyType !== 'ed25519') throw corruptKey('Kunci kode verifikasi instalasi');
  const publicKey = createPublicKey(privateKey);
  return { privateKey, publicKey, publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(), fingerprint: keyFingerprint(publicKey) };
}

async function readRetired(dataDir: string): Promise<Pick<Keyring, 'retiredCodeKeys' | 'retiredCertificates'> & { succession: { from: string; link: KeySuccession }[] }> {
  const dir = path.join(keysDir(dataDir), RETIRED_DIR);
  let names: string[];
  try {
    names = (await fsp.readdir(dir)).sort();
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return { retiredCodeKeys: [], retiredCertificates: [], succession: [] };
    throw toStorageFailure(error, 'membaca', dir);
  }
  const retiredCodeKeys: Keyring['retiredCodeKeys'] = [];
  const retiredCertificates: X509Certificate[] = [];
  const succession: { from: string; link: KeySuccession }[] = [];
  for (const name of names) {
    try {
      const text = await fsp.readFile(path.join(dir, name), 'utf8');
      if (/^ed25519-[0-9a-f]{16}\.pub$/.test(name)) {
        const publicKey = createPublicKey(text);
        // A file whose key does not match its name is ignored (never trusted by accident).
        if (publicKey.asymmetricKeyType === 'ed25519' && `ed25519-${keyFingerprint(publicKey)}.pub` === name) retiredCodeKeys.push({ fingerprint: keyFingerprint(publicKey), publicKey });
      } else if (/^cert-[0-9a-f]{16}\.pem$/.test(name)) {
        retiredCertificates.push(...parseCertificateChain(text).slice(0, 1));
      } else if (/^ed25519-[0-9a-f]{16}\.next\.json$/.test(name)) {
        // Only an endorsement that verifies with the key its name says signed it is kept.
        const checked = checkSuccession(JSON.parse(text));
        if (checked !== null && `ed25519-${checked.from}.next.json` === name) succession.push(checked);
      }
    } catch {
      // A damaged kept key only affects documents signed with it; they then read as unknown.
    }
  }
  return { retiredCodeKeys, retiredCertificates, succession };
}

async function retireCodeKey(dataDir: string, key: InstallationKey): Promise<void> {
  await writeFileAtomicMode(path.join(keysDir(dataDir), RETIRED_DIR, `ed25519-${key.fingerprint}.pub`), key.publicKeyPem, 0o644);
}

/** Keeps the retired key's endorsement of its successor next to it. */
async function writeEndorsement(dataDir: string, key: InstallationKey, next: KeyObject, options: KeystoreOptions): Promise<void> {
  const link = endorseSuccessor(key, next, options.installationId(), options.now());
  await writeFileAtomicMode(path.join(keysDir(dataDir), RETIRED_DIR, `ed25519-${key.fingerprint}.next.json`), `${JSON.stringify(link, null, 1)}\n`, 0o644);
}

async function retireCertificate(dataDir: string, certificate: X509Certificate): Promise<void> {
  const name = `cert-${certificateSha256(certificate).slice(0, 16)}.pem`;
  await writeFileAtomicMode(path.join(keysDir(dataDir), RETIRED_DIR, name), certificateChainPem([certificate]), 0o644);
}

async function loadCodeKey(options: KeystoreOptions): Promise<InstallationKey> {
  const dir = keysDir(options.dataDir);
  const what = 'Kunci kode verifikasi instalasi';
  let privateKey = await readSealed(path.join(dir, CODE_KEY_SEALED), options.protector, what);
  const legacyFile = path.join(dir, CODE_KEY_LEGACY);
  const legacy = await readIfExists(legacyFile);
  if (privateKey === null && legacy !== null) {
    // Migration: an earlier version kept this key unsealed. Seal it, then remove the clear copy.
    try {
      privateKey = createPrivateKey(legacy);
    } catch (error) {
      throw corruptKey(what, error);
    }
    await writeSealed(path.join(dir, CODE_KEY_SEALED), privateKey, options.protector);
  }
  if (legacy !== null && privateKey !== null) await withRetry(() => fsp.rm(legacyFile, { force: true }));
  if (privateKey === null) {
    const publicFile = await readIfExists(path.join(dir, CODE_KEY_PUBLIC));
    if (publicFile !== null || (await options.issuedBefore())) throw missingKey(what);
    privateKey = generateKeyPairSync('ed25519').privateKey;
    await writeSealed(path.join(dir, CODE_KEY_SEALED), privateKey, options.protector);
  }
  const key = codeKeyOf(privateKey);
  if ((await readIfExists(path.join(dir, CODE_KEY_PUBLIC))) !== key.publicKeyPem) {
    await writeFileAtomicMode(path.join(dir, CODE_KEY_PUBLIC), key.publicKeyPem, 0o644);
  }
  return key;
}

async function writeDocumentIdentity(dataDir: string, identity: DocumentIdentity, protector: KeyProtector, now: Date): Promise<void> {
  const dir = keysDir(dataDir);
  await writeSealed(path.join(dir, DOCUMENT_KEY_SEALED), identity.privateKey, protector);
  await writeFileAtomicMode(path.join(dir, DOCUMENT_CHAIN), certificateChainPem(identity.chain), 0o644);
  await writeFileAtomicMode(path.join(dir, DOCUMENT_SOURCE), `${JSON.stringify({ source: identity.source, since: now.toISOString() }, null, 1)}\n`, 0o644);
}

async function newInstallationIdentity(options: KeystoreOptions): Promise<DocumentIdentity> {
  const pair = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const certificate = await createSelfSignedCertificate({ ...pair, inspektorat: options.inspektorat(), now: options.now() });
  return { privateKey: pair.privateKey, chain: [certificate], source: 'installation' };
}

async function loadDocumentIdentity(options: KeystoreOptions): Promise<DocumentIdentity> {
  const dir = keysDir(options.dataDir);
  const what = 'Kunci tanda tangan PDF instalasi';
  const privateKey = await readSealed(path.join(dir, DOCUMENT_KEY_SEALED), options.protector, what);
  const chainText = await readIfExists(path.join(dir, DOCUMENT_CHAIN));
  if (privateKey === null) {
    // The first start of a version with PDF signatures makes the key; once a certificate exists, never again.
    if (chainText !== null) throw missingKey(what);
    const identity = await newInstallationIdentity(options);
    await writeDocumentIdentity(options.dataDir, identity, options.protector, options.now());
    return identity;
  }
  let chain: X509Certificate[];
  try {
    chain = chainText === null ? [] : parseCertificateChain(chainText);
  } catch (error) {
    throw corruptKey('Sertifikat tanda tangan PDF', error);
  }
  const [leaf] = chain;
  if (!leaf || !leaf.checkPrivateKey(privateKey)) throw corruptKey('Sertifikat tanda tangan PDF');
  let source: CertificateSource = 'installation';
  try {
    const parsed = JSON.parse((await readIfExists(path.join(dir, DOCUMENT_SOURCE))) ?? '{}') as { source?: unknown };
    if (parsed.source === 'pkcs12') source = 'pkcs12';
  } catch {
    // Unknown origin: treated as the installation's own.
  }
  const identity: DocumentIdentity = { privateKey, chain, source };
  return source === 'installation' ? renameIfNeeded(options, identity) : identity;
}

/**
 * The installation's certificate names the Inspektorat: when the name in settings changes, the same
 * key gets a certificate with the new name (the old certificate is kept in `retired/`).
 */
async function renameIfNeeded(options: KeystoreOptions, identity: DocumentIdentity): Promise<DocumentIdentity> {
  const [leaf] = identity.chain;
  const { commonName } = installationSubject(options.inspektorat());
  if (!leaf || options.inspektorat().trim() === '' || leaf.subject.split('\n').includes(`CN=${commonName}`)) return identity;
  const publicKey = createPublicKey(identity.privateKey);
  const certificate = await createSelfSignedCertificate({ privateKey: identity.privateKey, publicKey, inspektorat: options.inspektorat(), now: options.now() });
  await retireCertificate(options.dataDir, leaf);
  const renamed: DocumentIdentity = { ...identity, chain: [certificate] };
  await writeDocumentIdentity(options.dataDir, renamed, options.protector, options.now());
  return renamed;
}

/** Operations on one folder's keys, one at a time (two first-run requests must not make two keys). */
const queues = new Map<string, Promise<unknown>>();

function serialized<T>(dataDir: string, operation: () => Promise<T>): Promise<T> {
  const key = path.resolve(dataDir);
  const result = (queues.get(key) ?? Promise.resolve()).catch(() => undefined).then(operation);
  const settled = result.catch(() => undefined);
  queues.set(key, settled);
  void settled.then(() => {
    if (queues.get(key) === settled) queues.delete(key);
  });
  return result;
}

async function readKeyring(options: KeystoreOptions): Promise<Keyring> {
  const code = await loadCodeKey(options);
  const document = await loadDocumentIdentity(options);
  const retired = await readRetired(options.dataDir);
  // An endorsement by the current key is left by a rotation interrupted before the new key was
  // stored: it names a key never used, and the next rotation writes it again.
  return { code, document, ...retired, succession: retired.succession.filter((entry) => entry.from !== code.fingerprint).map((entry) => entry.link) };
}

/** Opens (on first run: makes) the installation's keys. */
export function openKeyring(options: KeystoreOptions): Promise<Keyring> {
  return serialized(options.dataDir, () => readKeyring(options));
}

/** Replaces the PDF signing identity (an imported PKCS#12); the one it replaces is kept in `retired/`. */
export function replaceDocumentIdentity(options: KeystoreOptions, identity: DocumentIdentity): Promise<Keyring> {
  return serialized(options.dataDir, async () => {
    const current = await readKeyring(options);
    const [leaf] = current.document.chain;
    if (leaf) await retireCertificate(options.dataDir, leaf);
    await writeDocumentIdentity(options.dataDir, identity, options.protector, options.now());
    return readKeyring(options);
  });
}

/**
 * "Ganti kunci": a new Ed25519 code key and a new installation certificate with a new P-256 key.
 * The old public key and certificate stay in `retired/`, so what they signed still verifies, and
 * the old key signs that the new one succeeds it (`retired/ed25519-<old fp>.next.json`).
 */
export function rotateKeys(options: KeystoreOptions): Promise<Keyring> {
  return serialized(options.dataDir, async () => {
    const current = await readKeyring(options);
    const dir = keysDir(options.dataDir);
    // The old public parts are kept first, so an interruption never loses what verifies old documents.
    await retireCodeKey(options.dataDir, current.code);
    const [leaf] = current.document.chain;
    if (leaf) await retireCertificate(options.dataDir, leaf);
    const codeKey = generateKeyPairSync('ed25519').privateKey;
    // The endorsement needs only the new public key: written before the new key is stored, so a new
    // key never exists without it (an interruption in between leaves the old key current).
    await writeEndorsement(options.dataDir, current.code, createPublicKey(codeKey), options);
    await writeSealed(path.join(dir, CODE_KEY_SEALED), codeKey, options.protector);
    await writeFileAtomicMode(path.join(dir, CODE_KEY_PUBLIC), codeKeyOf(codeKey).publicKeyPem, 0o644);
    await writeDocumentIdentity(options.dataDir, await newInstallationIdentity(options), options.protector, options.now());
    return readKeyring(options);
  });
}
