import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { AppFailure } from '../../../shared/result';
import { formatFingerprint, KEYS_DIR, keyFingerprint, parsePublicKeyPem, writeFileAtomicMode } from './keys';
import { passphraseKeyProtector, type KeyProtector } from './protector';

/**
 * Key custody across computers: "Ekspor kunci…" writes every file of `keys/` into one file
 * encrypted with a passphrase the user chooses (scrypt → AES-256-GCM, protector.ts), the private
 * keys opened from their local sealing first; "Pulihkan kunci…" on another PC (or after `keys/`
 * was lost) opens it with the same passphrase and writes the files back, each private key sealed
 * again with that computer's protector. Nothing is written unless the whole file opens.
 */

const FORMAT = 'zi-desk-ekspor-kunci';
const SEALED_SUFFIX = '.sealed';
/** The exported file holds a few keys and certificates; anything far larger is not one. */
export const MAX_KEY_EXPORT_CHARS = 2_000_000;
export const MIN_PASSPHRASE_LENGTH = 10;
const CODE_KEY_PUBLIC = 'installation-ed25519.pub';

const fileSchema = z.object({
  format: z.literal(FORMAT),
  version: z.literal(1),
  createdAt: z.string().max(40),
  fingerprint: z.string().regex(/^[0-9a-f]{16}$/),
  sealed: z.string().max(MAX_KEY_EXPORT_CHARS),
});

/** A relative path inside `keys/`: folders and names of letters, digits, dot, dash and underscore. */
const relativePath = z.string().regex(/^(?:[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}\/){0,2}[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}$/);
const bundleSchema = z.object({ files: z.record(relativePath, z.string().max(MAX_KEY_EXPORT_CHARS)) });

export interface KeyExportFile {
  fileName: string;
  json: string;
  fingerprintDisplay: string;
}

export interface KeyRestoreResult {
  fingerprintDisplay: string;
  files: number;
}

export interface KeyCustodyOptions {
  dataDir: string;
  protector(): Promise<KeyProtector>;
  /** Whether this installation has issued anything (then only its own keys may be restored over its keys). */
  issuedBefore(): Promise<boolean>;
  /** The code key fingerprint of the keys in use, or null when they cannot be opened. */
  currentFingerprint(): Promise<string | null>;
  /** Called after a restore: the keys are opened again on next use. */
  restored(): void;
  now(): Date;
}

const WRONG_FILE = 'Berkas ini bukan ekspor kunci ZI Desk yang utuh. Pilih berkas .json hasil "Ekspor kunci…" dari ZI Desk.';
const WRONG_PASSPHRASE = 'Frasa sandi salah, atau berkas ekspor kunci rusak. Ketik frasa sandi yang dipakai saat ekspor (huruf besar dan kecil dibedakan), lalu coba lagi.';

function checkPassphrase(passphrase: string): void {
  if (passphrase.length < MIN_PASSPHRASE_LENGTH) {
    throw new AppFailure('INVALID_INPUT', `Frasa sandi paling sedikit ${MIN_PASSPHRASE_LENGTH} karakter. Simpan frasa sandi di tempat yang aman: tanpa frasa sandi kunci tidak dapat dipulihkan.`);
  }
}

async function filesUnder(dir: string, prefix = ''): Promise<string[]> {
  const entries = await fsp.readdir(path.join(dir, prefix), { withFileTypes: true });
  const found: string[] = [];
  for (const entry of entries) {
    const relative = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory()) found.push(...(await filesUnder(dir, relative)));
    else if (entry.isFile() && !entry.name.includes('.tmp')) found.push(relative);
  }
  return found.sort();
}

export function createKeyCustody(options: KeyCustodyOptions) {
  const keysDir = path.join(options.dataDir, KEYS_DIR);
  return {
    /** Every file of `keys/`, private keys opened, in one file encrypted with `passphrase`. */
    async exportKeys(passphrase: string): Promise<KeyExportFile> {
      checkPassphrase(passphrase);
      const fingerprint = await options.currentFingerprint();
      if (fingerprint === null) {
        throw new AppFailure('CONFLICT', 'Kunci instalasi ini tidak dapat dibuka, sehingga tidak dapat diekspor. Pulihkan kunci dari cadangan atau dari berkas ekspor kunci lebih dahulu.');
      }
      const protector = await options.protector();
      const files: Record<string, string> = {};
      for (const relative of await filesUnder(keysDir)) {
        const text = await fsp.readFile(path.join(keysDir, relative), 'utf8');
        files[relative] = relative.endsWith(SEALED_SUFFIX) ? (await protector.open(text)).toString('base64') : Buffer.from(text, 'utf8').toString('base64');
      }
      const sealed = await passphraseKeyProtector(passphrase).seal(Buffer.from(JSON.stringify({ files }), 'utf8'));
      const createdAt = options.now().toISOString();
      const json = `${JSON.stringify({ format: FORMAT, version: 1, createdAt, fingerprint, sealed }, null, 2)}\n`;
      return { fileName: `zi-desk-kunci-${fingerprint}-${createdAt.slice(0, 10)}.json`, json, fingerprintDisplay: formatFingerprint(fingerprint) };
    },

    /**
     * Writes the keys of an exported file into `keys/`. Refused, with nothing written: a file that
     * is not one, a wrong passphrase, or other keys over an installation that has issued documents
     * with its own working keys.
     */
    async restoreKeys(json: string, passphrase: string): Promise<KeyRestoreResult> {
      let file: z.infer<typeof fileSchema>;
      try {
        file = fileSchema.parse(JSON.parse(json));
      } catch {
        throw new AppFailure('INVALID_INPUT', WRONG_FILE);
      }
      let bundle: z.infer<typeof bundleSchema>;
      try {
        const opened = await passphraseKeyProtector(passphrase).open(file.sealed);
        bundle = bundleSchema.parse(JSON.parse(opened.toString('utf8')));
      } catch {
        throw new AppFailure('INVALID_INPUT', WRONG_PASSPHRASE);
      }
      const codePublic = bundle.files[CODE_KEY_PUBLIC];
      let fingerprint: string;
      try {
        fingerprint = keyFingerprint(parsePublicKeyPem(Buffer.from(codePublic ?? '', 'base64').toString('utf8')));
      } catch {
        throw new AppFailure('INVALID_INPUT', WRONG_FILE);
      }
      const current = await options.currentFingerprint();
      if (current !== null && current !== fingerprint && (await options.issuedBefore())) {
        throw new AppFailure(
          'CONFLICT',
          `Instalasi ini sudah menerbitkan dokumen dengan kuncinya sendiri (sidik ${formatFingerprint(current)}); kunci lain (sidik ${formatFingerprint(fingerprint)}) tidak dipulihkan di atasnya. Pulihkan kunci ini pada instalasi yang belum menerbitkan dokumen.`,
        );
      }
      const protector = await options.protector();
      const entries = Object.entries(bundle.files);
      for (const [relative, base64] of entries) {
        const bytes = Buffer.from(base64, 'base64');
        const content = relative.endsWith(SEALED_SUFFIX) ? await protector.seal(bytes) : bytes.toString('utf8');
        await writeFileAtomicMode(path.join(keysDir, ...relative.split('/')), content, relative.endsWith(SEALED_SUFFIX) ? 0o600 : 0o644);
      }
      options.restored();
      return { fingerprintDisplay: formatFingerprint(fingerprint), files: entries.length };
    },
  };
}

export type KeyCustody = ReturnType<typeof createKeyCustody>;
