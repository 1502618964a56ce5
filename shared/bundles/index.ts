import { z } from 'zod';
import { yearSchema } from '../schemas/common';
import { idSchema } from '../masterdata/schemas';
import { resolutionsSchema, type SameUnit, type TwoNips } from '../sync';

/**
 * Bundles (`.zidesk`): what one installation sends another — a selection of worksheets (all three
 * layers, notes, evidence files, history) and master data, as one zip of JSON and blobs, with a
 * manifest signed by the sender's code key. Reading side: preview (what is new, what changes,
 * what conflicts), then apply with the person's resolutions, all or nothing.
 */

/** The `format` field of every bundle manifest. */
export const BUNDLE_FORMAT = 'zi-desk-bundle';
/** The format this version writes and the newest it reads. */
export const BUNDLE_FORMAT_VERSION = 1;
/** File extension. */
export const BUNDLE_EXTENSION = 'zidesk';
/** Largest bundle file read (checked on the file's size before anything is read). */
export const MAX_BUNDLE_BYTES = 500 * 1024 * 1024;
/** Largest total of the JSON entries once inflated. */
export const MAX_BUNDLE_JSON_BYTES = 200 * 1024 * 1024;
/** Most entries in a bundle. */
export const MAX_BUNDLE_ENTRIES = 20_000;

/** What a bundle can carry. */
export const bundleKinds = ['worksheets', 'master', 'documents'] as const;
export type BundleKind = (typeof bundleKinds)[number];

const sha256Schema = z.string().regex(/^[0-9a-f]{64}$/);
const versionVectorSchema = z.record(z.string().min(1).max(64), z.number().int().positive());
export const stampSchema = z.strictObject({ v: versionVectorSchema, inst: z.string().min(1).max(64), at: z.string().max(40), by: z.string().max(200) });

/**
 * One entry of the manifest: a file inside the zip with its size, its size as packed (so a bundle
 * unpacked and zipped again by another tool is recognised) and its SHA-256.
 */
export const manifestEntrySchema = z.strictObject({ name: z.string().regex(/^(?:master\.json|audit\.json|documents\/(?:issuer|declarations|pledges-\d{4})\.json|worksheets\/[a-z0-9][a-z0-9-]{2,70}\.json|blobs\/[0-9a-f]{64})$/), size: z.number().int().nonnegative(), packed: z.number().int().nonnegative(), sha256: sha256Schema });

/**
 * One link of a sender's key succession: at "Ganti kunci" the earlier code key (`from`, raw 32-byte
 * Ed25519 public key, base64url) signed that `to` succeeds it in installation `installation`, at
 * `at`. The signature (Ed25519, base64url) covers the canonical statement built from these fields
 * with the context `zi-desk/key-succession/v1` (electron/services/signing/succession.ts).
 */
export const keySuccessionSchema = z.strictObject({
  installation: z.string().max(64),
  from: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
  to: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
  at: z.string().max(40),
  signature: z.string().regex(/^[A-Za-z0-9_-]{86}$/),
});
export type KeySuccession = z.infer<typeof keySuccessionSchema>;

export const bundleManifestSchema = z.strictObject({
  format: z.literal(BUNDLE_FORMAT),
  formatVersion: z.literal(BUNDLE_FORMAT_VERSION),
  /** `bundle-<16 hex>`: the id the signature names. */
  id: z.string().regex(/^bundle-[0-9a-f]{16}$/),
  createdAt: z.string().max(40),
  appVersion: z.string().max(40),
  sender: z.strictObject({
    installationId: z.string().uuid(),
    label: z.string().max(200),
    user: z.string().max(200),
    publicKeyPem: z.string().max(2_000),
    fingerprint: z.string().regex(/^[0-9a-f]{16}$/),
    /**
     * The sender's earlier code keys ("Ganti kunci"), which signed its older pledges and status
     * logs, and its earlier PDF certificates. Written only with documents, and only when there are
     * any; absent: none. Sound because the current key's signature over this manifest vouches for
     * them: only a key the receiver trusts can introduce them, and only as this installation's own.
     */
    retiredKeys: z.array(z.strictObject({ publicKeyPem: z.string().max(2_000), fingerprint: z.string().regex(/^[0-9a-f]{16}$/) })).max(100).optional(),
    retiredCertificates: z.array(z.string().max(20_000)).max(100).optional(),
    /**
     * The endorsements the sender's earlier code keys made of their successors (every bundle of a
     * sender that ran "Ganti kunci" since they exist; absent: none). A receiver takes an earlier key
     * as the sender's, or follows the sender's audit log to a new key, only along a chain of them
     * that ends at `fingerprint`.
     */
    keySuccession: z.array(keySuccessionSchema).max(100).optional(),
  }),
  selection: z.strictObject({ years: z.array(yearSchema).max(50), unitIds: z.array(idSchema).max(2_000), kinds: z.array(z.enum(bundleKinds)).max(bundleKinds.length) }),
  counts: z.strictObject({
    worksheets: z.number().int().nonnegative(),
    units: z.number().int().nonnegative(),
    people: z.number().int().nonnegative(),
    files: z.number().int().nonnegative(),
    /** Pledges and declarations carried (bundles with the "documents" kind). */
    pledges: z.number().int().nonnegative().optional(),
    declarations: z.number().int().nonnegative().optional(),
  }),
  /** Every other file of the zip, in the order written. */
  entries: z.array(manifestEntrySchema).max(MAX_BUNDLE_ENTRIES),
  /**
   * The sender's audit log (the entry named here, `audit.json`, listed in `entries` so its SHA-256
   * is signed) and how many events it carries. Optional: bundles without it are complete.
   */
  audit: z.strictObject({ entry: z.string().max(120), events: z.number().int().nonnegative() }).optional(),
  /** The signing-service payload over the canonical manifest without this field. */
  signature: z.string().max(400),
});
export type BundleManifest = z.infer<typeof bundleManifestSchema>;

