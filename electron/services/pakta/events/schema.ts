import { z } from 'zod';

/**
 * The shape of one entry of the pledge status log, apart from the log's rules (chain.ts) so the
 * year document's schema (pakta/documents.ts) can hold entries without importing those rules.
 */

export const PLEDGE_EVENT_KINDS = ['genesis', 'revoked', 'wet-signed', 'scan-attached', 'reprinted', 'revoked-elsewhere'] as const;
export type PledgeEventKind = (typeof PLEDGE_EVENT_KINDS)[number];

export const pledgeEventSchema = z.object({
  seq: z.number().int().positive(),
  /** SHA-256 (hex) of the previous entry; 64 zeros for the first. */
  prev: z.string(),
  at: z.string(),
  by: z.string(),
  kind: z.enum(PLEDGE_EVENT_KINDS),
  pledgeId: z.string(),
  details: z.record(z.string(), z.string()),
  /** The signing service's payload over the entry's canonical content. */
  signature: z.string(),
});
export type PledgeEvent = z.infer<typeof pledgeEventSchema>;
