import { X509Certificate, type KeyObject } from 'node:crypto';
import { z } from 'zod';
import type { BundleDocumentRefusal, BundleDocumentsPreview, BundleDocumentsResult, BundleLogState, BundleManifest } from '../../../shared/bundles';
import { formatTanggal } from '../../../shared/format/date';
import { formatNip } from '../../../shared/format/nip';
import { canonicalDeclarationContent, canonicalJson, type CanonicalValue } from '../../../shared/pakta/canonical';
import { SIGNATURE_KIND_LABEL } from '../../../shared/pledges';
import { AppFailure } from '../../../shared/result';
import { yearSchema } from '../../../shared/schemas/common';
import type { BlobStore } from '../files';
import { toDeclarationRecord } from '../pakta/declarations';
import { declarationsSpec, pledgeTextSchema, pledgeYearSpec, storedDeclarationSchema, storedPledgeSchema, yearOfPledgeDocument, PLEDGES_FOLDER, type StoredDeclaration, type StoredPledge } from '../pakta/documents';
import { applyEvent, INITIAL_STATUS, pledgeEventSchema, type ChainedStatus, type PledgeEvent } from '../pakta/events/chain';
import type { PledgeService } from '../pakta/pledges';
import {
  checkForeignLog,
  checkForeignPledge,
  isPrefix,
  receivedDeclarationsSpec,
  receivedYearSpec,
  receivedYears,
  signedBy,
  statusMatches,
  type IssuerKeys,
  type ReceivedDeclarationsDocument,
  type ReceivedYearDocument,
  type ReceivedYearSender,
} from '../pakta/received';
import type { SigningService } from '../signing';
import { parsePayload } from '../signing/codes';
import { keyFingerprint, parsePublicKeyPem } from '../signing/keys';
import { endorsedPredecessors } from '../signing/succession';
import type { Storage } from '../storage';

/**
 * The "Pakta & piagam" part of a bundle. Pledges and declarations are issued documents: the
 * sender sends only what it issued itself (its own year documents, never what it received), with
 * the blobs they reference and its whole signed status log of each year sent; the receiver
 * checks the log (chain and signatures with the sender's key), every record's signed content and
 * that each status is the one the log leads to, and stores them apart from its own records
 * (pakta/received.ts). A newer bundle replaces a sender's log of a year only when it extends it.
 */

const hex16 = z.string().regex(/^[0-9a-f]{16}$/);

/** `documents/issuer.json`: who issued the documents and the certificate their PDFs are signed with. */
export const bundleIssuerEntrySchema = z.strictObject({ installationId: z.string().uuid(), fingerprint: hex16, certificatePem: z.string().max(20_000) });
/** `documents/pledges-<year>.json`: the sender's pledges of a year (a selection), their texts and the whole status log. */
export const bundlePledgesEntrySchema = z.strictObject({
  year: yearSchema,
  texts: z.record(z.string().regex(/^[0-9a-f]{64}$/), pledgeTextSchema),
  pledges: z.array(storedPledgeSchema).max(100_000),
  events: z.array(pledgeEventSchema).max(1_000_000),
});
/** `documents/declarations.json`: the sender's declarations of the selection. */
export const bundleDeclarationsEntrySchema = z.strictObject({ records: z.array(storedDeclarationSchema).max(10_000) });

export type BundlePledgesEntry = z.infer<typeof bundlePledgesEntrySchema>;

/** The documents part of a read bundle. */
export interface CarriedDocuments {
  issuer: z.infer<typeof bundleIssuerEntrySchema> | null;
  years: BundlePledgesEntry[];
  declarations: StoredDeclaration[] | null;
}

export const ISSUER_ENTRY = 'documents/issuer.json';
const DECLARATIONS_ENTRY = 'documents/declarations.json';
const pledgesEntryName = (year: number): string => `documents/pledges-${year}.json`;

export function emptyCarried(): CarriedDocuments {
  return { issuer: null, years: [], declarations: null };
}

