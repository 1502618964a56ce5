import type { Services } from '../services/container';
import type { DomainHandlers } from './types';

/**
 * The `documents` channel: opens a generated document through the native port — a preview window
 * in Electron, a URL for a new tab in the browser. The renderer sends the id.
 */
export function documentsHandlers(services: Services): DomainHandlers<'documents'> {
  return {
    open: async ({ id }) => services.documents.open(id),
  };
}
