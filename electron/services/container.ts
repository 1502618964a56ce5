import diagnostics from 'node:diagnostics_channel';
import { promises as fsp } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import type { HostKind } from '../../shared/app';
import { createAuditService, currentAuditAction, type AuditAction, type AuditService } from './audit';
import { createBackupService, type BackupService } from './backups';
import { createBundleService, type BundleService } from './bundles';
import { browserShell, createDocumentsService, createGeneratedDocumentStore, type DocumentsService, type OpenDocumentPort, type PostProcess, type ShellPort } from './documents';
import { createExchangeService, type ExchangeService } from './exchange';
import { createBlobStore, type BlobStore } from './files';
import { createMasterDataService, type MasterDataService } from './masterdata';
import { PLEDGES_FOLDER } from './pakta/documents';
import {
  createBatchService,
  createDeclarationService,
  createPledgeService,
  createPledgeTemplateService,
  createVerificationService,
  pdfBatchRenderer,
  pdfDeclarationBuilder,
  pdfWorkerScript,
  type BatchRenderer,
  type BatchService,
  type DeclarationPdfBuilder,
  type DeclarationService,
  type PledgeService,
  type PledgeTemplateService,
  type VerificationService,
} from './pakta';
import { createPdfRenderer, type PdfRenderer } from './pdf/renderer';
import { currentUserOf, preferencesSpec, type Preferences } from './preferences';
import { createInstallation, type Installation } from './installation';
import { createProposalService, type ProposalService } from './proposal';
import { createReportService, type ReportService } from './reports';
import type { SigningService } from './signing';
import { createKeyCustody, type KeyCustody } from './signing/custody';
import { KEYS_DIR } from './signing/keys';
import { createPdfSignatureHook } from './signing/pdfHook';
import { defaultKeyProtector, type KeyProtector } from './signing/protector';
import { createStorage, type Storage, type StorageCommit, type StoredDocument } from './storage';
import { createRosterImport, type RosterImport } from './roster';
import { sharedSandbox, type Sandbox } from './sandbox';
import { createPrerequisitesService, createWorksheetsService, type PrerequisitesService, type WorksheetsService } from './worksheets';

/**
 * The composition root: every service of one data folder, built once, explicitly and in dependency
 * order (storage → blobs → master data → preferences → documents → signing → pakta → worksheets →
 * exchange → reports → backups). Handlers, the Electron shell and the web host receive the result; no
 * module keeps its own registry of services.
 */
export interface Services {
  host: HostKind;
  version: string;
  now: () => Date;
  /** Fonts folder every PDF is rendered with; undefined: found next to the sources (resources/fonts). */
  fontsDir: string | undefined;
  storage: Storage;
  blobs: BlobStore;
  master: MasterDataService;
  /** The parsing sandbox: every user-supplied file is opened there (worker thread, heap and time limits). */
  sandbox: Sandbox;
  /** Roster import (people from .xlsx/.csv): preview, then commit once. */
  roster: RosterImport;
  preferences: StoredDocument<Preferences>;
  /** Who is working, as recorded on every record they create or change. */
  currentUser(): string;
  /** This data folder's installation id and label (audit events, change stamps, bundles). */
  installation: Installation;
  /**
   * The PDF renderer: one long-lived worker thread for every document kind and batch. Hosts call
   * `pdf.start()` once their first page is served; `close()` stops it.
   */
  pdf: PdfRenderer;
  /**
   * Starts in the background what the first document of any kind needs, so it pays for none of it:
   * the PDF worker (`pdf.start()`), the signing module (pkijs, node-forge, @signpdf — not imported at
   * start-up otherwise) and, when the folder has keys, the signing service with its key unlocked.
   * Never creates a key. Idempotent; runs by itself at the end of an `interactive` start. Resolves
   * once the module and key are ready (never rejects; the first signature reports any problem).
   */
  warmUp(): Promise<void>;
  /** Generated documents: the pipeline, the store and the native port. */
  documents: DocumentsService;
  /** The native port's other verbs: save a copy, show in folder, open a web address or a file. */
  shell: ShellPort;
  /** The installation's signing key, created (first run) or loaded on first use. */
  signing(): Promise<SigningService>;
  /** "Ekspor kunci…" / "Pulihkan kunci…": the keys in one passphrase-encrypted file. */
  keyCustody: KeyCustody;
  templates: PledgeTemplateService;
  pledges: PledgeService;
  batches: BatchService;
  declarations: DeclarationService;
  verification: VerificationService;
  worksheets: WorksheetsService;
  prerequisites: PrerequisitesService;
  exchange: ExchangeService;
  reports: ReportService;
  /** The proposal package to KemenPANRB (units, letters, PortalRB data). */
  proposal: ProposalService;
  /** Whole-folder snapshots, restore with undo, archives. */
  backups: BackupService;
  /** Bundles between installations (.zidesk): export, preview, apply (services/bundles). */
  bundles: BundleService;
  /** The hash-chained, signed log of every change of stored data (and other installations' logs). */
  audit: AuditService;
  close(): Promise<void>;
  /** Session end or shutdown: releases the data folder's lock synchronously. */
  releaseLockSync(): void;
}