/** Reads one `documents/…` entry into `carried`; false when it does not match its schema. */
export function readDocumentEntry(carried: CarriedDocuments, name: string, parsed: unknown): boolean {
  if (name === ISSUER_ENTRY) {
    const result = bundleIssuerEntrySchema.safeParse(parsed);
    if (result.success) carried.issuer = result.data;
    return result.success;
  }
  if (name === DECLARATIONS_ENTRY) {
    const result = bundleDeclarationsEntrySchema.safeParse(parsed);
    if (result.success) carried.declarations = result.data.records;
    return result.success;
  }
  const result = bundlePledgesEntrySchema.safeParse(parsed);
  if (!result.success || pledgesEntryName(result.data.year) !== name) return false;
  carried.years.push(result.data);
  return true;
}

export function hasDocuments(carried: CarriedDocuments): boolean {
  return carried.years.length > 0 || carried.declarations !== null;
}

/** Trusts one PDF certificate of the issuer under `label`; nothing when it is unreadable, ours or trusted already (never relabelled). */
async function trustCertificate(signing: SigningService, pem: string, label: string): Promise<void> {
  if (!pem.includes('-----BEGIN CERTIFICATE-----')) return;
  let fingerprint256: string;
  try {
    fingerprint256 = new X509Certificate(pem).fingerprint256;
  } catch {
    return;
  }
  if (signing.certificateOwner(fingerprint256) !== null || signing.trustedCertificateLabel(fingerprint256) !== null) return;
  await signing.importTrustedCertificate(pem, label);
}

/** This installation's code keys (current and retired) by fingerprint: never taken as another's. */
export function ownKeyFingerprints(signing: Pick<SigningService, 'fingerprint' | 'retiredPublicKeys'>): Set<string> {
  return new Set([signing.fingerprint, ...signing.retiredPublicKeys().codeKeys.map((key) => key.fingerprint)]);
}

/**
 * Trusts, under `label`, what the bundle's signed manifest vouches for as the issuer's (called once
 * the issuer's current key is trusted): the PDF certificate its documents came with and its
 * earlier certificates, so its PDFs verify here; and the earlier code keys that signed a record or
 * status entry of its documents — verified in this bundle (`signers`, the plan's; asked for only
 * when the manifest carries earlier keys) or held here from it — so those verify as issued by it.
 * Nothing when the bundle has no documents; nothing ours, nothing trusted already (a key or
 * certificate is never relabelled), no key known as another's.
 */
export async function trustIssuer(
  signing: SigningService,
  storage: Storage,
  carried: CarriedDocuments,
  manifest: BundleManifest,
  label: string,
  signers: () => Promise<ReadonlySet<string>>,
): Promise<void> {
  if (!hasDocuments(carried)) return;
  for (const pem of [carried.issuer?.certificatePem ?? '', ...(manifest.sender.retiredCertificates ?? [])]) await trustCertificate(signing, pem, label);
  if ((manifest.sender.retiredKeys ?? []).length === 0) return;
  const others = await otherSenders(storage, manifest.sender.installationId);
  const { retired } = senderKeys(manifest.sender, new Set([...ownKeyFingerprints(signing), ...others.keys]), others.held);
  const signed = new Set([...(await signers()), ...others.held]);
  const trusted = new Set((await signing.listTrustedKeys()).map((key) => key.fingerprint));
  for (const [fingerprint, pem] of retired) if (signed.has(fingerprint) && !trusted.has(fingerprint)) await signing.importTrustedKey(pem, label);
}

/** What the export needs. */
export interface DocumentsExportDeps {
  storage: Storage;
  blobs: Pick<BlobStore, 'has'>;
  pledges: Pick<PledgeService, 'yearDocument' | 'integrity'>;
  signing: () => Promise<SigningService>;
  installationId: string;
}

/** Blobs a pledge references: the drawn or uploaded signature, the witness's, the scan. */
function pledgeBlobs(pledge: StoredPledge): string[] {
  return [pledge.signature.imageSha256, pledge.witness?.signatureSha256 ?? null, pledge.scan?.blobHash ?? null].filter((hash): hash is string => typeof hash === 'string');
}

