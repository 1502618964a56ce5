import type { Services } from '../services/container';
import type { DomainHandlers } from './types';

/** The `prerequisites` channels: the instansi-level record per year (PermenPANRB 5/2024). */
export function prerequisitesHandlers(services: Services): DomainHandlers<'prerequisites'> {
  const { prerequisites } = services;
  return {
    list: async () => prerequisites.list(),
    getYear: async ({ year }) => prerequisites.getYear(year),
    saveYear: async (record) => prerequisites.saveYear(record),
  };
}
