import { randomBytes, randomUUID, verify } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import {
  BUNDLE_EXTENSION,
  BUNDLE_FORMAT,
  BUNDLE_FORMAT_VERSION,
  MAX_BUNDLE_BYTES,
  bundleManifestSchema,
  type BundleApplyInput,
  type BundleApplyResult,
  type BundleAuditPreview,
  type BundleExportInput,
  type BundleExportStatus,
  type BundleManifest,
  type BundlePreview,
  type BundleStateHash,
  type BundleWorksheetPreview,
} from '../../../shared/bundles';
import { formatFileSize } from '../../../shared/limits';
import { canonicalJson, type CanonicalValue } from '../../../shared/pakta/canonical';
import { AppFailure } from '../../../shared/result';
import { auditImportSchema, type AuditImport, type AuditService } from '../audit';
import { MASTER_KEY_GROUP, carryPersonStamps, isUnitKey, masterInScope, masterValues, personIds, refreshStamps, sameUnitOtherId, samePersonTwoNips, type UnitValue, type MergeOutcome, type Resolutions, type SyncRecord, type StoredStamp } from '../../../shared/sync';
import type { Worksheet } from '../../../shared/worksheets';
import type { BlobStore } from '../files';
import { deflateEntry, zipWriter } from '../files/zipWriter';
import type { Installation } from '../installation';
import type { MasterDataService } from '../masterdata';
import { masterSpec } from '../masterdata';
import type { Sandbox } from '../sandbox';
import { readBundle } from '../sandbox/bundle';
import type { SigningService } from '../signing';
import { parsePayload, signedMessage } from '../signing/codes';
import { formatFingerprint, keyFingerprint, listTrustedKeys, parsePublicKeyPem } from '../signing/keys';
import type { Storage, StoredDocument } from '../storage';
import { deepFreeze } from '../storage/document';
import { WORKSHEETS_FOLDER, worksheetIdOfDocument, worksheetSpec } from '../worksheets/documents';
import {
  applyMasterRecords,
  bundleMasterEntrySchema,
  bundleWorksheetEntrySchema,
  changesOf,
  currentValues,
  masterEntryIds,
  masterRecords,
  mergeMaster,
  planWorksheet,
  type BundleMasterEntry,
  type BundleWorksheetEntry,
  type WorksheetPlan,
} from './plan';
import { MASTER_STAMPS, refreshedStamps, stampsSpec, textHash, valueHash } from './stamps';
import { documentsResult, documentsState, emptyCarried, exportDocuments, ownKeyFingerprints, planDocuments, readDocumentEntry, trustIssuer, type CarriedDocuments, type DocumentsPlan } from './documents';
import type { PledgeService } from '../pakta';
import { receivedDeclarationsSpec, receivedYearSpec } from '../pakta/received';

/**
 * Bundles between installations (`.zidesk`): export a selection as a signed zip, preview what it
 * would change here, apply it with the person's resolutions. The merge itself is shared/sync.
 */
export interface BundleService {
  startExport(input: BundleExportInput): { jobId: string };
  exportStatus(jobId: string): BundleExportStatus;
  preview(file: string): Promise<BundlePreview>;
  apply(input: BundleApplyInput): Promise<BundleApplyResult>;
  /** Imports the sender's key of a previewed bundle as trusted, under `label`. */
  trustSender(previewId: string, label: string): Promise<BundlePreview>;
  /**
   * The canonical hash of the worksheets of `years` × `unitIds` and the master data those units
   * depend on (their records and their people); no unit: every worksheet of the years and all master data.
   */
  stateHash(years: readonly number[], unitIds: readonly string[]): Promise<BundleStateHash>;
}

export interface BundleDeps {
  storage: Storage;
  blobs: BlobStore;
  master: MasterDataService;
  installation: Installation;
  signing: () => Promise<SigningService>;
  sandbox: Sandbox;
  /** The sender's log goes out with each bundle and is stored with the data it carries. */
  audit: Pick<AuditService, 'exportEvents' | 'checkForeign' | 'importForeign'>;
  currentUser: () => string;
  now: () => Date;
  version: string;
  /** Own pledges (year documents, their checked status log) for the "Pakta & piagam" part. */
  pledges: Pick<PledgeService, 'yearDocument' | 'integrity'>;
}

interface ParsedBundle {
  file: string;
  manifest: BundleManifest;
  worksheets: BundleWorksheetEntry[];
  master: BundleMasterEntry | null;
  blobs: { hash: string; bytes: Uint8Array }[];
  hasAudit: boolean;
  /** The sender's audit log when carried and well-formed (its chain is checked by the audit service). */
  audit: AuditImport | null;
  /** Why the carried audit log is refused before its chain is even checked. */
  auditProblem: string | null;
  /** Pledges and declarations carried ("Pakta & piagam"). */
  documents: CarriedDocuments;
}

