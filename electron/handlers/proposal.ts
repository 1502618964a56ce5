import type { Services } from '../services/container';
import type { DomainHandlers } from './types';

/** The `proposal` channels: the proposal package to KemenPANRB of a year. */
export function proposalHandlers(services: Services): DomainHandlers<'proposal'> {
  const { proposal } = services;
  return {
    get: async ({ year }) => proposal.get(year),
    save: async (input) => proposal.save(input, services.currentUser()),
    printLetter: async ({ year }) => proposal.printLetter(year),
    printSptjm: async ({ year }) => proposal.printSptjm(year),
    exportJson: async ({ year }) => proposal.exportJson(year),
    exportExcel: async ({ year }) => proposal.exportExcel(year),
  };
}
