import type { Services } from '../services/container';
import { paktaServicesFor } from '../services/pakta';
import type { DomainHandlers } from './types';

/**
 * The `documents` channel (issue 4 item 8): opens a generated document through the native port —
 * a preview window in Electron, a URL for a new tab in the browser. The renderer sends the id.
 */
export function documentsHandlers(services: Services): DomainHandlers<'documents'> {
  return {
    open: async ({ id }) => {
      const resolved = await (await paktaServicesFor(services)).documents.resolve(id);
      return services.openDocument({ id: resolved.id, filePath: resolved.filePath, fileName: resolved.fileName, title: resolved.title });
    },
  };
}
