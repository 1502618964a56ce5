import { z } from 'zod';
import { ANONYMOUS_USER } from '../../shared/worksheets';
import type { DocumentSpec, StoredDocument } from './storage';

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

/**
 * Who did it, as recorded on pledges, template versions, worksheets and reports: the name asked
 * at first run, or one placeholder for every record when it was never given.
 */
export function currentUserOf(preferences: Pick<StoredDocument<Preferences>, 'data'>): string {
  return preferences.data.userName.trim() || ANONYMOUS_USER;
}
