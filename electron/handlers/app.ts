import type { AppStatus } from '../../shared/app';
import { isEmptyMaster } from '../../shared/masterdata/schemas';
import type { Services } from '../services/container';
import type { DataRevisionCounter } from './revision';
import type { DomainHandlers } from './types';

/** Status for the shell: recovery notices not yet dismissed, the user's name, empty store. */
export function appStatus(services: Services): AppStatus {
  const dismissed = services.preferences.data.dismissedNoticesAt;
  return {
    version: services.version,
    host: services.host,
    dataDir: services.storage.dataDir,
    userName: services.preferences.data.userName,
    notices: services.storage.notices().filter((n) => dismissed === '' || n.at > dismissed),
    isEmpty: isEmptyMaster(services.master.data()),
    activeYear: services.preferences.data.activeYear,
  };
}

export function appHandlers(services: Services, revision: DataRevisionCounter): DomainHandlers<'app'> {
  return {
    revision: async () => ({ revision: revision.current() }),
    status: async () => appStatus(services),
    setUserName: async ({ name }) => {
      await services.preferences.update((draft) => {
        draft.userName = name;
      });
      return appStatus(services);
    },
    setActiveYear: async ({ year }) => {
      await services.preferences.update((draft) => {
        draft.activeYear = year;
      });
      return appStatus(services);
    },
    dismissNotices: async () => {
      await services.preferences.update((draft) => {
        draft.dismissedNoticesAt = services.now().toISOString();
      });
      return appStatus(services);
    },
  };
}
