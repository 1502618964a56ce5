import { createHash } from 'node:crypto';
import { z } from 'zod';
import { canonicalJson, type CanonicalValue } from '../../../../shared/pakta/canonical';
import type { SigningService } from '../../signing';
import type { Storage } from '../../storage';
import type { StoredPledge } from '../documents';
import type { ChainHead } from '../events';

/**
 * The signed list of a year's verified pledges, `pledge-integrity/<year>`: a digest of id, code
 * and QR payload for every record whose payload is known to carry a valid signature of this
 * installation, and the head of the year's status log (the sequence number and hash of the last
 * entry whose signature was verified), all under one signature of the code key. At a start, one
 * signature then stands for 10,000 records and the whole log; each record's content hash and
 * each entry's hash link are still recomputed (integrity.ts, events/chain.ts), so an edited
 * record or event is still found.
 *
 * How records get on the list:
 * - **at creation** ({@link VerifiedLists.vouch}): a record this installation has just signed is
 *   listed by construction (kept in memory at once, so a check in this process trusts it too).
 *   Writes are batched: every record vouched within {@link VOUCH_DELAY_MS} or while a write is
 *   under way goes into one write, so a batch of 1,000 pledges signs the list once, not 1,000
 *   times; the write runs in the background and never delays the call that created the record;
 * - **by the check**, for any record it had to verify (a folder without a list or with a forged
 *   one, a copied data folder, records from an earlier version or brought in from elsewhere).
 * A list whose signature fails (not this installation's key, edited keys) is ignored as a whole and
 * never merged into: the check verifies every record again and writes a new one.
 * Keys no record carries any more (a removed pledge, a cancelled batch) are dropped by the next
 * start's check; keys vouched or verified in this process are kept until then.
 */

const chainHeadSchema: z.ZodType<ChainHead> = z.object({ seq: z.number().int().positive(), hash: z.string() });

const listSchema = z.object({
  keys: z.array(z.string()),
  signature: z.string(),
  /** Absent in lists written before the status log's head was kept here. */
  events: chainHeadSchema.optional(),
});
type StoredList = z.infer<typeof listSchema>;

/** The stored list of a year (exported for the benchmark and tests). */
export const verifiedSpec = (year: number) => ({
  name: `pledge-integrity/${year}`,
  schema: listSchema,
  version: 1,
  migrations: [],
  empty: (): StoredList => ({ keys: [], signature: '' }),
});

/** The canonical content the list's signature covers (a list without a head signs what earlier versions signed). */
export function verifiedContent(year: number, keys: readonly string[], head: ChainHead | null = null): string {
  const content: { [key: string]: CanonicalValue } = { id: `integrity-${year}`, kind: 'pledge-integrity', year, keys: [...keys] };
  if (head) content.events = { seq: head.seq, hash: head.hash };
  return canonicalJson(content);
}

/** The digest under which a record whose payload verified is listed. */
export function verifiedKey(stored: Pick<StoredPledge, 'id' | 'code' | 'qrPayload'>): string {
  return createHash('sha256').update(`${stored.id}\n${stored.code}\n${stored.qrPayload}`, 'utf8').digest('hex').slice(0, 32);
}

/** What a year's list vouches for, when its signature holds. */
export interface VerifiedList {
  keys: ReadonlySet<string>;
  head: ChainHead | null;
}

const EMPTY: VerifiedList = { keys: new Set(), head: null };

/**
 * How long vouched records wait before the list is written: records signed within it share one
 * write (a user's series of single pledges, a batch), and the write falls into a pause instead of
 * the next call. A crash before it only costs those records one verification at the next start.
 */
const VOUCH_DELAY_MS = 1_000;

export interface VerifiedLists {
  /** The year's list when its signature is this installation's; else an empty one. */
  read(year: number): Promise<VerifiedList>;
  /** Lists a record this installation has just signed (written in the background, batched). */
  vouch(stored: Pick<StoredPledge, 'id' | 'year' | 'code' | 'qrPayload'>): void;
  /** Keys vouched for or verified during this process (trusted as the list is, never pruned before the next start). */
  known(year: number): ReadonlySet<string>;
  /**
   * After a check: the list becomes `verified` (the records of the checked snapshot that are
   * intact) plus {@link known}; the head advances to `head` unless the stored one is further on.
   * Never fails: the list only saves work at the next start (one that cannot be written now is
   * written after a later check).
   */
  record(year: number, verified: ReadonlySet<string>, head: ChainHead | null): Promise<void>;
  /** Resolves when every vouched record and every recorded check is written (call before the storage closes). */
  idle(): Promise<void>;
}

