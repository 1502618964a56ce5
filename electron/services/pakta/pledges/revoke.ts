import type { PledgeView } from '../../../../shared/pledges';
import { AppFailure } from '../../../../shared/result';
import type { PledgeRepository } from './repository';

/** Revoking a pledge: it stays in the year document, no longer counts, and no longer verifies. */
export function createPledgeRevocation(now: () => Date, repo: PledgeRepository): { revoke(id: string, reason: string, by: string): Promise<PledgeView> } {
  return {
    async revoke(id, reason, by) {
      const located = await repo.require(id);
      return repo.change(located, (pledge) => {
        if (pledge.revoked) throw new AppFailure('CONFLICT', 'Pakta ini sudah dicabut sebelumnya.');
        pledge.revoked = { at: now().toISOString(), by, reason };
      }, () => ({ kind: 'revoked', by, details: { reason } }));
    },
  };
}
