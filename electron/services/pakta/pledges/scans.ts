import { todayIso } from '../../../../shared/format/date';
import type { PledgeView } from '../../../../shared/pledges';
import { AppFailure } from '../../../../shared/result';
import type { BlobStore } from '../../files';
import { sniffSignedScan } from '../signature';
import { revokedFailure } from './records';
import type { PledgeRepository } from './repository';

/**
 * A wet-signature pledge after printing: marked as signed on paper, or with the scan of the
 * signed paper attached (which marks it signed too).
 */
export interface PledgeScans {
  markSigned(id: string, date: string | undefined, by?: string): Promise<PledgeView>;
  attachScan(id: string, fileName: string, bytes: Uint8Array, by: string): Promise<PledgeView>;
}

export function createPledgeScans(deps: { blobs: BlobStore; now: () => Date }, repo: PledgeRepository): PledgeScans {
  const { blobs, now } = deps;
  return {
    async markSigned(id, date, by = '') {
      const located = await repo.require(id);
      return repo.change(located, (pledge) => {
        if (pledge.revoked) throw revokedFailure(pledge);
        if (pledge.signature.kind !== 'wet') throw new AppFailure('CONFLICT', 'Pakta ini sudah ditandatangani secara digital; tidak perlu ditandai.');
        if (pledge.printed.length === 0) {
          throw new AppFailure('CONFLICT', 'Pakta ini belum pernah dicetak dari ZI Desk. Cetak dahulu, minta tanda tangan, lalu tandai sebagai ditandatangani.');
        }
        pledge.wetSignedAt = date ?? todayIso(now());
      }, (pledge) => ({ kind: 'wet-signed', by, details: { date: pledge.wetSignedAt ?? '' } }));
    },

    async attachScan(id, fileName, bytes, by) {
      const located = await repo.require(id);
      if (located.stored.revoked) throw revokedFailure(located.stored);
      if (located.stored.signature.kind !== 'wet') {
        throw new AppFailure('CONFLICT', 'Pakta ini ditandatangani secara digital; pindaian kertas hanya untuk pakta bertanda tangan basah.');
      }
      const mimeType = sniffSignedScan(bytes);
      const ref = await blobs.put(bytes);
      const at = now().toISOString();
      return repo.change(located, (pledge) => {
        if (pledge.revoked) throw revokedFailure(pledge);
        pledge.scan = { blobHash: ref.hash, mimeType, fileName, size: bytes.byteLength, attachedAt: at, attachedBy: by };
        pledge.wetSignedAt ??= todayIso(now());
      }, () => ({ kind: 'scan-attached', by, details: { scan: ref.hash, fileName } }));
    },
  };
}
