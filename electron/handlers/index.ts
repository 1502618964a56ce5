import type { Services } from '../services/container';
import { appHandlers } from './app';
import { demoHandlers } from './demo';
import { createDispatcher } from './dispatch';
import { peopleHandlers } from './people';
import { settingsHandlers } from './settings';
import type { AllHandlers, Dispatch } from './types';
import { unitsHandlers } from './units';

/** Every domain's handlers over one set of services. Adding a domain to the contract makes this fail to compile until it is wired here. */
export function createHandlers(services: Services): AllHandlers {
  return {
    app: appHandlers(services),
    settings: settingsHandlers(services),
    units: unitsHandlers(services),
    people: peopleHandlers(services),
    demo: demoHandlers(services),
  };
}

export function createAppDispatcher(services: Services, log?: (message: string, error: unknown) => void): Dispatch {
  return createDispatcher(createHandlers(services), log);
}

export type { Dispatch } from './types';