const MANIFEST = 'manifest.json';
const AUDIT_ENTRY = 'audit.json';
/** Largest bundle read back on the main thread after writing (larger ones go through the sandbox). */
const READ_BACK_IN_MAIN_BYTES = 16 * 1024 * 1024;
/** Previews kept in memory (the latest ones; an older id asks for the file again). */
const MAX_PREVIEWS = 2;

const refuse = (message: string): AppFailure => new AppFailure('INVALID_INPUT', message);

function unsignedContent(manifest: Omit<BundleManifest, 'signature'>): string {
  return canonicalJson(manifest as unknown as CanonicalValue);
}

/** Checks the manifest's signature with the public key the bundle carries (trust is decided apart). */
function checkSignature(manifest: BundleManifest): void {
  const { signature, ...unsigned } = manifest;
  const payload = parsePayload(signature);
  const failed = refuse('Tanda tangan paket tidak cocok: paket ini telah diubah setelah ditandatangani pengirimnya, atau bukan dari ZI Desk. Minta pengirim mengirim ulang paketnya. Tidak ada data yang diubah.');
  if (payload === null || payload.docId !== manifest.id || payload.keyFingerprint !== manifest.sender.fingerprint) throw failed;
  let key;
  try {
    key = parsePublicKeyPem(manifest.sender.publicKeyPem);
  } catch {
    throw failed;
  }
  if (keyFingerprint(key) !== manifest.sender.fingerprint) throw failed;
  if (textHash(unsignedContent(unsigned)) !== payload.sha256) throw failed;
  if (!verify(null, signedMessage(payload.docId, payload.sha256), key, payload.signature)) throw failed;
}

function hex(bytes: number): string {
  return randomBytes(bytes).toString('hex');
}

