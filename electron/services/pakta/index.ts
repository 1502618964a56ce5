import type { Services } from '../container';
import { createSigningService, type SigningService } from '../signing';
import { createBatchService, type BatchRenderer, type BatchService } from './batch';
import { createDeclarationService, type DeclarationPdfBuilder, type DeclarationService } from './declarations';
import { createGeneratedDocumentStore, type GeneratedDocumentStore } from './generated';
import { createPledgeService, type PledgeService } from './pledges';
import { declarationPdfBuilder, workerBatchRenderer } from './render';
import { createPledgeTemplateService, type PledgeTemplateService } from './templates';
import { createVerificationService, type VerificationService } from './verification';

/**
 * Pakta Integritas, Pencanangan and offline verification (issue 4), over the storage, blobs and
 * master data of one Services container. Plain Node; never imports `electron`.
 */
export { browserOpenDocument, documentUrl, type DocumentToOpen, type OpenDocumentPort } from './ports';
export { DOCUMENTS_FOLDER, type GeneratedDocumentStore, type ResolvedDocument } from './generated';
export type { BatchRenderer } from './batch';

export interface PaktaServices {
  templates: PledgeTemplateService;
  pledges: PledgeService;
  batches: BatchService;
  declarations: DeclarationService;
  verification: VerificationService;
  documents: GeneratedDocumentStore;
  signing(): Promise<SigningService>;
}

/** Test seams: another batch renderer (e.g. in-process), another declaration builder. */
export interface PaktaOptions {
  batchRenderer?: BatchRenderer;
  declarationBuilder?: DeclarationPdfBuilder;
  fontsDir?: string;
}

const instances = new WeakMap<Services, Promise<PaktaServices>>();

/** Builds the pakta services of a container (once; later calls share them). */
export function paktaServicesFor(services: Services, options: PaktaOptions = {}): Promise<PaktaServices> {
  let found = instances.get(services);
  if (found === undefined) {
    found = createPaktaServices(services, options);
    instances.set(services, found);
    found.catch(() => instances.delete(services));
  }
  return found;
}

async function createPaktaServices(services: Services, options: PaktaOptions): Promise<PaktaServices> {
  const { storage, blobs, master, now } = services;
  let signingPromise: Promise<SigningService> | null = null;
  // Made on first use: the key is created (first run) or loaded from `keys/` only when needed.
  const signing = (): Promise<SigningService> => {
    signingPromise ??= createSigningService(storage.dataDir);
    signingPromise.catch(() => {
      signingPromise = null;
    });
    return signingPromise;
  };
  const documents = createGeneratedDocumentStore(storage.dataDir, { now });
  const templates = await createPledgeTemplateService(storage, now);
  const pledges = createPledgeService({
    storage,
    blobs,
    master,
    now,
    signing,
    documents,
    templates,
    ...(options.fontsDir === undefined ? {} : { fontsDir: options.fontsDir }),
  });
  const batches = createBatchService({ master, pledges, documents, now, renderer: options.batchRenderer ?? workerBatchRenderer });
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
  return { templates, pledges, batches, declarations, verification, documents, signing };
}
