import { reportsHandlers } from './reports';
import type { Services } from '../services/container';
import { appHandlers } from './app';
import { auditHandlers } from './audit';
import { summarizeInput } from '../services/audit';
import { backupsHandlers } from './backups';
import { bundlesHandlers } from './bundles';
import { demoHandlers } from './demo';
import { declarationsHandlers } from './declarations';
import { createDispatcher } from './dispatch';
import { isMutatingChannel } from '../../shared/contract';
import { createDataRevision, type DataRevisionCounter } from './revision';
import { documentsHandlers } from './documents';
import { exchangeHandlers } from './exchange';
import { peopleHandlers } from './people';
import { pledgesHandlers, pledgeTemplatesHandlers } from './pledges';
import { prerequisitesHandlers } from './prerequisites';
import { proposalHandlers } from './proposal';
import { settingsHandlers } from './settings';
import { signingHandlers } from './signing';
import type { AllHandlers, Dispatch } from './types';
import { unitsHandlers } from './units';
import { verificationHandlers } from './verification';
import { worksheetsHandlers } from './worksheets';

/** Every domain's handlers over one set of services. Adding a domain to the contract makes this fail to compile until it is wired here. */
export function createHandlers(services: Services, revision: DataRevisionCounter = createDataRevision()): AllHandlers {
  return {
    app: appHandlers(services, revision),
    settings: settingsHandlers(services),
    units: unitsHandlers(services),
    people: peopleHandlers(services),
    demo: demoHandlers(services),
    worksheets: worksheetsHandlers(services),
    prerequisites: prerequisitesHandlers(services),
    pledgeTemplates: pledgeTemplatesHandlers(services),
    pledges: pledgesHandlers(services, revision),
    declarations: declarationsHandlers(services),
    verification: verificationHandlers(services),
    signing: signingHandlers(services),
    documents: documentsHandlers(services),
    exchange: exchangeHandlers(services),
    reports: reportsHandlers(services),
    backups: backupsHandlers(services),
    proposal: proposalHandlers(services),
    bundles: bundlesHandlers(services),
    audit: auditHandlers(services),
  };
}

export function createAppDispatcher(services: Services, log?: (message: string, error: unknown) => void): Dispatch {
  const revision = createDataRevision();
  const dispatch = createDispatcher(createHandlers(services, revision), log, revision);
  return async (channelName, input) => {
    // Every write a call causes is recorded in the audit trail under its channel and the user's name.
    const result =
      typeof channelName === 'string'
        ? await services.audit.run({ channel: channelName, by: services.currentUser(), summary: summarizeInput(input) }, () => dispatch(channelName, input))
        : await dispatch(channelName, input);
    // The day's whole-folder snapshot follows the first successful write of the day, in the
    // background (tracked by the backup service: closing the services waits for it), so the
    // answer never waits for it.
    if (result.ok && typeof channelName === 'string' && isMutatingChannel(channelName) && !channelName.startsWith('backups:')) {
      void services.backups.afterWrite();
    }
    return result;
  };
}

export type { Dispatch } from './types';