function declarationCovers(record: StoredDeclaration, years: readonly number[], units: ReadonlySet<string>): boolean {
  const year = Number(record.date.slice(0, 4));
  // A declaration without units covers the whole instansi, so every unit.
  return years.includes(year) && (units.size === 0 || record.unitIds.length === 0 || record.unitIds.some((id) => units.has(id)));
}

/**
 * The documents entries of an export: for each selected year the pledges this installation issued
 * (of the selected units: by the signer's unit) with their texts and the year's whole signed log;
 * the declarations dated in the selected years covering a selected unit; the issuer entry. A
 * year whose own log is broken stops the export with the reason (a broken log is never sent).
 */
export async function exportDocuments(deps: DocumentsExportDeps, years: readonly number[], unitIds: readonly string[]): Promise<{ entries: { name: string; json: unknown }[]; blobs: Set<string>; pledges: number; declarations: number }> {
  const units = new Set(unitIds);
  const entries: { name: string; json: unknown }[] = [];
  const blobs = new Set<string>();
  let pledges = 0;
  for (const year of [...years].sort((a, b) => a - b)) {
    const doc = await deps.pledges.yearDocument(year);
    const selected = doc.data.pledges.filter((pledge) => units.size === 0 || (pledge.unitId !== null && units.has(pledge.unitId)));
    if (selected.length === 0) continue;
    const integrity = await deps.pledges.integrity(year);
    const broken = integrity.chainBroken ?? integrity.unchecked;
    if (broken !== null) throw new AppFailure('CONFLICT', `Riwayat status pakta tahun ${year} di laptop ini tidak utuh: ${broken} Paket tidak dibuat. Periksa Pakta Integritas → Daftar pakta, atau kirim paket tanpa "Pakta & piagam".`);
    // Read again: checking the log may have begun it (the genesis of an older year).
    const data = (await deps.pledges.yearDocument(year)).data;
    const ids = new Set(selected.map((pledge) => pledge.id));
    const chosen = data.pledges.filter((pledge) => ids.has(pledge.id));
    const texts: BundlePledgesEntry['texts'] = {};
    for (const pledge of chosen) {
      const text = data.texts[pledge.textRef];
      if (text) texts[pledge.textRef] = text;
      for (const hash of pledgeBlobs(pledge)) blobs.add(hash);
    }
    entries.push({ name: pledgesEntryName(year), json: { year, texts, pledges: chosen, events: data.events ?? [] } });
    pledges += chosen.length;
  }
  const records = (await deps.storage.open(declarationsSpec)).data.records.filter((record) => declarationCovers(record, years, units));
  if (records.length > 0) {
    entries.push({ name: DECLARATIONS_ENTRY, json: { records } });
    for (const record of records) for (const party of [...record.signatories, ...record.witnesses]) if (party.signatureSha256) blobs.add(party.signatureSha256);
  }
  if (entries.length > 0) {
    const key = (await deps.signing()).exportPublicKey();
    entries.unshift({ name: ISSUER_ENTRY, json: { installationId: deps.installationId, fingerprint: key.fingerprint, certificatePem: key.certificatePem } });
  }
  for (const hash of [...blobs]) if (!(await deps.blobs.has(hash))) blobs.delete(hash);
  return { entries, blobs, pledges, declarations: records.length };
}

// ---------------------------------------------------------------- receiving

/** The documents part of a bundle weighed against what is held here; `years` / `declarations`: the documents to write. */
export interface DocumentsPlan {
  preview: BundleDocumentsPreview;
  years: Map<number, ReceivedYearDocument>;
  declarations: ReceivedDeclarationsDocument | null;
  counts: Omit<BundleDocumentsResult, 'refused' | 'skipped'>;
  /** Fingerprints of the sender's keys that signed a record or status entry verified in this plan. */
  signers: Set<string>;
}

const emptyCounts = (): DocumentsPlan['counts'] => ({ pledgesAdded: 0, statusChanges: 0, declarationsAdded: 0, declarationsUpdated: 0 });

function pledgeLabel(pledge: StoredPledge): string {
  return `Pakta Integritas ${pledge.year} — ${pledge.signer.nama}${pledge.signer.nip ? ` (NIP ${formatNip(pledge.signer.nip)})` : ''}`;
}

