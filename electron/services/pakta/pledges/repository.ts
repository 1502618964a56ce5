import type { PledgeText } from '../../../../shared/pakta/types';
import type { PledgeView } from '../../../../shared/pledges';
import { AppFailure } from '../../../../shared/result';
import type { Storage, StoredDocument } from '../../storage';
import { PLEDGES_FOLDER, pledgeYearSpec, yearOfPledgeDocument, type PledgeYearDocument, type StoredPledge } from '../documents';
import type { SigningService } from '../../signing';
import type { PledgeEvents, StatusEvent } from '../events';
import { locateReceivedPledge } from '../received';
import { toPledgeView } from './records';

/** A stored pledge together with the year document it lives in and its text. */
export interface LocatedPledge {
  doc: StoredDocument<PledgeYearDocument>;
  stored: StoredPledge;
  text: PledgeText | undefined;
}

/** The pledges of every year (one document per year): find one, change one. */
export interface PledgeRepository {
  yearDocument(year: number): Promise<StoredDocument<PledgeYearDocument>>;
  /** Years that have a pledge document, newest first. */
  years(): Promise<number[]>;
  /** The pledge with this id, in any year; null when none. */
  locate(id: string): Promise<LocatedPledge | null>;
  /** The pledge whose typable code is `code` (upper case), in any year; null when none. */
  locateByCode(code: string): Promise<LocatedPledge | null>;
  /** The pledge with this id; NOT_FOUND when none. */
  require(id: string): Promise<LocatedPledge>;
  /**
   * Applies `mutate` to the pledge inside its year document and appends the signed status event
   * `event` (when given) to that year's log, in the same update; returns the new view.
   */
  change(located: LocatedPledge, mutate: (pledge: StoredPledge) => void, event?: (pledge: StoredPledge) => StatusEvent | null): Promise<PledgeView>;
}

/** The status log and the key that signs it. */
export interface PledgeChain {
  events: PledgeEvents;
  signing: () => Promise<SigningService>;
}

export function createPledgeRepository(storage: Storage, chain?: PledgeChain): PledgeRepository {
  const yearDocument = (year: number): Promise<StoredDocument<PledgeYearDocument>> => storage.open(pledgeYearSpec(year));

  const years = async (): Promise<number[]> =>
    (await storage.list(`${PLEDGES_FOLDER}/`))
      .map(yearOfPledgeDocument)
      .filter((year): year is number => year !== undefined)
      .sort((a, b) => b - a);

  const locateWhere = async (match: (pledge: StoredPledge) => boolean): Promise<LocatedPledge | null> => {
    for (const year of await years()) {
      const doc = await yearDocument(year);
      const stored = doc.data.pledges.find(match);
      if (stored) return { doc, stored, text: doc.data.texts[stored.textRef] };
    }
    return null;
  };

  const locate = (id: string): Promise<LocatedPledge | null> => locateWhere((pledge) => pledge.id === id);

  return {
    yearDocument,
    years,
    locate,
    locateByCode: (code) => locateWhere((pledge) => pledge.code === code),

    async require(id) {
      const found = await locate(id);
      if (found) return found;
      // A received pledge is the issuer's: it is changed, revoked and reprinted there only.
      const received = await locateReceivedPledge(storage, { id });
      if (received) {
        throw new AppFailure(
          'CONFLICT',
          `Pakta ini diterbitkan di ${received.issuer.label || 'instalasi lain'} dan hanya dapat diubah, dicabut, atau dicetak ulang di sana. Minta penerbitnya mengirim paket baru bila statusnya berubah.`,
        );
      }
      throw new AppFailure('NOT_FOUND', 'Pakta tidak ditemukan. Muat ulang daftar pakta.');
    },

    async change(located, mutate, event) {
      let signing: SigningService | null = null;
      if (event && chain) {
        await chain.events.ensure(located.doc.data.year);
        signing = await chain.signing();
      }
      const next = await located.doc.update((draft) => {
        const pledge = draft.pledges.find((p) => p.id === located.stored.id);
        if (!pledge) throw new AppFailure('NOT_FOUND', 'Pakta tidak ditemukan. Muat ulang daftar pakta.');
        mutate(pledge);
        const logged = event && chain && signing ? event(pledge) : null;
        if (logged && chain && signing) chain.events.append(signing, draft, pledge, logged);
      });
      const stored = next.pledges.find((p) => p.id === located.stored.id);
      if (!stored) throw new AppFailure('NOT_FOUND', 'Pakta tidak ditemukan.');
      return toPledgeView(stored, next.texts[stored.textRef]);
    },
  };
}
