import { useSyncExternalStore } from 'react';
import { dataRevision } from '../api/client';

/**
 * A number that changes whenever stored data changed — by this window or by another window or tab
 * of the same host. Put it in the dependencies of whatever should load again.
 */
export function useDataRevision(): number {
  return useSyncExternalStore(dataRevision.subscribe, dataRevision.snapshot, dataRevision.snapshot);
}
