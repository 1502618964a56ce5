import type { Services } from '../services/container';
import type { DomainHandlers } from './types';

/** The `declarations` channels: Pencanangan events and their Piagam PDF. */
export function declarationsHandlers(services: Services): DomainHandlers<'declarations'> {
  const { declarations } = services;
  return {
    create: async (input) => declarations.create(input, services.currentUser()),
    update: async ({ id, data }) => declarations.update(id, data, services.currentUser()),
    list: async () => declarations.list(),
    get: async ({ id }) => declarations.get(id),
    print: async (input) => declarations.print(input, services.currentUser()),
  };
}
