import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { DocumentSpec, Storage } from './storage';

/**
 * The installation's identity: one random id made at first start of a data folder, recorded on
 * every change it makes (audit events, change stamps of shared records), and a label people read
 * ("Laptop Ketua Tim"), by default the user's name. A data folder restored from a backup keeps its
 * id, so it is the same installation; a copy opened on a second laptop must be given a new id
 * (`renew`) before the two exchange bundles, or their changes would be mistaken for each other.
 */
const installationSchema = z.object({
  id: z.string().uuid(),
  label: z.string(),
  createdAt: z.string(),
});
export type InstallationRecord = z.infer<typeof installationSchema>;

export const installationSpec: DocumentSpec<InstallationRecord> = {
  name: 'installation',
  schema: installationSchema,
  version: 1,
  migrations: [],
  empty: () => ({ id: randomUUID(), label: '', createdAt: new Date().toISOString() }),
};

export interface Installation {
  /** The installation id (UUID). */
  readonly id: string;
  /** The label people read; falls back to the given default (the user's name). */
  label(): string;
  setLabel(label: string): Promise<void>;
  /** Gives this data folder a new id (a copy of another laptop's folder becomes its own installation). */
  renew(): Promise<void>;
}

export async function createInstallation(storage: Storage, defaultLabel: () => string): Promise<Installation> {
  const doc = await storage.open(installationSpec);
  // A fresh folder: the empty record is in memory only until written once.
  if (!(await storage.list('installation')).includes('installation')) {
    await doc.update(() => undefined);
  }
  return {
    get id() {
      return doc.data.id;
    },
    label: () => doc.data.label.trim() || defaultLabel(),
    async setLabel(label) {
      await doc.update((draft) => {
        draft.label = label.trim();
      });
    },
    async renew() {
      await doc.update((draft) => {
        draft.id = randomUUID();
      });
    },
  };
}
