import { z } from 'zod';
import type { HostKind } from '../handlers/context';
import { createBlobStore, type BlobStore } from './files';
import { createMasterDataService, type MasterDataService } from './masterdata';
import { browserOpenDocument, type OpenDocumentPort } from './pakta/ports';
import { createStorage, type DocumentSpec, type Storage, type StoredDocument } from './storage';

/** Per-user preferences kept apart from the shared master data. */
const preferencesSchema = z.object({ userName: z.string(), dismissedNoticesAt: z.string() });
export type Preferences = z.infer<typeof preferencesSchema>;

export const preferencesSpec: DocumentSpec<Preferences> = {
  name: 'preferences',
  schema: preferencesSchema,
  version: 1,
  migrations: [],
  empty: () => ({ userName: '', dismissedNoticesAt: '' }),
};

/** Everything the handlers need, built once per process from a data folder. */
export interface Services {
  host: HostKind;
  version: string;
  now: () => Date;
  storage: Storage;
  blobs: BlobStore;
  master: MasterDataService;
  preferences: StoredDocument<Preferences>;
  /** Shows a generated document: preview window (Electron) or a URL for a new tab (web host). */
  openDocument: OpenDocumentPort;
  close(): Promise<void>;
}

export interface ServiceOptions {
  dataDir: string;
  host: HostKind;
  version: string;
  now?: () => Date;
  /** Native port for generated documents; default: the web host's URL answer. */
  openDocument?: OpenDocumentPort;
}

export async function createServices(options: ServiceOptions): Promise<Services> {
  const now = options.now ?? (() => new Date());
  const storage = await createStorage({ dataDir: options.dataDir, now });
  try {
    const blobs = createBlobStore(options.dataDir);
    const master = await createMasterDataService(storage, now);
    const preferences = await storage.open(preferencesSpec);
    return {
      host: options.host,
      version: options.version,
      now,
      storage,
      blobs,
      master,
      preferences,
      openDocument: options.openDocument ?? browserOpenDocument,
      close: () => storage.close(),
    };
  } catch (error) {
    await storage.close();
    throw error;
  }
}
