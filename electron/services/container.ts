import type { HostKind } from '../../shared/app';
import { createDocumentsService, createGeneratedDocumentStore, type DocumentsService, type OpenDocumentPort, type PostProcess } from './documents';
import { createExchangeService, type ExchangeService } from './exchange';
import { createBlobStore, type BlobStore } from './files';
import { createMasterDataService, type MasterDataService } from './masterdata';
import {
  createBatchService,
  createDeclarationService,
  createPledgeService,
  createPledgeTemplateService,
  createVerificationService,
  declarationPdfBuilder,
  workerBatchRenderer,
  type BatchRenderer,
  type BatchService,
  type DeclarationPdfBuilder,
  type DeclarationService,
  type PledgeService,
  type PledgeTemplateService,
  type VerificationService,
} from './pakta';
import { currentUserOf, preferencesSpec, type Preferences } from './preferences';
import { createReportService, type ReportService } from './reports';
import { createSigningService, type SigningService } from './signing';
import { createStorage, type Storage, type StoredDocument } from './storage';
import { createRosterImport, type RosterImport } from './roster';
import { createPrerequisitesService, createWorksheetsService, type PrerequisitesService, type WorksheetsService } from './worksheets';

/**
 * The composition root: every service of one data folder, built once, explicitly and in dependency
 * order (storage → blobs → master data → preferences → documents → signing → pakta → worksheets →
 * exchange → reports). Handlers, the Electron shell and the web host receive the result; no
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
  /** Roster import (people from .xlsx/.csv): preview, then commit once. */
  roster: RosterImport;
  preferences: StoredDocument<Preferences>;
  /** Who is working, as recorded on every record they create or change. */
  currentUser(): string;
  /** Generated documents: the pipeline, the store and the native port. */
  documents: DocumentsService;
  /** The installation's signing key, created (first run) or loaded on first use. */
  signing(): Promise<SigningService>;
  templates: PledgeTemplateService;
  pledges: PledgeService;
  batches: BatchService;
  declarations: DeclarationService;
  verification: VerificationService;
  worksheets: WorksheetsService;
  prerequisites: PrerequisitesService;
  exchange: ExchangeService;
  reports: ReportService;
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
  /** Run over every generated PDF before it is stored (each per-person file of a batch too). */
  postProcess?: readonly PostProcess[];
  /** Renders batches; default: the PDF engine's worker thread. */
  batchRenderer?: BatchRenderer;
  /** Renders a Piagam; default: the PDF engine in-process. */
  declarationBuilder?: DeclarationPdfBuilder;
}

export async function createServices(options: ServiceOptions): Promise<Services> {
  const now = options.now ?? (() => new Date());
  const { fontsDir } = options;
  const storage = await createStorage({ dataDir: options.dataDir, now });
  try {
    const blobs = createBlobStore(options.dataDir);
    const master = await createMasterDataService(storage, now);
    const roster = createRosterImport(master, now);
    const preferences = await storage.open(preferencesSpec);
    const currentUser = (): string => currentUserOf(preferences);

    const documents = createDocumentsService({
      store: createGeneratedDocumentStore(storage.dataDir, { now }),
      ...(options.postProcess === undefined ? {} : { postProcess: options.postProcess }),
      ...(options.openDocument === undefined ? {} : { openDocument: options.openDocument }),
    });

    let signingPromise: Promise<SigningService> | null = null;
    const signing = (): Promise<SigningService> => {
      signingPromise ??= createSigningService(storage.dataDir);
      signingPromise.catch(() => {
        signingPromise = null;
      });
      return signingPromise;
    };

    const templates = await createPledgeTemplateService(storage, now);
    const pledges = createPledgeService({ storage, blobs, master, now, signing, documents, templates, ...(fontsDir === undefined ? {} : { fontsDir }) });
    const batches = createBatchService({ master, pledges, documents, now, templates, renderer: options.batchRenderer ?? workerBatchRenderer });
    const declarations = await createDeclarationService({
      storage,
      blobs,
      master,
      now,
      signing,
      documents,
      pdfOptions: () => pledges.pdfOptions(),
      builder: options.declarationBuilder ?? declarationPdfBuilder,
    });
    const verification = createVerificationService({ signing, pledges, declarations });

    const prerequisites = createPrerequisitesService(storage);
    const worksheets = createWorksheetsService({ storage, blobs, master, currentUser, now }, prerequisites);
    const exchange = createExchangeService({ worksheets, master, now });
    const reports = createReportService({ storage, blobs, master, now, worksheets, pledges, documents, ...(fontsDir === undefined ? {} : { fontsDir }) });

    return {
      host: options.host,
      version: options.version,
      now,
      fontsDir,
      storage,
      blobs,
      master,
      roster,
      preferences,
      currentUser,
      documents,
      signing,
      templates,
      pledges,
      batches,
      declarations,
      verification,
      worksheets,
      prerequisites,
      exchange,
      reports,
      close: () => storage.close(),
      releaseLockSync: () => storage.releaseLockSync(),
    };
  } catch (error) {
    await storage.close();
    throw error;
  }
}
