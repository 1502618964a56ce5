import type { Services } from '../services/container';
import { paktaServicesFor } from '../services/pakta';
import { userOf } from './pledges';
import type { DomainHandlers } from './types';

/** The `declarations` channels (issue 4 item 7): Pencanangan events and their Piagam PDF. */
export function declarationsHandlers(services: Services): DomainHandlers<'declarations'> {
  const pakta = () => paktaServicesFor(services);
  return {
    create: async (input) => (await pakta()).declarations.create(input, userOf(services)),
    update: async ({ id, data }) => (await pakta()).declarations.update(id, data, userOf(services)),
    list: async () => (await pakta()).declarations.list(),
    get: async ({ id }) => (await pakta()).declarations.get(id),
    pdf: async ({ id }) => (await pakta()).declarations.pdf(id),
  };
}
