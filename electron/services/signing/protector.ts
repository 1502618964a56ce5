import { createCipheriv, createDecipheriv, hkdfSync, randomBytes, scryptSync } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppFailure } from '../../../shared/result';

/**
 * Key custody: private keys under `keys/` are stored sealed, never in the clear. A `KeyProtector`
 * seals and opens them:
 * - in Electron, `safeStorage` (Windows DPAPI: bound to the Windows user), passed in by the shell;
 * - elsewhere (the web host, tests, Electron without an OS keyring) AES-256-GCM with a key derived
 *   from a secret that does not live in the data folder: a passphrase from `ZI_DESK_KEY_PASSPHRASE`
 *   (scrypt), or else a random machine secret in the user's home folder (HKDF: it is already 256
 *   random bits, so a slow derivation would add nothing).
 * A copy of the data folder (or of a backup) alone therefore cannot sign.
 */

/** The sealed file, JSON. */
type Envelope =
  | { format: typeof FORMAT; version: 1; scheme: 'safeStorage'; data: string }
  | { format: typeof FORMAT; version: 1; scheme: 'passphrase' | 'machine'; salt: string; iv: string; tag: string; data: string };

const FORMAT = 'zi-desk-sealed-key';

export type ProtectionScheme = Envelope['scheme'];

export interface KeyProtector {
  readonly scheme: ProtectionScheme;
  /** How keys are protected, for the settings screen (Indonesian). */
  readonly description: string;
  /** Seals secret bytes; the result is the file's text. */
  seal(plain: Buffer): Promise<string>;
  /** Opens a sealed file's text; `AppFailure` with an Indonesian message when it cannot. */
  open(text: string): Promise<Buffer>;
}

/** The part of Electron's `safeStorage` this module needs (structural: no `electron` import here). */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

function unreadable(detail: string): AppFailure {
  return new AppFailure(
    'STORAGE_ERROR',
    `Kunci tanda tangan tidak dapat dibuka: ${detail} Pulihkan folder "keys" dari cadangan yang dibuat di komputer dan akun Windows ini, lalu buka ZI Desk kembali.`,
  );
}

/** Parses a sealed file; null when the text is not one. */
export function parseEnvelope(text: string): Envelope | null {
  try {
    const value = JSON.parse(text) as Partial<Envelope> | null;
    if (!value || value.format !== FORMAT || value.version !== 1 || typeof value.data !== 'string') return null;
    if (value.scheme === 'safeStorage') return value as Envelope;
    if ((value.scheme === 'passphrase' || value.scheme === 'machine') && typeof value.salt === 'string' && typeof value.iv === 'string' && typeof value.tag === 'string') {
      return value as Envelope;
    }
    return null;
  } catch {
    return null;
  }
}

/** scrypt parameters for a passphrase: 2^15 × 8 × 1 (≈ 32 MB, tens of milliseconds). */
const SCRYPT = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 } as const;

/** AES-256-GCM sealing under a key derived from `secret` and a per-file salt. */
function aeadProtector(scheme: 'passphrase' | 'machine', secret: Buffer, description: string): KeyProtector {
  const derive = (salt: Buffer): Buffer =>
    scheme === 'passphrase' ? scryptSync(secret, salt, 32, SCRYPT) : Buffer.from(hkdfSync('sha256', secret, salt, 'zi-desk key custody', 32));
  return {
    scheme,
    description,
    async seal(plain) {
      const salt = randomBytes(16);
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', derive(salt), iv);
      const data = Buffer.concat([cipher.update(plain), cipher.final()]);
      const envelope: Envelope = {
        format: FORMAT,
        version: 1,
        scheme,
        salt: salt.toString('base64'),
        iv: iv.toString('base64'),
        tag: cipher.getAuthTag().toString('base64'),
        data: data.toString('base64'),
      };
      return `${JSON.stringify(envelope, null, 1)}\n`;
    },
    async open(text) {
      const envelope = parseEnvelope(text);
      if (!envelope) throw unreadable('berkasnya rusak.');
      if (envelope.scheme !== scheme) throw unreadable(schemeMismatch(envelope.scheme));
      try {
        const decipher = createDecipheriv('aes-256-gcm', derive(Buffer.from(envelope.salt, 'base64')), Buffer.from(envelope.iv, 'base64'));
        decipher.setAuthTag(Buffer.from(envelope.tag, 'base64'));
        return Buffer.concat([decipher.update(Buffer.from(envelope.data, 'base64')), decipher.final()]);
      } catch {
        throw unreadable(scheme === 'passphrase' ? 'frasa sandi kunci (ZI_DESK_KEY_PASSPHRASE) salah.' : 'rahasia komputer ini tidak cocok dengan kunci.');
      }
    },
  };
}