function dateOf(at: string): string {
  try {
    return formatTanggal(at.slice(0, 10));
  } catch {
    return at.slice(0, 10);
  }
}

function statusDetail(pledge: StoredPledge): string {
  if (pledge.revoked) return `Dicabut ${dateOf(pledge.revoked.at)}: ${pledge.revoked.reason}`;
  if (pledge.scan) return 'Pindaian bertanda tangan dilampirkan';
  if (pledge.wetSignedAt) return 'Ditandatangani basah';
  return pledge.signature.kind === 'wet' ? 'Menunggu tanda tangan basah' : SIGNATURE_KIND_LABEL[pledge.signature.kind];
}

function sameStatus(a: ChainedStatus, b: ChainedStatus): boolean {
  return a.revoked === b.revoked && a.wetSigned === b.wetSigned && a.scan === b.scan;
}

function statusOf(pledge: StoredPledge): ChainedStatus {
  return { revoked: pledge.revoked !== null, wetSigned: pledge.wetSignedAt !== null, scan: pledge.scan?.blobHash ?? null };
}

function statusesOf(events: readonly PledgeEvent[]): Map<string, ChainedStatus> {
  const statuses = new Map<string, ChainedStatus>();
  for (const event of events) statuses.set(event.pledgeId, applyEvent(statuses.get(event.pledgeId) ?? INITIAL_STATUS, event));
  return statuses;
}

const same = (a: unknown, b: unknown): boolean => canonicalJson(a as CanonicalValue) === canonicalJson(b as CanonicalValue);

/** Ids of the pledges and declarations this installation issued. */
async function ownIds(storage: Storage): Promise<Set<string>> {
  const ids = new Set<string>();
  for (const name of await storage.list(`${PLEDGES_FOLDER}/`)) {
    const year = yearOfPledgeDocument(name);
    if (year !== undefined) for (const pledge of (await storage.open(pledgeYearSpec(year))).data.pledges) ids.add(pledge.id);
  }
  for (const record of (await storage.open(declarationsSpec)).data.records) ids.add(record.id);
  return ids;
}

/** The fingerprint of the key a signing-service payload names, or null. */
function signerOf(payload: string): string | null {
  return parsePayload(payload)?.keyFingerprint ?? null;
}

/** One installation's section of a received document (a year's pledges, or the declarations). */
interface ReceivedSection {
  fingerprint: string;
  pledges?: readonly StoredPledge[];
  events?: readonly PledgeEvent[];
  records?: readonly StoredDeclaration[];
}

/** Adds to `keys` the key fingerprints the pledges, status entries and declarations of a received section are signed with. */
function addSigners(keys: Set<string>, section: ReceivedSection): void {
  keys.add(section.fingerprint);
  for (const payload of [...(section.pledges ?? []).map((p) => p.qrPayload), ...(section.events ?? []).map((e) => e.signature), ...(section.records ?? []).map((r) => r.qrPayload)]) {
    const signer = signerOf(payload);
    if (signer !== null) keys.add(signer);
  }
}

/** The received sections per installation: every year's pledges and the declarations. */
async function receivedSections(storage: Storage): Promise<[string, ReceivedSection][]> {
  const sections: [string, ReceivedSection][] = [];
  for (const year of await receivedYears(storage)) sections.push(...Object.entries((await storage.open(receivedYearSpec(year))).data.senders));
  sections.push(...Object.entries((await storage.open(receivedDeclarationsSpec)).data.senders));
  return sections;
}

/**
 * What is held here from other installations than `sender` — the ids received from them and the
 * keys their records are signed with (another's keys) — and the keys the records and status
 * entries held from `sender` itself are signed with (`held`), in one read of the received documents.
 */
async function otherSenders(storage: Storage, sender: string): Promise<{ ids: Set<string>; keys: Set<string>; held: Set<string> }> {
  const ids = new Set<string>();
  const keys = new Set<string>();
  const held = new Set<string>();
  for (const [inst, section] of await receivedSections(storage)) {
    if (inst === sender) {
      addSigners(held, section);
      continue;
    }
    for (const record of [...(section.pledges ?? []), ...(section.records ?? [])]) ids.add(record.id);
    addSigners(keys, section);
  }
  return { ids, keys, held };
}