export function createVerifiedLists(deps: { signing: () => Promise<Pick<SigningService, 'verifyCode' | 'signDocument'>>; storage: Storage }): VerifiedLists {
  /** Lists whose signature was checked (or that were just written), by stored snapshot: a snapshot is replaced by every update. */
  const trusted = new WeakMap<StoredList, VerifiedList>();
  const knownHere = new Map<number, Set<string>>();
  const pending = new Map<number, Set<string>>();
  /** Every write of a list runs after the one before, so a merge never loses another's keys. */
  let queue: Promise<void> = Promise.resolve();
  let flushing: Promise<void> | null = null;

  const known = (year: number): Set<string> => {
    let keys = knownHere.get(year);
    if (!keys) knownHere.set(year, (keys = new Set()));
    return keys;
  };

  const trust = async (year: number, data: StoredList): Promise<VerifiedList> => {
    const hit = trusted.get(data);
    if (hit) return hit;
    let list = EMPTY;
    if (data.keys.length > 0 || data.events) {
      const head = data.events ?? null;
      const content = verifiedContent(year, data.keys, head);
      const result = await (await deps.signing()).verifyCode(data.signature, () => ({ canonicalContent: content, qrPayload: data.signature }));
      if (result.valid && result.issuer.own) list = { keys: new Set(data.keys), head };
    }
    trusted.set(data, list);
    return list;
  };

  const read = async (year: number): Promise<VerifiedList> => trust(year, (await deps.storage.open(verifiedSpec(year))).data);

  /** Rewrites the year's list as `next` makes it from the trusted current one (nothing when it would not change). */
  const write = (year: number, next: (current: VerifiedList) => VerifiedList): Promise<void> => {
    const run = async (): Promise<void> => {
      const doc = await deps.storage.open(verifiedSpec(year));
      const current = await trust(year, doc.data);
      const wanted = next(current);
      const sameHead = wanted.head?.seq === current.head?.seq && wanted.head?.hash === current.head?.hash;
      if (sameHead && wanted.keys.size === current.keys.size && [...wanted.keys].every((key) => current.keys.has(key))) return;
      const keys = [...wanted.keys].sort();
      const signature = (await deps.signing()).signDocument(verifiedContent(year, keys, wanted.head)).qrPayload;
      const written = await doc.update(() => ({ keys, signature, ...(wanted.head ? { events: { ...wanted.head } } : {}) }));
      trusted.set(written, { keys: new Set(keys), head: wanted.head });
    };
    const done = queue.then(run);
    queue = done.catch(() => undefined);
    return done;
  };

  /** Writes what was vouched, year by year, until nothing is left (records vouched meanwhile join the next write). */
  const flush = async (): Promise<void> => {
    while (pending.size > 0) {
      const [year, keys] = pending.entries().next().value as [number, Set<string>];
      pending.delete(year);
      // A list that cannot be written now is written by the next check (the keys stay known); the vouch only saves work.
      await write(year, (current) => ({ keys: new Set([...current.keys, ...keys]), head: current.head })).catch(() => undefined);
    }
  };

  let timer: NodeJS.Timeout | null = null;
  const startFlush = (): void => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (flushing) return;
    flushing = flush().finally(() => {
      flushing = null;
      if (pending.size > 0) schedule();
    });
  };
  /** The write waits for a quiet moment, so the next call (the next pledge of a series) does not compete with it. */
  const schedule = (): void => {
    if (timer || flushing) return;
    timer = setTimeout(startFlush, VOUCH_DELAY_MS);
    timer.unref();
  };

  return {
    read,
    known,
    vouch(stored) {
      const key = verifiedKey(stored);
      known(stored.year).add(key);
      let keys = pending.get(stored.year);
      if (!keys) pending.set(stored.year, (keys = new Set()));
      keys.add(key);
      schedule();
    },
    record(year, verified, head) {
      const here = known(year);
      return write(year, (current) => ({
        keys: new Set([...verified, ...here]),
        // The log only grows in normal use: a head further on (a later snapshot checked first) is kept.
        head: current.head && (!head || current.head.seq > head.seq) ? current.head : head,
      })).catch(() => undefined);
    },
    async idle() {
      while (timer || flushing) {
        if (timer) startFlush();
        await flushing;
      }
      await queue;
    },
  };
}
