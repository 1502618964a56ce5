import { z } from 'zod';
import { yearSchema } from '../../shared/schemas/common';
import { ANONYMOUS_USER } from '../../shared/worksheets';
import type { DocumentSpec, StoredDocument } from './storage';

/**
 * Per-user preferences kept apart from the shared master data. `activeYear`: the evaluation year
 * chosen in the app's header, the default year of pledges, worksheets and the dashboard (`null`:
 * never chosen, the calendar year is used).
 */
const preferencesSchema = z.object({ userName: z.string(), dismissedNoticesAt: z.string(), activeYear: yearSchema.nullable() });
export type Preferences = z.infer<typeof preferencesSchema>;

export const preferencesSpec: DocumentSpec<Preferences> = {
  name: 'preferences',
  schema: preferencesSchema,
  version: 2,
  migrations: [
    // Version 2 adds the active evaluation year, not chosen yet.
    { from: 1, migrate: (data) => ({ ...(data as object), activeYear: null }) },
  ],
  empty: () => ({ userName: '', dismissedNoticesAt: '', activeYear: null }),
};

/**
 * Who did it, as recorded on pledges, template versions, worksheets and reports: the name asked
 * at first run, or one placeholder for every record when it was never given.
 */
export function currentUserOf(preferences: Pick<StoredDocument<Preferences>, 'data'>): string {
  return preferences.data.userName.trim() || ANONYMOUS_USER;
}