/**
 * The keys a sender's documents may be signed with: its current key (throws when unreadable) and
 * the earlier keys its signed manifest carries. A carried key counts only when it is what its
 * fingerprint says, is not the current one, and is not known here as another installation's
 * (`notTheirs`: ours, or a key another sender's records are signed with). When the manifest
 * carries key endorsements ("Ganti kunci" since they exist), a carried key counts only when a chain
 * of them leads from it to the current key, or when what is held here from this sender is already
 * signed with it (`held`: a key rotated before endorsements existed, known from its earlier
 * bundles). Without endorsements (a sender that rotated before they existed, or an older ZI Desk)
 * the carried keys count as before.
 */
function senderKeys(sender: BundleManifest['sender'], notTheirs: ReadonlySet<string>, held: ReadonlySet<string>): { keys: IssuerKeys; retired: Map<string, string> } {
  const keys = new Map<string, KeyObject>([[sender.fingerprint, parsePublicKeyPem(sender.publicKeyPem)]]);
  const retired = new Map<string, string>();
  const endorsed = (sender.keySuccession ?? []).length > 0 ? endorsedPredecessors(sender.keySuccession ?? [], sender.fingerprint) : null;
  for (const entry of sender.retiredKeys ?? []) {
    if (keys.has(entry.fingerprint) || notTheirs.has(entry.fingerprint)) continue;
    if (endorsed !== null && !endorsed.has(entry.fingerprint) && !held.has(entry.fingerprint)) continue;
    let key: KeyObject;
    try {
      key = parsePublicKeyPem(entry.publicKeyPem);
    } catch {
      continue;
    }
    if (keyFingerprint(key) !== entry.fingerprint) continue;
    keys.set(entry.fingerprint, key);
    retired.set(entry.fingerprint, entry.publicKeyPem);
  }
  return { keys, retired };
}

const CLASH = 'nomor data yang sama sudah dipakai dokumen lain di laptop ini (bukan terbitan pengirim ini), sehingga tidak diterima. Hubungi pengelola ZI Desk.';

/**
 * Weighs the documents of a bundle against what is held here (nothing is written): the preview
 * rows, and the received documents as they would be after applying.
 */
