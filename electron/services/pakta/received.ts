import { createHash, verify, type KeyObject } from 'node:crypto';
import { z } from 'zod';
import { canonicalPledgeContent } from '../../../shared/pakta/canonical';
import type { ReceivedIssuer } from '../../../shared/bundles';
import { parsePayload, signedMessage } from '../signing/codes';
import type { Storage, StoredDocument } from '../storage';
import { pledgeTextSchema, storedDeclarationSchema, storedPledgeSchema, type StoredDeclaration, type StoredPledge } from './documents';
import { applyEvent, eventContent, eventHash, GENESIS_PREV, INITIAL_STATUS, pledgeEventSchema, statusOfRecord, type ChainedStatus, type PledgeEvent } from './events/chain';
import { toPledgeRecord } from './pledges/records';

/**
 * Pledges and declarations received from other installations in bundles. They are issued
 * documents: signed by the issuer's code key, their status kept in the issuer's per-year signed
 * status log. They are stored apart from this installation's own records — never in its year
 * documents, never in its own chain — and are never edited, revoked, reprinted or signed here:
 * - `received/pledges-<year>`: per issuing installation its label and key fingerprint, the texts,
 *   the pledges as the issuer stores them and the issuer's whole status log of that year;
 * - `received/declarations`: per issuing installation its declarations (one document, so the
 *   declaration list and the LHE read it without searching).
 */

const hex64 = z.string().regex(/^[0-9a-f]{64}$/);

const issuerFields = { label: z.string(), fingerprint: z.string().regex(/^[0-9a-f]{16}$/), receivedAt: z.string() };

const receivedYearSenderSchema = z.object({
  ...issuerFields,
  texts: z.record(hex64, pledgeTextSchema),
  pledges: z.array(storedPledgeSchema),
  events: z.array(pledgeEventSchema),
});
export type ReceivedYearSender = z.infer<typeof receivedYearSenderSchema>;

const receivedYearSchema = z.object({ year: z.number().int(), senders: z.record(z.string().uuid(), receivedYearSenderSchema) });
export type ReceivedYearDocument = z.infer<typeof receivedYearSchema>;

const receivedDeclarationsSchema = z.object({ senders: z.record(z.string().uuid(), z.object({ ...issuerFields, records: z.array(storedDeclarationSchema) })) });
export type ReceivedDeclarationsDocument = z.infer<typeof receivedDeclarationsSchema>;

export const RECEIVED_FOLDER = 'received';

export function receivedYearSpec(year: number) {
  return { name: `${RECEIVED_FOLDER}/pledges-${year}`, schema: receivedYearSchema, version: 1, migrations: [], empty: (): ReceivedYearDocument => ({ year, senders: {} }) };
}

export const receivedDeclarationsSpec = {
  name: `${RECEIVED_FOLDER}/declarations`,
  schema: receivedDeclarationsSchema,
  version: 1,
  migrations: [],
  empty: (): ReceivedDeclarationsDocument => ({ senders: {} }),
};

/** A received pledge with its issuer and the text it was signed with. */
export interface ReceivedPledge {
  issuer: ReceivedIssuer;
  stored: StoredPledge;
  text: ReceivedYearSender['texts'][string] | undefined;
}

/** A received declaration with its issuer. */
export interface ReceivedDeclaration {
  issuer: ReceivedIssuer;
  stored: StoredDeclaration;
}

/** Years holding received pledges, newest first. */
export async function receivedYears(storage: Storage): Promise<number[]> {
  return (await storage.list(`${RECEIVED_FOLDER}/`))
    .map((name) => /^received\/pledges-(\d{4})$/.exec(name)?.[1])
    .filter((year): year is string => year !== undefined)
    .map(Number)
    .sort((a, b) => b - a);
}

/** The received pledges of a year, every issuer. */
export async function receivedPledges(storage: Storage, year: number): Promise<ReceivedPledge[]> {
  const { data } = await storage.open(receivedYearSpec(year));
  return Object.entries(data.senders).flatMap(([installationId, sender]) =>
    sender.pledges.map((stored) => ({ issuer: { installationId, label: sender.label }, stored, text: sender.texts[stored.textRef] })),
  );
}

