import { createHash, createPublicKey, randomBytes, type KeyObject } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { errorCode, fsyncDirectory, toStorageFailure, withRetry } from '../files/atomic';
import { AppFailure } from '../../../shared/result';
import { readTrustedFolder } from './trustedFolder';

/**
 * Ed25519 key helpers and the public keys of other installations this one trusts.
 *
 * Trusted foreign keys live in `keys/trusted/<fingerprint>.json`, one file each; the
 * installation's own keys are kept by keystore.ts.
 */

export const KEYS_DIR = 'keys';
const TRUSTED_DIR = 'trusted';

/** The installation's key pair. */
export interface InstallationKey {
  privateKey: KeyObject;
  publicKey: KeyObject;
  /** SPKI PEM of the public key. */
  publicKeyPem: string;
  /** 16 lowercase hex: first 8 bytes of SHA-256 of the raw 32-byte public key. */
  fingerprint: string;
}

/** A foreign installation's public key that this installation accepts. */
export interface TrustedKey {
  fingerprint: string;
  /** Who the key belongs to, as the user named it ("Inspektorat Kabupaten Lebak"). */
  label: string;
  publicKeyPem: string;
  /** ISO timestamp of the import. */
  importedAt: string;
}

/** Raw 32-byte Ed25519 public key. */
export function rawPublicKey(publicKey: KeyObject): Buffer {
  const jwk = publicKey.export({ format: 'jwk' });
  if (typeof jwk.x !== 'string') throw new Error('Not an Ed25519 public key');
  return Buffer.from(jwk.x, 'base64url');
}

/** Short fingerprint of an Ed25519 public key: 16 lowercase hex digits. */
export function keyFingerprint(publicKey: KeyObject): string {
  return createHash('sha256').update(rawPublicKey(publicKey)).digest('hex').slice(0, 16);
}

/** "1a2b 3c4d 5e6f 7a8b" — how a fingerprint is shown and read aloud. */
export function formatFingerprint(fingerprint: string): string {
  return (fingerprint.match(/.{1,4}/g) ?? []).join(' ').toUpperCase();
}

/**
 * Writes `content` to `file` atomically with the given mode: temp file created with that mode,
 * fsynced, renamed over the target (retrying Windows sharing violations), folder fsynced.
 */
export async function writeFileAtomicMode(file: string, content: string, mode: number): Promise<void> {
  const dir = path.dirname(file);
  await fsp.mkdir(dir, { recursive: true, mode: 0o700 });
  const temp = `${file}.tmp-${randomBytes(6).toString('hex')}`;
  try {
    const handle = await fsp.open(temp, 'wx', mode);
    try {
      await handle.writeFile(content, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fsp.chmod(temp, mode);
    await withRetry(() => fsp.rename(temp, file));
  } catch (error) {
    await fsp.rm(temp, { force: true }).catch(() => undefined);
    throw toStorageFailure(error, 'menyimpan', file);
  }
  try {
    await fsyncDirectory(dir);
  } catch (error) {
    throw toStorageFailure(error, 'menyimpan', file);
  }
}

export async function readIfExists(file: string): Promise<string | null> {
  try {
    return await withRetry(() => fsp.readFile(file, 'utf8'));
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null;
    throw toStorageFailure(error, 'membaca', file);
  }
}

/**
 * Parses a public key exported by another ZI Desk (SPKI PEM). Throws `AppFailure('INVALID_INPUT')`
 * with an Indonesian message for anything else.
 */
export function parsePublicKeyPem(pem: string): KeyObject {
  // An exported key file also carries the installation's PDF certificate: the key is its own block.
  const block = /-----BEGIN PUBLIC KEY-----[\s\S]+?-----END PUBLIC KEY-----/.exec(pem)?.[0] ?? pem;
  let key: KeyObject;
  try {
    key = createPublicKey(block.trim());
  } catch {
    throw new AppFailure('INVALID_INPUT', 'Berkas kunci publik tidak valid. Gunakan berkas hasil "Ekspor kunci publik" dari ZI Desk lain.');
  }
  if (key.asymmetricKeyType !== 'ed25519') {
    throw new AppFailure('INVALID_INPUT', 'Kunci publik ini bukan kunci Ed25519 dari ZI Desk.');
  }
  return key;
}

function isTrustedKey(value: unknown): value is TrustedKey {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.fingerprint === 'string' && typeof v.label === 'string' && typeof v.publicKeyPem === 'string' && typeof v.importedAt === 'string';
}

function trustedDir(dataDir: string): string {
  return path.join(dataDir, KEYS_DIR, TRUSTED_DIR);
}

/**
 * Every trusted foreign key. A file that is unreadable, or whose key does not match its
 * fingerprint or its file name, is skipped (never trusted by accident).
 */
export async function listTrustedKeys(dataDir: string): Promise<TrustedKey[]> {
  return readTrustedFolder(trustedDir(dataDir), {
    fingerprint: /[0-9a-f]{16}/,
    decode(parsed) {
      if (!isTrustedKey(parsed)) return undefined;
      if (keyFingerprint(parsePublicKeyPem(parsed.publicKeyPem)) !== parsed.fingerprint) return undefined;
      return { fingerprint: parsed.fingerprint, entry: parsed };
    },
  });
}

/**
 * Trusts another installation's public key (SPKI PEM) under a label. Importing the same key again
 * updates its label. Refuses this installation's own key.
 */
export async function importTrustedKey(dataDir: string, pem: string, label: string, ownFingerprint?: string): Promise<TrustedKey> {
  const name = label.trim();
  if (name === '') throw new AppFailure('INVALID_INPUT', 'Beri nama pemilik kunci, misalnya "Inspektorat Kabupaten Lebak".');
  if (name.length > 200) throw new AppFailure('INVALID_INPUT', 'Nama pemilik kunci paling banyak 200 karakter.');
  const key = parsePublicKeyPem(pem);
  const fingerprint = keyFingerprint(key);
  if (fingerprint === ownFingerprint) {
    throw new AppFailure('INVALID_INPUT', 'Kunci ini adalah kunci instalasi ZI Desk ini sendiri; tidak perlu diimpor.');
  }
  const trusted: TrustedKey = {
    fingerprint,
    label: name,
    publicKeyPem: key.export({ type: 'spki', format: 'pem' }).toString(),
    importedAt: new Date().toISOString(),
  };
  await writeFileAtomicMode(path.join(trustedDir(dataDir), `${fingerprint}.json`), `${JSON.stringify(trusted, null, 2)}\n`, 0o644);
  return trusted;
}

/** Stops trusting a foreign key. Removing an unknown fingerprint is not an error. */
export async function removeTrustedKey(dataDir: string, fingerprint: string): Promise<void> {
  if (!/^[0-9a-f]{16}$/.test(fingerprint)) throw new AppFailure('INVALID_INPUT', 'Sidik kunci tidak valid.');
  const file = path.join(trustedDir(dataDir), `${fingerprint}.json`);
  try {
    await withRetry(() => fsp.rm(file, { force: true }));
  } catch (error) {
    throw toStorageFailure(error, 'menghapus', file);
  }
}