/** `bundles:export` input: what to send and where (a folder on this computer). */
export const bundleExportInputSchema = z.strictObject({
  destination: z.string().trim().min(1, 'Isi lokasi folder tujuan.').max(1_000).refine((value) => !value.includes('\0'), 'Lokasi tidak valid.'),
  years: z.array(yearSchema).min(1, 'Pilih paling sedikit satu tahun.').max(50),
  /** Empty: every unit. */
  unitIds: z.array(idSchema).max(2_000),
  kinds: z.array(z.enum(bundleKinds)).min(1, 'Pilih paling sedikit satu jenis data.').max(bundleKinds.length),
});
export type BundleExportInput = z.infer<typeof bundleExportInputSchema>;

export const bundleJobInputSchema = z.strictObject({ jobId: z.string().regex(/^bnd-[0-9a-f]{16}$/, 'Pekerjaan tidak dikenal.') });
export const bundlePreviewInputSchema = z.strictObject({
  path: z.string().trim().min(1, 'Isi lokasi berkas .zidesk.').max(1_000).refine((value) => !value.includes('\0'), 'Lokasi tidak valid.'),
});
export const bundleApplyInputSchema = z.strictObject({
  previewId: z.string().regex(/^prv-[0-9a-f]{16}$/, 'Pratinjau tidak dikenal.'),
  resolutions: resolutionsSchema,
  /** The Inspektorat's explicit choice to merge into worksheets that are Final here. */
  allowFinal: z.boolean().optional(),
});
export type BundleApplyInput = z.infer<typeof bundleApplyInputSchema>;
export const bundleTrustInputSchema = z.strictObject({ previewId: bundleApplyInputSchema.shape.previewId, label: z.string().trim().min(1, 'Beri nama pengirim.').max(150) });
export const bundleStateHashInputSchema = z.strictObject({ years: z.array(yearSchema).max(50), unitIds: z.array(idSchema).max(2_000) });

/** Progress of `bundles:export`. */
export interface BundleExportStatus {
  jobId: string;
  state: 'running' | 'done' | 'failed';
  done: number;
  total: number;
  result: { file: string; sizeBytes: number; worksheets: number; units: number; people: number; files: number; pledges?: number; declarations?: number } | null;
  error: string | null;
}

/** One side of a change as the preview shows it. */
export interface ChangeSide {
  /** Short Indonesian description of the value ("Ya — catatan …", "3 bukti", "Status: Final"). */
  text: string;
  by: string;
  at: string;
  /** The installation's label when known (this one: "laptop ini"). */
  where: string;
}

/** One record of the bundle that would change something here. */
export interface BundleChange {
  /** Group (`<worksheetId>` or `master`) and key, the conflict id of resolutions: `<group>|<key>`. */
  group: string;
  key: string;
  /** "Butir 1.a.1 — TPI", "Status dan data LKE", "Pegawai 1980… (Nama)". */
  label: string;
  kind: 'new' | 'theirs' | 'conflict';
  ours: ChangeSide | null;
  theirs: ChangeSide;
}

/** A worksheet of the bundle. */
export interface BundleWorksheetPreview {
  id: string;
  unitId: string;
  unitName: string;
  year: number;
  /** No worksheet of that unit and year here yet. */
  isNew: boolean;
  /** Final here (or in the bundle): merged only with `allowFinal`. */
  final: boolean;
  /** Why this worksheet cannot be merged (another template version); null when it can. */
  refused: string | null;
  changes: BundleChange[];
}

