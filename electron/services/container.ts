import { z } from 'zod';
import type { HostKind } from '../handlers/context';
import { createBlobStore, type BlobStore } from './files';
import { createMasterDataService, type MasterDataService } from './masterdata';
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
  close(): Promise<void>;
}

export interface ServiceOptions {
  dataDir: string;
  host: HostKind;
  version: string;
  now?: () => Date;
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
      close: () => storage.close(),
    };
  } catch (error) {
    await storage.close();
    throw error;
  }
}
