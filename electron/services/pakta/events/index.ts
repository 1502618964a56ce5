import { z } from 'zod';
import type { SigningService } from '../../signing';
import type { Storage, StoredDocument } from '../../storage';
import { pledgeYearSpec, type PledgeYearDocument, type StoredPledge } from '../documents';
import { appendEvent, checkChain, genesisDetails, statusOfRecord, INITIAL_STATUS, type ChainCheck, type ChainCheckOptions, type PledgeEvent, type PledgeEventKind } from './chain';

/**
 * Pledge status events (chain.ts) kept with each year's pledges. Lives under `services/pakta`
 * because the events are about pledges and their statuses; the crypto stays in `services/signing`.
 *
 * Old installations: the first time a year is opened, one signed "genesis" event records each
 * pledge status found then (a pledge with no event is expected to be in its initial status). The
 * years begun are listed in `pledge-events` so a year's log removed later reads as broken instead
 * of beginning again.
 */

export { PLEDGE_EVENT_KINDS, pledgeEventSchema, type ChainCheck, type ChainCheckOptions, type ChainHead, type PledgeEvent, type PledgeEventKind } from './chain';

const startedSchema = z.object({ years: z.array(z.number().int()) });

const startedSpec = {
  name: 'pledge-events',
  schema: startedSchema,
  version: 1,
  migrations: [],
  empty: () => ({ years: [] as number[] }),
};

/** An event to append in the same update as a status change. */
export interface StatusEvent {
  kind: PledgeEventKind;
  by: string;
  details: Record<string, string>;
}

export interface PledgeEvents {
  /** Begins the year's log (genesis) when it was never begun. */
  ensure(year: number): Promise<void>;
  /** Appends `event` for `pledge` to the draft year document (call inside its update). */
  append(signing: SigningService, draft: PledgeYearDocument, pledge: StoredPledge, event: StatusEvent): PledgeEvent;
  /** Checks the year's log against its pledges (options: chain.ts {@link ChainCheckOptions}). */
  check(year: number, options?: ChainCheckOptions): Promise<ChainCheck>;
}

export function createPledgeEvents(deps: { storage: Storage; signing: () => Promise<SigningService>; now: () => Date }): PledgeEvents {
  const { storage, now } = deps;
  let started: Promise<StoredDocument<{ years: number[] }>> | null = null;
  const startedDoc = (): Promise<StoredDocument<{ years: number[] }>> => (started ??= storage.open(startedSpec));

  const append: PledgeEvents['append'] = (signing, draft, pledge, event) => {
    draft.events ??= [];
    return appendEvent(signing, draft.year, draft.events, { at: now().toISOString(), by: event.by, kind: event.kind, pledgeId: pledge.id, details: event.details });
  };

  const ensure = async (year: number): Promise<void> => {
    const marker = await startedDoc();
    if (marker.data.years.includes(year)) return;
    const doc = await storage.open(pledgeYearSpec(year));
    const signing = await deps.signing();
    // A year without pledges has nothing to log (and its document is not written for it).
    if (doc.data.pledges.length > 0 && doc.data.events === undefined) await doc.update((draft) => {
      const logged = new Set((draft.events ?? []).map((event) => event.pledgeId));
      for (const pledge of draft.pledges) {
        const status = statusOfRecord(pledge);
        const initial = status.revoked === INITIAL_STATUS.revoked && status.wetSigned === INITIAL_STATUS.wetSigned && status.scan === INITIAL_STATUS.scan;
        if (initial || logged.has(pledge.id)) continue;
        append(signing, draft, pledge, { kind: 'genesis', by: 'ZI Desk (riwayat awal)', details: genesisDetails(pledge) });
      }
      draft.events ??= [];
    });
    await marker.update((draft) => {
      if (!draft.years.includes(year)) draft.years.push(year);
    });
  };

  return {
    ensure,
    append,
    async check(year, options) {
      await ensure(year);
      const doc = await storage.open(pledgeYearSpec(year));
      return checkChain(await deps.signing(), year, doc.data.events ?? [], doc.data.pledges, options);
    },
  };
}
