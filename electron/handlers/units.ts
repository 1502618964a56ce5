import type { Services } from '../services/container';
import type { DomainHandlers } from './types';

export function unitsHandlers(services: Services): DomainHandlers<'units'> {
  const { master } = services;
  return {
    list: async (input) => master.listUnits(input?.includeInactive ?? false),
    create: async (input) => master.createUnit(input),
    update: async ({ id, data }) => master.updateUnit(id, data),
    setActive: async ({ id, aktif }) => master.setUnitActive(id, aktif),
  };
}