export async function planDocuments(storage: Storage, carried: CarriedDocuments, manifest: BundleManifest, own: { installationId: string; keys: ReadonlySet<string> }, now: () => Date): Promise<DocumentsPlan> {
  const preview: BundleDocumentsPreview = { state: 'none', reason: null, years: [], declarations: carried.declarations?.length ?? 0, changes: [], refused: [], unchanged: 0 };
  const signers = new Set<string>();
  const noteSigner = (payload: string): void => {
    const signer = signerOf(payload);
    if (signer !== null) signers.add(signer);
  };
  const plan: DocumentsPlan = { preview, years: new Map(), declarations: null, counts: emptyCounts(), signers };
  if (!hasDocuments(carried)) return plan;
  const { sender } = manifest;
  const from = sender.label || 'laptop pengirim';
  const refuseAll = (reason: string): DocumentsPlan => ({
    preview: { ...preview, state: 'refused', reason: `Pakta & piagam dari ${from} tidak diterima: ${reason} Data lain dalam paket tetap dapat diterapkan. Minta pengirim memeriksa daftar pakta di laptopnya, lalu membuat paket baru.`, changes: [], refused: [] },
    years: new Map(),
    declarations: null,
    counts: emptyCounts(),
    signers: new Set(),
  });
  for (const entry of carried.years) preview.years.push({ year: entry.year, pledges: entry.pledges.length, events: entry.events.length, log: 'new' });
  if (sender.installationId === own.installationId) return { ...plan, preview: { ...preview, state: 'own' } };
  if (carried.issuer === null || carried.issuer.installationId !== sender.installationId || carried.issuer.fingerprint !== sender.fingerprint) {
    return refuseAll('dokumen dalam paket tidak diterbitkan oleh instalasi pengirimnya.');
  }
  const others = await otherSenders(storage, sender.installationId);
  // The current key, and the earlier ones the manifest vouches for (keys rotated by "Ganti kunci"), along its endorsements.
  let keys: IssuerKeys;
  try {
    keys = senderKeys(sender, new Set([...own.keys, ...others.keys]), others.held).keys;
  } catch {
    return refuseAll('kunci pengirim tidak dapat dibaca.');
  }
  const ours = await ownIds(storage);
  const receivedAt = now().toISOString();
  const refuse = (kind: BundleDocumentRefusal['kind'], id: string, label: string, reason: string): void => {
    preview.refused.push({ kind, id, label, reason });
  };
  for (const entry of [...carried.years].sort((a, b) => a.year - b.year)) {
    const { year } = entry;
    const checked = checkForeignLog(year, entry.events, keys);
    if (checked.broken !== null) return refuseAll(`riwayat status pakta tahun ${year} rusak — ${checked.broken}`);
    for (const event of entry.events) noteSigner(event.signature);
    const doc = await storage.open(receivedYearSpec(year));
    const held: ReceivedYearSender | undefined = doc.data.senders[sender.installationId];
    let log: BundleLogState = 'new';
    if (held !== undefined) {
      if (isPrefix(year, held.events, entry.events)) log = held.events.length === entry.events.length ? 'same' : 'extends';
      else if (isPrefix(year, entry.events, held.events)) log = 'older';
      else return refuseAll(`riwayat status pengirim berubah (tahun ${year}): riwayat dalam paket tidak melanjutkan riwayat yang sudah diterima sebelumnya.`);
    }
    const row = preview.years.find((y) => y.year === year);
    if (row) row.log = log;
    const events = log === 'older' && held ? held.events : entry.events;
    const statuses = log === 'older' ? statusesOf(events) : checked.statuses;
    const pledges = new Map((held?.pledges ?? []).map((pledge) => [pledge.id, pledge]));
    const texts = { ...(held?.texts ?? {}) };
    const lastAt = new Map<string, string>();
    for (const event of events) lastAt.set(event.pledgeId, event.at);
    for (const pledge of entry.pledges) {
      const label = pledgeLabel(pledge);
      if (pledge.year !== year) {
        refuse('pakta', pledge.id, label, 'tahun pakta tidak sama dengan tahun berkasnya dalam paket.');
        continue;
      }
      if (ours.has(pledge.id) || others.ids.has(pledge.id)) {
        refuse('pakta', pledge.id, label, CLASH);
        continue;
      }
      const contentProblem = checkForeignPledge(pledge, entry.texts[pledge.textRef], keys);
      if (contentProblem !== null) {
        refuse('pakta', pledge.id, label, contentProblem);
        continue;
      }
      noteSigner(pledge.qrPayload);
      const before = pledges.get(pledge.id);
      if (!statusMatches(pledge, statuses)) {
        // A bundle older than what is held carries older statuses: nothing to take, nothing wrong.
        if (log === 'older') preview.unchanged += 1;
        else refuse('pakta', pledge.id, label, 'status pakta tidak sama dengan riwayat status bertanda tangan pengirimnya.');
        continue;
      }
      if (before !== undefined && same(before, pledge)) {
        preview.unchanged += 1;
        continue;
      }
      const text = entry.texts[pledge.textRef];
      if (text) texts[pledge.textRef] = text;
      pledges.set(pledge.id, pledge);
      if (before === undefined) {
        plan.counts.pledgesAdded += 1;
        preview.changes.push({ kind: 'pakta', change: 'new', id: pledge.id, year, label, detail: statusDetail(pledge), at: pledge.createdAt });
      } else {
        if (!sameStatus(statusOf(before), statusOf(pledge))) plan.counts.statusChanges += 1;
        preview.changes.push({ kind: 'pakta', change: 'status', id: pledge.id, year, label, detail: sameStatus(statusOf(before), statusOf(pledge)) ? 'Catatan cetak diperbarui' : statusDetail(pledge), at: lastAt.get(pledge.id) ?? pledge.createdAt });
      }
    }
    const next: ReceivedYearSender = { label: sender.label, fingerprint: sender.fingerprint, receivedAt: held?.receivedAt ?? receivedAt, texts, pledges: [...pledges.values()].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id)), events };
    if (held === undefined || !same({ ...held, receivedAt: '' }, { ...next, receivedAt: '' })) plan.years.set(year, { year, senders: { ...doc.data.senders, [sender.installationId]: next } });
  }
  if (carried.declarations !== null) {
    const doc = await storage.open(receivedDeclarationsSpec);
    const held = doc.data.senders[sender.installationId];
    const records = new Map((held?.records ?? []).map((record) => [record.id, record]));
    for (const record of carried.declarations) {
      const label = `Piagam Pencanangan — ${record.title}`;
      const year = Number(record.date.slice(0, 4));
      if (ours.has(record.id) || others.ids.has(record.id)) {
        refuse('piagam', record.id, label, CLASH);
        continue;
      }
      if (!signedBy(record.qrPayload, canonicalDeclarationContent(toDeclarationRecord(record)), record.id, keys)) {
        refuse('piagam', record.id, label, 'isi piagam tidak cocok dengan tanda tangan digital penerbitnya.');
        continue;
      }
      noteSigner(record.qrPayload);
      const before = records.get(record.id);
      // An older copy than the one held (an earlier bundle opened later) changes nothing.
      if (before !== undefined && (same(before, record) || before.updatedAt > record.updatedAt)) {
        preview.unchanged += 1;
        continue;
      }
      records.set(record.id, record);
      if (before === undefined) plan.counts.declarationsAdded += 1;
      else plan.counts.declarationsUpdated += 1;
      preview.changes.push({ kind: 'piagam', change: before === undefined ? 'new' : 'updated', id: record.id, year, label, detail: `${record.place}, ${dateOf(record.date)}`, at: record.updatedAt });
    }
    const next = { label: sender.label, fingerprint: sender.fingerprint, receivedAt: held?.receivedAt ?? receivedAt, records: [...records.values()].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id)) };
    if (held === undefined || !same({ ...held, receivedAt: '' }, { ...next, receivedAt: '' })) plan.declarations = { senders: { ...doc.data.senders, [sender.installationId]: next } };
  }
  preview.state = 'valid';
  return plan;
}