export interface ServiceOptions {
  dataDir: string;
  host: HostKind;
  version: string;
  now?: () => Date;
  /** Fonts folder for the PDF engine (packaged app: `process.resourcesPath/fonts`). */
  fontsDir?: string;
  /** Native port for generated documents; default: the web host's URL answer. */
  openDocument?: OpenDocumentPort;
  /** Native save/show/open verbs; default: the web host's URL answers. */
  shell?: ShellPort;
  /**
   * Run over every generated PDF before it is stored (each per-person file of a batch too).
   * Default: the PDF signature (services/signing/pdfHook.ts). Given hooks replace it (`[]`: unsigned PDFs).
   */
  postProcess?: readonly PostProcess[];
  /**
   * Seals the private keys under `keys/` (Electron: safeStorage). Default: a passphrase from
   * `ZI_DESK_KEY_PASSPHRASE`, else this computer's secret outside the data folder.
   */
  keyProtector?: () => Promise<KeyProtector>;
  /** Renders batches; default: the PDF renderer's worker thread. */
  batchRenderer?: BatchRenderer;
  /** Renders a Piagam; default: the PDF renderer's worker thread. */
  declarationBuilder?: DeclarationPdfBuilder;
  /** Parses user-supplied files; default: the process's shared sandbox (one warm worker thread). */
  sandbox?: Sandbox;
  /**
   * A person is about to use these services (the Electron window, the web host): start the PDF
   * worker thread before storage opens — it loads and warms the engine on the other core while this
   * thread opens the folder — and, once everything is open, load the signing module and unlock an
   * existing key in the background ({@link Services.warmUp}), so the first document printed right
   * after start waits for neither. Default false: no background work (tests, tools).
   */
  interactive?: boolean;
  /**
   * With `interactive`: wait this long (ms) before the start's background work — the PDF worker and
   * the warm-up, the pledge integrity check, the audit trail's full verification — so the first
   * page has the CPU first. With 4 or more cores the PDF worker starts at once all the same
   * ({@link pdfWorkerAtOnce}). Default 0 (everything at once, the worker before storage opens).
   */
  warmUpAfterMs?: number;
}

/**
 * Where the signing service publishes, once it is ready, how it got there (node:diagnostics_channel),
 * as a {@link SigningReadyTiming}: the cold-start benchmark tells the module import and the key
 * unlock apart from the rest of a first document. Nothing is sent while nobody subscribes.
 */
export const SIGNING_READY_CHANNEL = 'zi-desk:signing-ready';

/** Epoch ms (`performance.timeOrigin + performance.now()`) of the steps to a ready signing service. */
export interface SigningReadyTiming {
  /** The first caller asked for the service. */
  requestedAt: number;
  /** The signing module (pkijs, node-forge, @signpdf) is imported. */
  importedAt: number;
  /** The key is loaded and unlocked (or made, on a first start). */
  readyAt: number;
}

const signingReady = diagnostics.channel(SIGNING_READY_CHANNEL);
const epochNow = (): number => performance.timeOrigin + performance.now();

async function hasEntries(dir: string): Promise<boolean> {
  try {
    return (await fsp.readdir(dir)).length > 0;
  } catch {
    return false;
  }
}

/** Cores from which an interactive start runs the PDF worker at once whatever `warmUpAfterMs` says. */
export const PDF_AT_ONCE_MIN_CORES = 4;

/**
 * Whether an interactive start runs the PDF worker thread — the engine's loading and the throw-away
 * documents, ~1 s of CPU — at once, before storage opens, rather than `warmUpAfterMs` later.
 *
 * Measured on 2 cores (README, "First document right after start"): started at once, even with
 * only the engine and the pledge warm (the reports' warm-up held back), it made a document asked
 * for at the first page's time 3–4 times faster, but web host start → first page went from 0.73 to
 * 0.91 s (median of 20) and the interactive channels' p95 in the first second from ≤ 33 to 72–133 ms
 * next to a busy process: the thread takes the core the first page and the main loop need, for a
 * print no person can ask for that early. With 4 or more cores it takes a core nobody is waiting
 * for, and a document printed right after start no longer pays for the engine's first use.
 */
