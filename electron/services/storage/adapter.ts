import { createHash } from 'node:crypto';
import type { Adapter } from 'lowdb';
import { readTextIfExists, writeFileAtomic, type FileOps } from '../files/atomic';

/** What one document file holds on disk: `{"schemaVersion":n,"data":…}`. */
export interface Envelope {
  schemaVersion: number;
  data: unknown;
}

/** Why a file could not be turned into an envelope (shown, in Indonesian, in a RecoveryNotice). */
export class CorruptFileError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'CorruptFileError';
  }
}

/** Parses file text into an envelope, or throws {@link CorruptFileError} with an Indonesian reason. */
export function parseEnvelope(text: string): Envelope {
  if (text.trim() === '') throw new CorruptFileError('berkas kosong');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new CorruptFileError('isi berkas bukan JSON yang utuh');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new CorruptFileError('format berkas tidak dikenali');
  }
  const record = value as Record<string, unknown>;
  const version = record.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1 || !('data' in record)) {
    throw new CorruptFileError('format berkas tidak dikenali (schemaVersion/data hilang)');
  }
  return { schemaVersion: version, data: record.data };
}

/** Compact JSON: documents are read by the app, not by people, and compact is faster. */
export function serializeEnvelope(envelope: Envelope): string {
  return JSON.stringify(envelope);
}

/**
 * lowdb adapter for one document file with the durability lowdb's own adapters lack: every write
 * goes through {@link writeFileAtomic} (temp + fsync + keep `.bak` + rename + fsync folder) and
 * resolves only when durable. Never switches to memory, whatever NODE_ENV says.
 */
export class DurableJsonFile implements Adapter<Envelope> {
  /**
   * With a commit hook (the audit trail), the SHA-256 of the bytes last written, taken from the text
   * this adapter serialised anyway; null until the first write. Off: no hashing cost.
   */
  hashWrites = false;
  lastWrittenHash: string | null = null;

  /**
   * @param guard runs before every write and rejects when this process may no longer write the
   *   data folder (its lock was taken over): nothing is written then.
   */
  constructor(
    readonly file: string,
    private readonly ops?: FileOps,
    private readonly guard?: () => Promise<void>,
  ) {}

  /** The parsed envelope, `null` if the file does not exist; throws on a corrupt file. */
  async read(): Promise<Envelope | null> {
    const text = await readTextIfExists(this.file);
    return text === null ? null : parseEnvelope(text);
  }

  async write(envelope: Envelope): Promise<void> {
    await this.guard?.();
    const options = this.ops ? { keepBackup: true, ops: this.ops } : { keepBackup: true };
    const text = serializeEnvelope(envelope);
    await writeFileAtomic(this.file, text, options);
    if (this.hashWrites) this.lastWrittenHash = sha256Text(text);
  }
}

/** SHA-256 (hex) of a document file's text as written (UTF-8): the audit trail's before/after hashes. */
export function sha256Text(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