/** What `bundles:preview` answers. */
export interface BundlePreview {
  previewId: string;
  bundleId: string;
  createdAt: string;
  sender: {
    installationId: string;
    label: string;
    user: string;
    fingerprint: string;
    fingerprintDisplay: string;
    /** This installation (a bundle sent to oneself), or a key imported as trusted. */
    trusted: boolean;
    own: boolean;
  };
  worksheets: BundleWorksheetPreview[];
  master: BundleChange[];
  /** People who look like the same person under two NIPs (ours and theirs). */
  twoNips: TwoNips[];
  /** Units new here that look like one of ours under another id (same or near-same name, same abbreviation): flagged, never merged. */
  sameUnits: SameUnit[];
  counts: { newRecords: number; updates: number; conflicts: number; unchanged: number };
  /** Some worksheet would change although it is Final: apply needs `allowFinal`. */
  needsFinalConfirmation: boolean;
  /** Whether the bundle carries the sender's audit log. */
  hasAudit: boolean;
  /** The sender's audit log: checked here, stored with the data on apply. */
  audit: BundleAuditPreview;
  /** The pledges and declarations the bundle carries ("Pakta & piagam"). */
  documents: BundleDocumentsPreview;
}

/**
 * The audit log a bundle carries. `none`: the bundle has none (an older bundle); `own`: sent by
 * this installation, nothing to add; `valid`: `added` events are new here; `broken`: the log fails
 * its checks — the whole bundle is refused on apply (data and log go together), `reason` says why.
 */
export interface BundleAuditPreview {
  state: 'none' | 'own' | 'valid' | 'broken';
  /** Events the bundle carries. */
  events: number;
  /** Events not held here yet (stored on apply). */
  added: number;
  reason: string | null;
}

/** What `bundles:apply` answers. */
export interface BundleApplyResult {
  worksheetsChanged: number;
  worksheetsAdded: number;
  recordsChanged: number;
  unitsChanged: number;
  peopleChanged: number;
  filesAdded: number;
  /** Worksheets left out with the reason (another template version). */
  skipped: { id: string; reason: string }[];
  /** Events of the sender's audit log stored here (0: none new, or the bundle was this installation's). */
  auditAdded: number;
  /** Pledges and declarations received (the documents part of the bundle). */
  documents: BundleDocumentsResult;
  /** The canonical hash of the worksheets and master data of the bundle's selection after applying. */
  stateHash: string;
}

/** `bundles:stateHash`: the canonical hash of a selection (equal on installations holding the same data). */
export interface BundleStateHash {
  hash: string;
  worksheets: number;
}

// ---------------------------------------------------------------- pledges and declarations

/**
 * Pledges and declarations travel as *issued documents*: each is signed by the issuing
 * installation's code key and its status lives in that installation's per-year signed status log.
 * A receiver stores them apart from its own records, never merges them field by field and never
 * signs them again; the issuer alone changes them and sends a newer bundle.
 */

/** One pledge or declaration of a bundle that would change something here. */
export interface BundleDocumentChange {
  kind: 'pakta' | 'piagam';
  /** `new`: not held here; `status`: a newer status of a pledge held here; `updated`: a newer version of a piagam. */
  change: 'new' | 'status' | 'updated';
  id: string;
  year: number;
  /** "Pakta Integritas 2022 — Nama (NIP …)", "Piagam Pencanangan — judul". */
  label: string;
  /** "Tanda tangan digital", "Dicabut 1 Mei 2022: alasan", "Ditandatangani basah". */
  detail: string;
  /** When the record or its newest status was made at the sender. */
  at: string;
}

/** A record of the bundle that is not taken, with the reason. */
export interface BundleDocumentRefusal {
  kind: 'pakta' | 'piagam';
  id: string;
  label: string;
  reason: string;
}

/** How a year's status log of the bundle relates to the copy held here. */
export type BundleLogState = 'new' | 'extends' | 'same' | 'older';

/**
 * The documents part of a preview. `none`: the bundle carries none; `own`: sent by this
 * installation (nothing to take); `valid`: the sender's logs verify and join what is held here;
 * `refused`: a log is broken or rewrites history — the documents part is not applied, `reason` says why.
 */
export interface BundleDocumentsPreview {
  state: 'none' | 'own' | 'valid' | 'refused';
  reason: string | null;
  years: { year: number; pledges: number; events: number; log: BundleLogState }[];
  declarations: number;
  changes: BundleDocumentChange[];
  refused: BundleDocumentRefusal[];
  /** Records already held here as they are. */
  unchanged: number;
}

/** What applying the documents part did. */
export interface BundleDocumentsResult {
  pledgesAdded: number;
  statusChanges: number;
  declarationsAdded: number;
  declarationsUpdated: number;
  refused: BundleDocumentRefusal[];
  /** Why the documents part was not applied (a broken or rewritten log), else null. */
  skipped: string | null;
}

/** Who issued a record received from another installation ("Diterbitkan di: <label>"). */
export interface ReceivedIssuer {
  installationId: string;
  label: string;
}
