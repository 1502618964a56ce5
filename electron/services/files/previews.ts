import { randomUUID } from 'node:crypto';
import { AppFailure } from '../../../shared/result';

/**
 * Pending import previews (the preview/commit rule of every import: nothing is written until the
 * user confirms what the preview showed). A preview is kept for a limited time, at most `max` wait
 * at once (the oldest goes first), and it is used once: `take` removes it whatever happens next.
 */
export interface PreviewStore<T> {
  /** Keeps a value; returns the id to commit it with. */
  put(value: T): string;
  /** The value of an id still within its time-to-live, removed from the store; undefined otherwise. */
  take(id: string): T | undefined;
  /** Like `take`, but NOT_FOUND (with what to do, in Bahasa Indonesia) when there is no such preview. */
  claim(id: string): T;
  /** How many previews wait now (expired ones included until the next put or take). */
  readonly size: number;
}

export interface PreviewStoreOptions {
  /** How long a preview may wait for its commit, in milliseconds. */
  ttlMs: number;
  /** How many previews may wait at once. */
  max: number;
  now: () => Date;
}

/** Creates an in-memory preview store (one per importing service; previews do not survive a restart). */
export function createPreviewStore<T>({ ttlMs, max, now }: PreviewStoreOptions): PreviewStore<T> {
  /** In insertion order, so the first key is the oldest. */
  const entries = new Map<string, { value: T; createdAt: number }>();
  const expired = (createdAt: number, at: number): boolean => at - createdAt > ttlMs;

  function prune(at: number): void {
    for (const [id, entry] of entries) if (expired(entry.createdAt, at)) entries.delete(id);
  }

  const store: PreviewStore<T> = {
    put(value) {
      const at = now().getTime();
      prune(at);
      for (const id of entries.keys()) {
        if (entries.size < max) break;
        entries.delete(id);
      }
      const id = randomUUID();
      entries.set(id, { value, createdAt: at });
      return id;
    },
    take(id) {
      const entry = entries.get(id);
      entries.delete(id);
      const at = now().getTime();
      prune(at);
      return entry === undefined || expired(entry.createdAt, at) ? undefined : entry.value;
    },
    claim(id) {
      const value = store.take(id);
      if (value === undefined) {
        throw new AppFailure('NOT_FOUND', 'Pratinjau impor tidak ditemukan atau sudah kedaluwarsa. Unggah berkas sekali lagi.');
      }
      return value;
    },
    get size() {
      return entries.size;
    },
  };
  return store;
}