export function pdfWorkerAtOnce(warmUpAfterMs: number, cores: number): boolean {
  return warmUpAfterMs <= 0 || cores >= PDF_AT_ONCE_MIN_CORES;
}

export async function createServices(options: ServiceOptions): Promise<Services> {
  const now = options.now ?? (() => new Date());
  const { fontsDir } = options;
  // One whole-folder `before-migration` snapshot per start, before storage migrates any document.
  let beforeMigration = (): Promise<void> => Promise.resolve();
  // Changes committed before the audit trail is open (the installation's own record, migrations at
  // start) wait here with their time and action, and are recorded once it is.
  const early: { commit: StorageCommit; action: AuditAction | undefined; at: Date }[] = [];
  let onCommit = (commit: StorageCommit): Promise<void> | void => {
    early.push({ commit, action: currentAuditAction(), at: now() });
  };
  // The PDF worker first: its thread loads pdfkit, fontkit, pdfmake and the fonts and renders its
  // throw-away documents on the other core while this one opens storage and the services below.
  const pdf = createPdfRenderer({ script: pdfWorkerScript(), ...(fontsDir === undefined ? {} : { fontsDir }) });
  const warmUpAfterMs = options.warmUpAfterMs ?? 0;
  if (options.interactive && pdfWorkerAtOnce(warmUpAfterMs, availableParallelism())) pdf.start();
  let storage: Storage;
  try {
    storage = await createStorage({ dataDir: options.dataDir, now, beforeMigration: () => beforeMigration(), onCommit: (commit) => onCommit(commit) });
  } catch (error) {
    await pdf.close();
    throw error;
  }
  try {
    const backups = await createBackupService({ storage, version: options.version, now });
    beforeMigration = () => backups.beforeMigration();
    const blobs = createBlobStore(options.dataDir);
    const master = await createMasterDataService(storage, now);
    const sandbox = options.sandbox ?? sharedSandbox();
    const roster = createRosterImport(master, now, sandbox);
    const preferences = await storage.open(preferencesSpec);
    const currentUser = (): string => currentUserOf(preferences);
    const installation = await createInstallation(storage, currentUser);

    let signingPromise: Promise<SigningService> | null = null;
    const keyProtector = (): Promise<KeyProtector> => (options.keyProtector ?? defaultKeyProtector)();
    // A folder that has issued a pledge, a Piagam or any PDF never gets a new key silently.
    const issuedBefore = async (): Promise<boolean> =>
      declarations.list().some((declaration) => declaration.issuer === undefined) || (await hasEntries(path.join(storage.dataDir, PLEDGES_FOLDER))) || (await hasEntries(documents.root));
    const signing = (): Promise<SigningService> => {
      // The signing module (pkijs, asn1js, node-forge, @signpdf: ~0.2–0.5 s to import) is loaded on
      // the first signature, code or key question, not at start-up: the first page does not need it.
      signingPromise ??= (async () => {
        const requestedAt = epochNow();
        const module = await import('./signing');
        const importedAt = epochNow();
        const service = await module.createSigningService({
          dataDir: storage.dataDir,
          protector: await keyProtector(),
          issuedBefore,
          inspektorat: () => master.data().institution.namaInspektorat,
          installationId: () => installation.id,
          now,
        });
        if (signingReady.hasSubscribers) signingReady.publish({ requestedAt, importedAt, readyAt: epochNow() } satisfies SigningReadyTiming);
        return service;
      })();
      signingPromise.catch(() => {
        signingPromise = null;
      });
      return signingPromise;
    };
    const keyCustody = createKeyCustody({
      dataDir: storage.dataDir,
      protector: keyProtector,
      issuedBefore,
      currentFingerprint: () => signing().then((service) => service.fingerprint, () => null),
      restored: () => {
        signingPromise = null;
      },
      now,
    });

    const documents = createDocumentsService({
      store: createGeneratedDocumentStore(storage.dataDir, { now }),
      postProcess: options.postProcess ?? [createPdfSignatureHook({ signing, institution: () => master.data().institution, now })],
      ...(options.openDocument === undefined ? {} : { openDocument: options.openDocument }),
    });
    // Generated files a crash left unreferenced (batch PDFs with names and NIPs) go at start, in the background.
    void documents.sweep().catch(() => undefined);

    const templates = await createPledgeTemplateService(storage, now);
    const pledges = createPledgeService({ storage, blobs, master, now, signing, documents, templates, sandbox, pdf, ...(fontsDir === undefined ? {} : { fontsDir }) });
    // The integrity of every pledge and status log is checked at start in the background; the registry reads the cached result.
    // With `interactive` and a warm-up delay it waits as long (the registry asks for it on demand).
    const checkIntegrity = (): void => void pledges.checkAllIntegrity().catch(() => undefined);
    let integrityTimer: NodeJS.Timeout | null = null;
    if (options.interactive && warmUpAfterMs > 0) {
      integrityTimer = setTimeout(checkIntegrity, warmUpAfterMs);
      integrityTimer.unref();
    } else checkIntegrity();
    const batches = createBatchService({ master, pledges, documents, now, templates, renderer: options.batchRenderer ?? pdfBatchRenderer(pdf) });
    const declarations = await createDeclarationService({
      storage,
      blobs,
      master,
      now,
      signing,
      documents,
      sandbox,
      pdfOptions: () => pledges.pdfOptions(),
      builder: options.declarationBuilder ?? pdfDeclarationBuilder(pdf),
    });
    const verification = createVerificationService({ signing, pledges, declarations, sandbox, blobs, storage });

    const prerequisites = createPrerequisitesService(storage);
    const worksheets = createWorksheetsService({ storage, blobs, master, currentUser, now }, prerequisites);
    const exchange = createExchangeService({ worksheets, master, now, sandbox });
    const reports = createReportService({ storage, blobs, master, now, worksheets, pledges, documents, declarations, prerequisites, pdf, ...(fontsDir === undefined ? {} : { fontsDir }) });
    const proposal = createProposalService({ storage, blobs, master, now, worksheets, documents, pdf, ...(fontsDir === undefined ? {} : { fontsDir }) });

    // Opened last: the signing service it may need at once depends on every service above.
    const audit = await createAuditService({
      dataDir: storage.dataDir,
      installation,
      currentUser,
      // Never makes keys (see AuditServiceOptions.signing): a folder has them once `keys/` holds any.
      signing: async () => (signingPromise !== null || (await hasEntries(path.join(storage.dataDir, KEYS_DIR))) ? signing() : null),
      now,
      // The whole trail is verified in the background; the hosts let the first page go first.
      verifyAfterMs: options.interactive ? warmUpAfterMs : 0,
      unitName: (id) => {
        const unit = master.data().units.find((candidate) => candidate.id === id);
        return unit === undefined ? undefined : unit.singkatan.trim() || unit.nama;
      },
    });
    onCommit = (commit) => audit.record(commit);
    // The start's own changes (first start, migrations, recoveries) are on disk and the head signed
    // before anything else runs, so the folder is settled when the first call arrives. An ordinary
    // start has none and does not wait: its head and chains are checked in the background, and the
    // signing module keeps loading on first use.
    if (early.length > 0) {
      await Promise.all(early.splice(0).map(({ commit, action, at }) => audit.record(commit, action, at)));
      await audit.flush();
    }

    let warming: Promise<void> | null = null;
    const warmUp = (): Promise<void> => {
      pdf.start();
      // An existing key is unlocked now; a folder without keys only loads the module (keys are made
      // by the first document that needs them, never in the background).
      warming ??= (async () => {
        if (signingPromise !== null || (await hasEntries(path.join(storage.dataDir, KEYS_DIR)))) await signing();
        else await import('./signing');
      })().catch(() => {
        warming = null;
      });
      return warming;
    };
    let warmUpTimer: NodeJS.Timeout | null = null;
    if (options.interactive && warmUpAfterMs <= 0) void warmUp();
    else if (options.interactive) {
      warmUpTimer = setTimeout(() => void warmUp(), warmUpAfterMs);
      warmUpTimer.unref();
    }

    return {
      host: options.host,
      version: options.version,
      now,
      fontsDir,
      storage,
      blobs,
      master,
      sandbox,
      roster,
      preferences,
      currentUser,
      installation,
      pdf,
      warmUp,
      documents,
      shell: options.shell ?? browserShell,
      signing,
      keyCustody,
      templates,
      pledges,
      batches,
      declarations,
      verification,
      worksheets,
      prerequisites,
      exchange,
      reports,
      proposal,
      backups,
      bundles: createBundleService({ storage, blobs, master, installation, signing, sandbox, audit, currentUser, now, version: options.version, pledges }),
      audit,
      close: async () => {
        if (warmUpTimer !== null) clearTimeout(warmUpTimer);
        if (integrityTimer !== null) clearTimeout(integrityTimer);
        await pdf.close();
        await worksheets.flushIndex();
        await backups.idle();
        await pledges.idle();
        await audit.flush();
        await storage.close();
        // Writes drained by the close are recorded and the head signed over them.
        await audit.close();
      },
      releaseLockSync: () => storage.releaseLockSync(),
    };
  } catch (error) {
    await pdf.close();
    await storage.close();
    throw error;
  }
}
