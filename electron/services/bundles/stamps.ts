import { createHash } from 'node:crypto';
import { z } from 'zod';
import { canonicalJson, type CanonicalValue } from '../../../shared/pakta/canonical';
import { refreshStamps, type CurrentValue, type StoredStamp } from '../../../shared/sync';
import { stampSchema } from '../../../shared/bundles';
import type { DocumentSpec, Storage, StoredDocument } from '../storage';

/**
 * The side documents holding change stamps (`sync/<worksheet id>`, `sync/master`): per unit its
 * last stamp and the hash of the value stamped. Kept beside the data, not inside it, so the save
 * path of an answer is untouched: stamps are brought up to date (shared/sync/records.ts
 * `refreshStamps`) when a bundle is made or read. A folder from before this feature has no such
 * documents; its records get their base stamp at the first refresh.
 */
export interface StampsDocument {
  stamps: Record<string, StoredStamp>;
}

const stampsDocumentSchema = z.object({ stamps: z.record(z.string(), stampSchema.extend({ h: z.string().regex(/^[0-9a-f]{32}$/) })) });

/** Folder of the stamp documents. */
export const SYNC_FOLDER = 'sync';
/** The stamp document of master data. */
export const MASTER_STAMPS = 'master';

export function stampsSpec(name: string): DocumentSpec<StampsDocument> {
  return { name: `${SYNC_FOLDER}/${name}`, schema: stampsDocumentSchema, version: 1, migrations: [], empty: () => ({ stamps: {} }) };
}

/** Hash of a value as stamps store it (128 bits of SHA-256 of its canonical JSON). */
export function valueHash(value: CanonicalValue): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex').slice(0, 32);
}

/** SHA-256 of a text or bytes, lowercase hex. */
export function textHash(text: string | Uint8Array): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * Opens a stamp document and brings it up to date with the current values (written only when a
 * stamp changed); `rekey` moves stored stamps to the keys their units have now (master data).
 */
export async function refreshedStamps(
  storage: Storage,
  name: string,
  current: Readonly<Record<string, CurrentValue>>,
  inst: string,
  rekey: (stamps: Readonly<Record<string, StoredStamp>>) => Readonly<Record<string, StoredStamp>> = (stamps) => stamps,
): Promise<{ doc: StoredDocument<StampsDocument>; stamps: Readonly<Record<string, StoredStamp>> }> {
  const doc = await storage.open(stampsSpec(name));
  const refreshed = refreshStamps(rekey(doc.data.stamps), current, inst, valueHash);
  if (!refreshed.changed) return { doc, stamps: doc.data.stamps };
  const next = await doc.update((draft) => {
    draft.stamps = refreshed.stamps;
  });
  return { doc, stamps: next.stamps };
}