function schemeMismatch(scheme: ProtectionScheme): string {
  switch (scheme) {
    case 'safeStorage':
      return 'kunci dilindungi oleh Windows (DPAPI) dan hanya dapat dibuka di aplikasi ZI Desk pada akun Windows yang membuatnya.';
    case 'passphrase':
      return 'kunci dilindungi dengan frasa sandi; jalankan ZI Desk dengan frasa sandi yang sama (ZI_DESK_KEY_PASSPHRASE).';
    case 'machine':
      return 'kunci dilindungi dengan rahasia komputer lain.';
  }
}

/** Keys sealed with a passphrase (scrypt → AES-256-GCM). */
export function passphraseKeyProtector(passphrase: string): KeyProtector {
  if (passphrase.length < 8) throw new AppFailure('INVALID_INPUT', 'Frasa sandi kunci paling sedikit 8 karakter.');
  return aeadProtector('passphrase', Buffer.from(passphrase.normalize('NFC'), 'utf8'), 'Dienkripsi dengan frasa sandi (scrypt, AES-256-GCM).');
}

const MACHINE_SECRET_FILE = 'machine-secret';

/**
 * Keys sealed with this computer's secret: 32 random bytes in `<secretDir>/machine-secret`
 * (mode 0600), made on first use. `secretDir` must be outside every data folder.
 */
export async function machineKeyProtector(secretDir: string): Promise<KeyProtector> {
  const file = path.join(secretDir, MACHINE_SECRET_FILE);
  let secret: Buffer;
  try {
    secret = Buffer.from((await fsp.readFile(file, 'utf8')).trim(), 'base64');
  } catch {
    await fsp.mkdir(secretDir, { recursive: true, mode: 0o700 });
    const fresh = randomBytes(32).toString('base64');
    try {
      await fsp.writeFile(file, `${fresh}\n`, { mode: 0o600, flag: 'wx' });
    } catch {
      // Another process made it first: use theirs.
    }
    secret = Buffer.from((await fsp.readFile(file, 'utf8')).trim(), 'base64');
  }
  if (secret.length !== 32) throw unreadable(`rahasia komputer (${file}) rusak.`);
  return aeadProtector('machine', secret, `Dienkripsi dengan rahasia komputer ini (${file}; AES-256-GCM).`);
}

/**
 * The protector outside Electron: `ZI_DESK_KEY_PASSPHRASE` when set, else the machine secret in
 * `ZI_DESK_SECRET_DIR` or `~/.zi-desk`.
 */
export async function defaultKeyProtector(env: NodeJS.ProcessEnv = process.env): Promise<KeyProtector> {
  const passphrase = env.ZI_DESK_KEY_PASSPHRASE;
  if (passphrase !== undefined && passphrase !== '') return passphraseKeyProtector(passphrase);
  return machineKeyProtector(env.ZI_DESK_SECRET_DIR ?? path.join(os.homedir(), '.zi-desk'));
}

/**
 * Electron's `safeStorage` (Windows DPAPI, macOS Keychain, libsecret) as a protector; where it is
 * unavailable, the default protector. Files sealed by the default protector (e.g. a data folder
 * first used by the web host on this computer) still open, and are sealed again with safeStorage.
 */
export function safeStorageKeyProtector(safeStorage: SafeStorageLike): () => Promise<KeyProtector> {
  return async () => {
    const fallback = await defaultKeyProtector();
    if (!safeStorage.isEncryptionAvailable()) return fallback;
    return {
      scheme: 'safeStorage',
      description: 'Dienkripsi oleh sistem operasi untuk akun pengguna ini (Electron safeStorage / Windows DPAPI).',
      async seal(plain) {
        const envelope: Envelope = { format: FORMAT, version: 1, scheme: 'safeStorage', data: safeStorage.encryptString(plain.toString('base64')).toString('base64') };
        return `${JSON.stringify(envelope, null, 1)}\n`;
      },
      async open(text) {
        const envelope = parseEnvelope(text);
        if (!envelope) throw unreadable('berkasnya rusak.');
        if (envelope.scheme !== 'safeStorage') return fallback.open(text);
        try {
          return Buffer.from(safeStorage.decryptString(Buffer.from(envelope.data, 'base64')), 'base64');
        } catch {
          throw unreadable(schemeMismatch('safeStorage'));
        }
      },
    };
  };
}
