import { externalUrlOf } from '../../shared/documents/open';
import { AppFailure } from '../../shared/result';
import type { Services } from '../services/container';
import type { DocumentToOpen } from '../services/documents';
import type { DomainHandlers } from './types';

/**
 * The `documents` channels — one way to open things: a generated document in the preview window
 * (Electron) or a new tab (browser), a saved copy under its real name, the file in Explorer, a web
 * address after the user confirmed it, an evidence file. The renderer sends ids, never paths.
 */
export function documentsHandlers(services: Services): DomainHandlers<'documents'> {
  const resolve = async (id: string): Promise<DocumentToOpen> => {
    const { filePath, fileName, title, saveName } = await services.documents.resolve(id);
    return { id, filePath, fileName, title, saveName };
  };
  return {
    open: async ({ id }) => services.documents.open(id),
    save: async ({ id }) => services.shell.saveDocument(await resolve(id)),
    showInFolder: async ({ id }) => services.shell.showInFolder(await resolve(id)),
    openExternal: async ({ url }) => {
      // The contract already refused anything but http(s); checked again where the address leaves the app.
      const checked = externalUrlOf(url);
      if (checked === null) throw new AppFailure('INVALID_INPUT', 'Hanya alamat web http:// atau https:// yang dapat dibuka.');
      return services.shell.openExternal(checked.toString());
    },
    openEvidence: async ({ id, evidenceId }) => {
      const blob = await services.worksheets.evidenceBlob(id, evidenceId);
      return services.shell.openFile({ fileName: blob.fileName, mimeType: blob.mimeType, bytes: Buffer.from(blob.dataBase64, 'base64') });
    },
  };
}