// ---------------------------------------------------------------- state hash

/**
 * The documents component of the canonical state of `years` × `unitIds` (empty: all units): own
 * and received pledges and declarations keyed by id, each with its code and latest status — so two
 * laptops that exchanged both ways hold equal components. Null when there are none.
 */
export async function documentsState(storage: Storage, years: readonly number[], unitIds: readonly string[]): Promise<CanonicalValue | null> {
  const units = new Set(unitIds);
  const pledges: Record<string, CanonicalValue> = {};
  const add = (pledge: StoredPledge): void => {
    if (units.size > 0 && (pledge.unitId === null || !units.has(pledge.unitId))) return;
    pledges[pledge.id] = { code: pledge.code, revoked: pledge.revoked ? { at: pledge.revoked.at, reason: pledge.revoked.reason } : null, wetSignedAt: pledge.wetSignedAt, scan: pledge.scan?.blobHash ?? null };
  };
  for (const year of years) {
    for (const pledge of (await storage.open(pledgeYearSpec(year))).data.pledges) add(pledge);
    for (const section of Object.values((await storage.open(receivedYearSpec(year))).data.senders)) for (const pledge of section.pledges) add(pledge);
  }
  const declarations: Record<string, CanonicalValue> = {};
  const received = Object.values((await storage.open(receivedDeclarationsSpec)).data.senders).flatMap((section) => section.records);
  for (const record of [...(await storage.open(declarationsSpec)).data.records, ...received]) {
    if (declarationCovers(record, years, units)) declarations[record.id] = { code: record.code, updatedAt: record.updatedAt };
  }
  if (Object.keys(pledges).length === 0 && Object.keys(declarations).length === 0) return null;
  return { pledges, declarations };
}

/** What the apply answers for the documents part. */
export function documentsResult(plan: DocumentsPlan): BundleDocumentsResult {
  const skipped = plan.preview.state === 'refused' ? plan.preview.reason : null;
  return { ...plan.counts, refused: plan.preview.refused, skipped };
}