export function createBundleService(deps: BundleDeps): BundleService {
  const { storage, blobs, installation } = deps;
  const jobs = new Map<string, BundleExportStatus>();
  const previews = new Map<string, ParsedBundle>();
  const refreshedOf = new WeakMap<Worksheet, { from: Readonly<Record<string, StoredStamp>>; stamps: Readonly<Record<string, StoredStamp>> }>();

  async function worksheetIds(years: readonly number[], unitIds: readonly string[]): Promise<string[]> {
    const wanted = new Set(unitIds);
    return (await storage.list(`${WORKSHEETS_FOLDER}/`))
      .map(worksheetIdOfDocument)
      .filter((ref) => ref !== undefined && years.includes(ref.year) && (wanted.size === 0 || wanted.has(ref.unitId)))
      .map((ref) => (ref as { id: string }).id);
  }

  /**
   * Our worksheet and its stamps brought up to date; written only when `persist` (an export: what
   * was sent is what counts). A preview computes the same stamps in memory (refreshing is
   * deterministic), and applying writes them with the merge.
   */
  async function ourWorksheet(id: string, persist: boolean): Promise<{ worksheet: Worksheet | null; stamps: Readonly<Record<string, StoredStamp>> }> {
    const worksheet = (await storage.open(worksheetSpec(id))).data.worksheet;
    const doc = await storage.open(stampsSpec(id));
    if (worksheet === null) return { worksheet, stamps: doc.data.stamps };
    if (persist) return { worksheet, stamps: (await refreshedStamps(storage, id, currentValues(worksheet), installation.id)).stamps };
    // Refreshing is deterministic in the two snapshots (both frozen, replaced on every write), so
    // the result is kept per worksheet snapshot while the stamps snapshot is the same: a second
    // preview, and the apply after a preview, hash nothing of ours again.
    const cached = refreshedOf.get(worksheet);
    if (cached?.from === doc.data.stamps) return { worksheet, stamps: cached.stamps };
    const stamps = refreshStamps(doc.data.stamps, currentValues(worksheet), installation.id, valueHash).stamps;
    refreshedOf.set(worksheet, { from: doc.data.stamps, stamps });
    return { worksheet, stamps };
  }

  async function ourMaster(): Promise<Readonly<Record<string, StoredStamp>>> {
    const data = deps.master.data();
    return (await refreshedStamps(storage, MASTER_STAMPS, masterValues(data, deps.currentUser()), installation.id, (stamps) => carryPersonStamps(stamps, data.people))).stamps;
  }

  /**
   * A bundle read back after writing, before it gets its final name: the size on disk, then the
   * same checks the receiving laptop makes (the sandbox's central directory, manifest and every
   * entry's SHA-256; the manifest's signature), and the manifest must be the one written. A stick
   * that wrote garbage (or lost the end of the file) fails here with the reason instead of at the
   * colleague's laptop. The operating system may answer from its cache rather than the device; a
   * device that lies about a synced write cannot be caught from here.
   */
  async function readBack(file: string, size: number, manifest: BundleManifest): Promise<void> {
    const failed = (reason: string): AppFailure =>
      new AppFailure('STORAGE_ERROR', `Paket sudah ditulis, tetapi tidak terbaca kembali dengan benar: ${reason} Berkas itu telah dihapus. Media penyimpanan (misalnya flashdisk) mungkin rusak, penuh, atau tercabut: periksa medianya, lalu buat paket lagi atau pilih folder lain.`);
    const onDisk = (await fsp.stat(file)).size;
    if (onDisk !== size) throw failed(`ukurannya ${formatFileSize(onDisk)}, seharusnya ${formatFileSize(size)}.`);
    if (size > MAX_BUNDLE_BYTES) throw failed(`ukurannya ${formatFileSize(size)}, lebih dari batas ${formatFileSize(MAX_BUNDLE_BYTES)} yang dapat dibuka rekan. Pilih lebih sedikit tahun atau unit.`);
    const bytes = await fsp.readFile(file);
    if (bytes.byteLength !== size) throw failed(`terbaca ${formatFileSize(bytes.byteLength)}, seharusnya ${formatFileSize(size)}.`);
    let read;
    try {
      // Our own bytes, checked by the same code either way: a small bundle here (tens of
      // milliseconds, no worker to start), a large one in the sandbox so the main loop stays free.
      read = size <= READ_BACK_IN_MAIN_BYTES ? readBundle(bytes) : await deps.sandbox.readBundle(bytes);
    } catch (error) {
      if (error instanceof AppFailure) throw failed('susunan ZIP atau isi salah satu bagiannya rusak (tidak cocok dengan daftar isinya).');
      throw error;
    }
    let back: BundleManifest;
    try {
      back = bundleManifestSchema.parse(JSON.parse(read.manifest));
      checkSignature(back);
    } catch {
      throw failed('daftar isi atau tanda tangannya tidak cocok.');
    }
    if (canonicalJson(back as unknown as CanonicalValue) !== canonicalJson(manifest as unknown as CanonicalValue)) throw failed('daftar isinya berbeda dari yang ditulis.');
  }

  async function writeExport(jobId: string, input: BundleExportInput): Promise<void> {
    const status = jobs.get(jobId) as BundleExportStatus;
    const ids = input.kinds.includes('worksheets') ? await worksheetIds(input.years, input.unitIds) : [];
    status.total = ids.length + 2;
    const entries: { name: string; bytes: Uint8Array<ArrayBuffer>; deflate: boolean }[] = [];
    const packed = (bytes: Uint8Array<ArrayBuffer>, deflate: boolean): Uint8Array<ArrayBuffer> => (deflate ? deflateEntry(bytes) : bytes);
    const blobHashes = new Set<string>();
    const unitIds = new Set(input.unitIds);
    const encoder = new TextEncoder();
    for (const id of ids) {
      const { worksheet, stamps } = await ourWorksheet(id, true);
      if (worksheet === null) continue;
      unitIds.add(worksheet.unitId);
      const plain: Record<string, unknown> = {};
      for (const [key, { h: _hash, ...stamp }] of Object.entries(stamps)) plain[key] = stamp;
      entries.push({ name: `worksheets/${id}.json`, bytes: encoder.encode(JSON.stringify({ worksheet, stamps: plain })), deflate: true });
      for (const item of Object.values(worksheet.items)) for (const evidence of item.evidence) if (evidence.kind === 'file') blobHashes.add(evidence.hash);
      status.done += 1;
    }
    let units = 0;
    let people = 0;
    if (input.kinds.includes('master')) {
      const stamps = await ourMaster();
      const records = masterRecords(deps.master.data(), stamps, deps.currentUser());
      const all = input.unitIds.length === 0 && !input.kinds.includes('worksheets');
      const selected: Record<string, SyncRecord & { id?: string }> = masterInScope(records, all ? null : unitIds);
      // Every person goes with the record's id: it keys people without a NIP and ties a person given a NIP later to the same record.
      const ids = personIds(deps.master.data().people);
      for (const key of Object.keys(selected)) {
        const id = ids[key];
        if (isUnitKey(key)) units += 1;
        else people += 1;
        if (id !== undefined) selected[key] = { ...(selected[key] as SyncRecord), id };
      }
      entries.push({ name: 'master.json', bytes: encoder.encode(JSON.stringify({ records: selected })), deflate: true });
    }
    status.done += 1;
    const documents = input.kinds.includes('documents') ? await exportDocuments({ storage, blobs, pledges: deps.pledges, signing: deps.signing, installationId: installation.id }, input.years, input.unitIds) : null;
    for (const entry of documents?.entries ?? []) entries.push({ name: entry.name, bytes: encoder.encode(JSON.stringify(entry.json)), deflate: true });
    for (const hash of documents?.blobs ?? []) blobHashes.add(hash);
    for (const hash of [...blobHashes].sort()) entries.push({ name: `blobs/${hash}`, bytes: new Uint8Array(await blobs.get(hash)), deflate: false });
    const signing = await deps.signing();
    // The whole of this installation's log (after the keys exist: its head is signed with them).
    // A log of ours that fails its checks is not sent: the export stops with the reason.
    const log = await deps.audit.exportEvents();
    entries.push({ name: AUDIT_ENTRY, bytes: encoder.encode(JSON.stringify(log)), deflate: true });
    // Compressed before the manifest is written: it records each entry's packed size.
    const packedEntries = entries.map((entry) => ({ ...entry, packed: packed(entry.bytes, entry.deflate) }));
    const key = signing.exportPublicKey();
    // Older pledges and logs are signed by the keys "Ganti kunci" retired: they travel with the
    // documents, inside the signed manifest (absent when there are none, as older bundles read).
    const retired = documents !== null && documents.entries.length > 0 ? signing.retiredPublicKeys() : null;
    // Each earlier key's endorsement of its successor goes with every bundle (its audit log may be
    // held elsewhere under an earlier key): the receiver follows the sender only along them.
    const succession = signing.keySuccession();
    const unsigned: Omit<BundleManifest, 'signature'> = {
      format: BUNDLE_FORMAT,
      formatVersion: BUNDLE_FORMAT_VERSION,
      id: `bundle-${hex(8)}`,
      createdAt: deps.now().toISOString(),
      appVersion: deps.version,
      sender: {
        installationId: installation.id,
        label: installation.label(),
        user: deps.currentUser(),
        publicKeyPem: key.pem,
        fingerprint: key.fingerprint,
        ...(retired && retired.codeKeys.length > 0 ? { retiredKeys: retired.codeKeys.map(({ publicKeyPem, fingerprint }) => ({ publicKeyPem, fingerprint })) } : {}),
        ...(retired && retired.certificatesPem.length > 0 ? { retiredCertificates: retired.certificatesPem } : {}),
        ...(succession.length > 0 ? { keySuccession: succession } : {}),
      },
      selection: { years: [...input.years], unitIds: [...input.unitIds], kinds: [...input.kinds] },
      counts: { worksheets: ids.length, units, people, files: blobHashes.size, ...(documents ? { pledges: documents.pledges, declarations: documents.declarations } : {}) },
      entries: packedEntries.map((entry) => ({ name: entry.name, size: entry.bytes.byteLength, packed: entry.packed.byteLength, sha256: textHash(entry.bytes) })),
      audit: { entry: AUDIT_ENTRY, events: log.events.length },
    };
    const manifest: BundleManifest = { ...unsigned, signature: signing.signDocument(unsignedContent(unsigned)).qrPayload };
    const stamp = unsigned.createdAt.slice(0, 10);
    const file = path.join(input.destination, `ZI-Desk-paket-${stamp}-${unsigned.id.slice(7, 15)}.${BUNDLE_EXTENSION}`);
    const part = `${file}.part`;
    let size: number;
    try {
      const out = await fsp.open(part, 'w');
      try {
        const zip = zipWriter(out);
        const manifestBytes = encoder.encode(JSON.stringify(manifest));
        await zip.add(MANIFEST, manifestBytes, deflateEntry(manifestBytes));
        for (const entry of packedEntries) await zip.add(entry.name, entry.bytes, entry.deflate ? entry.packed : undefined);
        await zip.end();
        size = zip.size;
        await out.sync();
      } finally {
        await out.close();
      }
      await readBack(part, size, manifest);
    } catch (error) {
      // Nothing half-written stays behind: the file gets its final name only once read back whole.
      await fsp.rm(part, { force: true }).catch(() => undefined);
      throw error;
    }
    await fsp.rename(part, file);
    status.done = status.total;
    status.state = 'done';
    status.result = { file, sizeBytes: size, worksheets: ids.length, units, people, files: blobHashes.size, ...(documents ? { pledges: documents.pledges, declarations: documents.declarations } : {}) };
  }

  async function readFile(file: string): Promise<ParsedBundle> {
    let stat;
    try {
      stat = await fsp.stat(file);
    } catch {
      throw new AppFailure('NOT_FOUND', `Berkas paket tidak ditemukan di ${file}. Periksa lokasinya, lalu coba lagi.`);
    }
    if (!stat.isFile()) throw refuse('Lokasi itu bukan berkas. Pilih berkas .zidesk yang diterima dari rekan.');
    if (stat.size > MAX_BUNDLE_BYTES) {
      throw new AppFailure('TOO_LARGE', `Paket terlalu besar (${formatFileSize(stat.size)}; paling besar ${formatFileSize(MAX_BUNDLE_BYTES)}). Minta rekan mengirim paket yang lebih kecil, misalnya per tahun atau per unit.`);
    }
    const bytes = await fsp.readFile(file);
    const read = await deps.sandbox.readBundle(bytes);
    const manifest = bundleManifestSchema.parse(JSON.parse(read.manifest));
    checkSignature(manifest);
    const worksheets: BundleWorksheetEntry[] = [];
    let master: BundleMasterEntry | null = null;
    let hasAudit = false;
    let audit: AuditImport | null = null;
    let auditProblem: string | null = null;
    const documents = emptyCarried();
    const broken = refuse('Isi paket tidak dapat dibaca oleh versi ZI Desk ini. Minta pengirim membuat paket baru. Tidak ada data yang diubah.');
    for (const entry of read.json) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(entry.text);
      } catch {
        throw broken;
      }
      if (entry.name.startsWith('worksheets/')) {
        const result = bundleWorksheetEntrySchema.safeParse(parsed);
        if (!result.success || `worksheets/${result.data.worksheet.id}.json` !== entry.name) throw broken;
        // Frozen like a stored snapshot: read only from here on, so its values are computed once.
        worksheets.push(deepFreeze(result.data));
      } else if (entry.name === 'master.json') {
        const result = bundleMasterEntrySchema.safeParse(parsed);
        if (!result.success) throw broken;
        master = result.data;
      } else if (entry.name.startsWith('documents/')) {
        if (!readDocumentEntry(documents, entry.name, parsed)) throw broken;
      } else if (entry.name === AUDIT_ENTRY) {
        hasAudit = true;
        const result = auditImportSchema.safeParse(parsed);
        if (!result.success) auditProblem = 'riwayat audit dalam paket tidak berformat benar.';
        else if (result.data.installationId !== manifest.sender.installationId) auditProblem = 'riwayat audit dalam paket bukan milik instalasi pengirimnya.';
        else audit = result.data;
      }
    }
    return { file, manifest, worksheets, master, blobs: read.blobs.map((blob) => ({ hash: blob.name.slice(6), bytes: bytes.subarray(blob.start, blob.start + blob.size) })), hasAudit, audit, auditProblem, documents };
  }

  interface Plan {
    worksheets: WorksheetPlan[];
    master: MergeOutcome | null;
    masterNext: ReturnType<typeof applyMasterRecords> | null;
  }

  async function plan(bundle: ParsedBundle, resolutions: Resolutions): Promise<Plan> {
    const worksheets: WorksheetPlan[] = [];
    for (const entry of bundle.worksheets) {
      const ours = await ourWorksheet(entry.worksheet.id, false);
      worksheets.push(planWorksheet(ours.worksheet, ours.stamps, entry, resolutions, valueHash));
    }
    if (bundle.master === null) return { worksheets, master: null, masterNext: null };
    const stamps = await ourMaster();
    const master = mergeMaster(deps.master.data(), stamps, deps.currentUser(), bundle.master, resolutions);
    return { worksheets, master, masterNext: applyMasterRecords(deps.master.data(), master, randomUUID, masterEntryIds(bundle.master)) };
  }

  /** The carried audit log checked against what is held here (nothing is stored). */
  async function auditOf(bundle: ParsedBundle): Promise<BundleAuditPreview> {
    const events = bundle.audit?.events.length ?? 0;
    if (!bundle.hasAudit) return { state: 'none', events, added: 0, reason: null };
    if (bundle.manifest.sender.installationId === installation.id) return { state: 'own', events, added: 0, reason: null };
    const refused = (why: string): BundleAuditPreview => ({ state: 'broken', events, added: 0, reason: `${why} Paket ini tidak dapat diterapkan karena data dan riwayatnya harus diterima bersama. Minta pengirim memeriksa menu Riwayat Audit di laptopnya, lalu membuat paket baru.` });
    if (bundle.audit === null) return refused(`Riwayat audit dari ${bundle.manifest.sender.label || 'laptop pengirim'} ditolak: ${bundle.auditProblem ?? 'riwayat audit tidak dapat dibaca.'}`);
    try {
      return { state: 'valid', events, added: (await deps.audit.checkForeign(bundle.audit, bundle.manifest.sender.keySuccession)).added, reason: null };
    } catch (error) {
      if (error instanceof AppFailure) return refused(error.message);
      throw error;
    }
  }

  async function view(previewId: string, bundle: ParsedBundle): Promise<BundlePreview> {
    const signing = await deps.signing();
    const { sender } = bundle.manifest;
    const own = sender.fingerprint === signing.fingerprint;
    const trusted = own || (await listTrustedKeys(storage.dataDir)).some((key) => key.fingerprint === sender.fingerprint);
    const placeOf = (inst: string): string => (inst === installation.id ? 'laptop ini' : inst === sender.installationId ? sender.label || 'laptop pengirim' : 'instalasi lain');
    const planned = await plan(bundle, {});
    const counts = { newRecords: 0, updates: 0, conflicts: 0, unchanged: 0 };
    const count = (outcomes: readonly { kind: string }[]): void => {
      for (const outcome of outcomes) {
        if (outcome.kind === 'new') counts.newRecords += 1;
        else if (outcome.kind === 'theirs') counts.updates += 1;
        else if (outcome.kind === 'conflict') counts.conflicts += 1;
        else counts.unchanged += 1;
      }
    };
    const worksheets: BundleWorksheetPreview[] = planned.worksheets.map((entry) => {
      if (entry.refused === null) count(entry.merge.records);
      return {
        id: entry.id,
        unitId: entry.theirs.unitId,
        unitName: entry.theirs.unitName,
        year: entry.theirs.year,
        isNew: entry.ours === null,
        final: entry.ours?.status === 'FINAL' || entry.theirs.status === 'FINAL',
        refused: entry.refused,
        changes: entry.refused === null ? changesOf(entry.id, entry.merge.records, placeOf) : [],
      };
    });
    if (planned.master) count(planned.master.records);
    const data = deps.master.data();
    const theirPeople = Object.values(bundle.master?.records ?? {}).map((record) => record.value as { nama: string; nip: string; unitId: string }).filter((value) => typeof value.nip === 'string');
    // The bundle's units: from its master data, else as its worksheets name them.
    const theirUnits = new Map<string, Pick<UnitValue, 'id' | 'nama' | 'singkatan'>>();
    for (const entry of bundle.worksheets) theirUnits.set(entry.worksheet.unitId, { id: entry.worksheet.unitId, nama: entry.worksheet.unitName, singkatan: '' });
    for (const [key, record] of Object.entries(bundle.master?.records ?? {})) if (isUnitKey(key)) theirUnits.set(key.slice(5), record.value as UnitValue);
    return {
      previewId,
      bundleId: bundle.manifest.id,
      createdAt: bundle.manifest.createdAt,
      sender: { installationId: sender.installationId, label: sender.label, user: sender.user, fingerprint: sender.fingerprint, fingerprintDisplay: formatFingerprint(sender.fingerprint), trusted, own },
      worksheets,
      master: planned.master ? changesOf(MASTER_KEY_GROUP, planned.master.records, placeOf) : [],
      twoNips: samePersonTwoNips(data.people, theirPeople),
      sameUnits: sameUnitOtherId(data.units, [...theirUnits.values()]),
      counts,
      needsFinalConfirmation: planned.worksheets.some((entry) => entry.refused === null && entry.next !== null && (entry.ours?.status === 'FINAL' || entry.next.status === 'FINAL')),
      hasAudit: bundle.hasAudit,
      audit: await auditOf(bundle),
      documents: (await documentsPlan(bundle)).preview,
    };
  }

  /** The bundle's documents weighed against what is held here, with this installation's keys never taken as the sender's. */
  async function documentsPlan(bundle: ParsedBundle): Promise<DocumentsPlan> {
    return planDocuments(storage, bundle.documents, bundle.manifest, { installationId: installation.id, keys: ownKeyFingerprints(await deps.signing()) }, deps.now);
  }

  function parsedPreview(previewId: string): ParsedBundle {
    const bundle = previews.get(previewId);
    if (bundle === undefined) throw new AppFailure('NOT_FOUND', 'Pratinjau paket sudah tidak tersedia. Buka berkas paketnya kembali.');
    return bundle;
  }

  /**
   * The canonical hash of a selection: the worksheets of `years` × `unitIds` and the master records
   * those units depend on (`masterInScope`); no unit chosen: every worksheet of those years and the
   * whole master data. Local bookkeeping (ids of people with a NIP, creation dates) is left out, so
   * two laptops holding the same data of the selection give the same hash.
   */
  async function canonicalHash(years: readonly number[], unitIds: readonly string[]): Promise<BundleStateHash> {
    const ids = (await worksheetIds(years, unitIds)).sort();
    const worksheets: Record<string, CanonicalValue> = {};
    for (const id of ids) {
      const worksheet = (await storage.open(worksheetSpec(id))).data.worksheet;
      if (worksheet !== null) worksheets[id] = worksheet as unknown as CanonicalValue;
    }
    const master: Record<string, CanonicalValue> = {};
    const scope = masterInScope(masterValues(deps.master.data(), ''), unitIds.length === 0 ? null : new Set(unitIds));
    for (const [key, value] of Object.entries(scope)) master[key] = value.value;
    // Pledges and declarations (own and received) are a component of their own, present only when there are any.
    const documents = await documentsState(storage, years, unitIds);
    return { hash: textHash(canonicalJson(documents === null ? { worksheets, master } : { worksheets, master, documents })), worksheets: ids.length };
  }

  return {
    startExport(input) {
      if (!path.isAbsolute(input.destination)) throw refuse('Tulis lokasi folder tujuan secara lengkap, misalnya E:\\Paket atau /media/usb/Paket.');
      const jobId = `bnd-${hex(8)}`;
      const status: BundleExportStatus = { jobId, state: 'running', done: 0, total: 1, result: null, error: null };
      jobs.set(jobId, status);
      void (async () => {
        try {
          await fsp.mkdir(input.destination, { recursive: true });
          await writeExport(jobId, input);
        } catch (error) {
          status.state = 'failed';
          status.error = error instanceof AppFailure ? error.message : `Paket tidak dapat ditulis ke ${input.destination}: pastikan folder itu ada dan dapat ditulisi, lalu coba lagi.`;
        }
      })();
      return { jobId };
    },

    exportStatus(jobId) {
      const status = jobs.get(jobId);
      if (status === undefined) throw new AppFailure('NOT_FOUND', 'Pekerjaan pembuatan paket tidak dikenal. Mulai lagi dari "Kirim ke rekan".');
      return { ...status, result: status.result === null ? null : { ...status.result } };
    },

    async preview(file) {
      if (!path.isAbsolute(file)) throw refuse('Tulis lokasi berkas .zidesk secara lengkap, misalnya E:\\Paket\\paket.zidesk.');
      const bundle = await readFile(file);
      const previewId = `prv-${hex(8)}`;
      previews.set(previewId, bundle);
      while (previews.size > MAX_PREVIEWS) previews.delete(previews.keys().next().value as string);
      return view(previewId, bundle);
    },

    async trustSender(previewId, label) {
      const bundle = parsedPreview(previewId);
      const signing = await deps.signing();
      if (bundle.manifest.sender.fingerprint !== signing.fingerprint) {
        await signing.importTrustedKey(bundle.manifest.sender.publicKeyPem, label);
        // The certificates the sender's PDFs are signed with, and its earlier code keys, come with its
        // documents: trusted with the key, so their PDFs and codes verify here.
        // The plan (every record's signature verified again) only when earlier keys need its signers.
        await trustIssuer(signing, storage, bundle.documents, bundle.manifest, label, async () => (await documentsPlan(bundle)).signers);
      }
      return view(previewId, bundle);
    },

    async apply(input) {
      const bundle = parsedPreview(input.previewId);
      const planned = await plan(bundle, input.resolutions);
      const unresolved = planned.worksheets.filter((entry) => entry.refused === null).reduce((n, entry) => n + entry.merge.unresolved.length, 0) + (planned.master?.unresolved.length ?? 0);
      if (unresolved > 0) throw new AppFailure('CONFLICT', `Masih ada ${unresolved} perbedaan yang belum dipilih (milik saya atau milik rekan). Pilih semuanya, lalu terapkan lagi. Tidak ada data yang diubah.`);
      const writes = planned.worksheets.filter((entry) => entry.refused === null && entry.next !== null);
      if (!input.allowFinal && writes.some((entry) => entry.ours?.status === 'FINAL' || entry.next?.status === 'FINAL')) {
        throw new AppFailure('CONFLICT', 'Paket ini mengubah LKE berstatus Final. Centang "Gabungkan juga ke LKE Final" bila Inspektorat memang memutuskannya, lalu terapkan lagi. Tidak ada data yang diubah.');
      }
      // The sender's log goes with its data: a log that fails its checks refuses the whole bundle.
      const audit = await auditOf(bundle);
      if (audit.state === 'broken') throw refuse(`${audit.reason ?? ''} Tidak ada data yang diubah.`);
      const documents = await documentsPlan(bundle);
      let filesAdded = 0;
      // Attachments first: content-addressed, only ever added, so they need no undo.
      for (const blob of bundle.blobs) {
        if (await blobs.has(blob.hash)) continue;
        await blobs.put(blob.bytes);
        filesAdded += 1;
      }
      // All or nothing: the documents are written side by side (each write is atomic); when any
      // fails, those written are put back.
      const undo: (() => Promise<unknown>)[] = [];
      let auditAdded = 0;
      const write = async <T>(doc: StoredDocument<T>, next: T): Promise<void> => {
        const before = doc.data;
        await doc.update(() => next);
        undo.push(() => doc.update(() => before));
      };
      try {
        const pending: Promise<void>[] = [];
        for (const entry of planned.worksheets.filter((e) => e.refused === null)) {
          const doc = await storage.open(worksheetSpec(entry.id));
          const stampsDoc = await storage.open(stampsSpec(entry.id));
          if (entry.next !== null) pending.push(write(doc, { worksheet: entry.next }));
          const stamps = entry.stamps();
          if (canonicalJson(stampsDoc.data.stamps as unknown as CanonicalValue) !== canonicalJson(stamps as unknown as CanonicalValue)) pending.push(write(stampsDoc, { stamps }));
        }
        const settled = await Promise.allSettled(pending);
        const failure = settled.find((outcome) => outcome.status === 'rejected');
        if (failure !== undefined) throw failure.reason;
        if (planned.master !== null && planned.masterNext !== null) {
          if (planned.masterNext.units + planned.masterNext.people > 0) await write(await storage.open(masterSpec), planned.masterNext.next);
          const stamps: Record<string, StoredStamp> = {};
          for (const [key, record] of Object.entries(planned.master.merged)) stamps[key] = { ...record.stamp, h: valueHash(record.value) };
          const stampsDoc = await storage.open(stampsSpec(MASTER_STAMPS));
          if (canonicalJson(stampsDoc.data.stamps as unknown as CanonicalValue) !== canonicalJson(stamps as unknown as CanonicalValue)) await write(stampsDoc, { stamps });
        }
        // Received pledges and declarations, stored apart from our own (pakta/received.ts).
        for (const [year, next] of documents.years) await write(await storage.open(receivedYearSpec(year)), next);
        if (documents.declarations !== null) await write(await storage.open(receivedDeclarationsSpec), documents.declarations);
        // Last, inside the undo: when storing the log fails, the data written is put back. The
        // audit service verifies every log again after storing it.
        if (audit.state === 'valid' && bundle.audit !== null) auditAdded = (await deps.audit.importForeign(bundle.audit, bundle.manifest.sender.keySuccession)).added;
      } catch (error) {
        for (const step of undo.reverse()) await step().catch(() => undefined);
        throw error;
      }
      // A sender trusted earlier (before its documents came) has its PDF certificates and earlier code keys trusted with them.
      if (documents.preview.state === 'valid') {
        const trustedKey = (await listTrustedKeys(storage.dataDir)).find((key) => key.fingerprint === bundle.manifest.sender.fingerprint);
        if (trustedKey) await trustIssuer(await deps.signing(), storage, bundle.documents, bundle.manifest, trustedKey.label, async () => documents.signers);
      }
      const { selection } = bundle.manifest;
      return {
        worksheetsChanged: writes.filter((entry) => entry.ours !== null).length,
        worksheetsAdded: writes.filter((entry) => entry.ours === null).length,
        recordsChanged: planned.worksheets.reduce((n, entry) => n + (entry.next === null ? 0 : entry.merge.records.filter((r) => r.kind !== 'unchanged').length), 0),
        unitsChanged: planned.masterNext?.units ?? 0,
        peopleChanged: planned.masterNext?.people ?? 0,
        filesAdded,
        auditAdded,
        skipped: planned.worksheets.filter((entry) => entry.refused !== null).map((entry) => ({ id: entry.id, reason: entry.refused as string })),
        documents: documentsResult(documents),
        // The same selection's hash as `bundles:stateHash` gives on the sender.
        stateHash: (await canonicalHash(selection.years, selection.unitIds)).hash,
      };
    },

    stateHash: canonicalHash,
  };
}