/** The received pledge whose id or code matches, in any year; null when none. */
export async function locateReceivedPledge(storage: Storage, query: { id?: string; code?: string }): Promise<ReceivedPledge | null> {
  for (const year of await receivedYears(storage)) {
    const found = (await receivedPledges(storage, year)).find((entry) => (query.id !== undefined && entry.stored.id === query.id) || (query.code !== undefined && entry.stored.code === query.code));
    if (found) return found;
  }
  return null;
}

/** Every received declaration (from the live document: its handle follows each write). */
export function receivedDeclarationsOf(doc: StoredDocument<ReceivedDeclarationsDocument>): ReceivedDeclaration[] {
  return Object.entries(doc.data.senders).flatMap(([installationId, sender]) => sender.records.map((stored) => ({ issuer: { installationId, label: sender.label }, stored })));
}

// ---------------------------------------------------------------- checks with the issuer's keys

/**
 * The code keys an issuer's records may be signed with, by fingerprint: its current key and the
 * earlier keys its signed bundle manifest vouches for (never a key from anywhere else).
 */
export type IssuerKeys = ReadonlyMap<string, KeyObject>;

/** Whether a signing-service payload signs `content` with one of `keys` (the one its fingerprint names). */
export function signedBy(payloadText: string, content: string, docId: string, keys: IssuerKeys): boolean {
  const payload = parsePayload(payloadText);
  const key = payload === null ? undefined : keys.get(payload.keyFingerprint);
  if (payload === null || key === undefined || payload.docId !== docId) return false;
  if (createHash('sha256').update(content, 'utf8').digest('hex') !== payload.sha256) return false;
  return verify(null, signedMessage(payload.docId, payload.sha256), key, payload.signature);
}

/** A received pledge's signed content against the issuer's keys; the reason when it fails. */
export function checkForeignPledge(stored: StoredPledge, text: ReceivedYearSender['texts'][string] | undefined, keys: IssuerKeys): string | null {
  if (text === undefined) return 'teks pakta tidak ada dalam paket.';
  return signedBy(stored.qrPayload, canonicalPledgeContent(toPledgeRecord(stored, text)), stored.id, keys) ? null : 'isi pakta tidak cocok dengan tanda tangan digital penerbitnya.';
}

/**
 * Checks an issuer's status log of one year with the issuer's keys (the same rules as our own
 * chain: seq 1, 2, 3 …, each entry names its predecessor's hash, every signature verifies) and
 * answers the status each pledge's events lead to, or the reason the log is broken.
 */
export function checkForeignLog(year: number, events: readonly PledgeEvent[], keys: IssuerKeys): { broken: string | null; statuses: Map<string, ChainedStatus> } {
  const statuses = new Map<string, ChainedStatus>();
  let prev = GENESIS_PREV;
  for (const [index, event] of events.entries()) {
    if (event.seq !== index + 1 || event.prev !== prev) return { broken: `catatan riwayat status ke-${index + 1} tahun ${year} hilang, tertukar urutannya, atau disisipkan.`, statuses };
    if (!signedBy(event.signature, eventContent(year, event), `ev-${year}-${event.seq}`, keys)) {
      return { broken: `catatan riwayat status ke-${event.seq} tahun ${year} tidak ditandatangani dengan kunci pengirim (telah diubah, atau kunci pengirim telah diganti).`, statuses };
    }
    statuses.set(event.pledgeId, applyEvent(statuses.get(event.pledgeId) ?? INITIAL_STATUS, event));
    prev = eventHash(year, event);
  }
  return { broken: null, statuses };
}

/** Whether a pledge record's status is the one its log leads to. */
export function statusMatches(pledge: StoredPledge, statuses: ReadonlyMap<string, ChainedStatus>): boolean {
  const chained = statuses.get(pledge.id) ?? INITIAL_STATUS;
  const actual = statusOfRecord(pledge);
  return chained.revoked === actual.revoked && chained.wetSigned === actual.wetSigned && chained.scan === actual.scan;
}

/** Whether `shorter` is a prefix of `longer` (same entries, compared by their hashes). */
export function isPrefix(year: number, shorter: readonly PledgeEvent[], longer: readonly PledgeEvent[]): boolean {
  if (shorter.length > longer.length) return false;
  return shorter.every((event, index) => {
    const other = longer[index];
    return other !== undefined && eventHash(year, event) === eventHash(year, other);
  });
}
