import { documentUrl, type OpenDocumentResult } from '../../../shared/documents';

/**
 * The native port for generated documents (ARCHITECTURE "Native UI goes through one small port"):
 * Electron opens a preview window with the built-in PDF viewer, which prints from there
 * (electron/main/documents.ts); the web host answers with the same-origin URL `/documents/<id>`,
 * which the renderer opens in a new tab.
 */

/** A generated document, resolved by main (the renderer only ever sent its id). */
export interface DocumentToOpen {
  id: string;
  /** Absolute path inside the data folder. */
  filePath: string;
  fileName: string;
  title: string;
}

export type OpenDocumentPort = (document: DocumentToOpen) => Promise<OpenDocumentResult>;

/** The web host's implementation: nothing to show natively, here is the URL. */
export const browserOpenDocument: OpenDocumentPort = async (document) => ({ opened: false, url: documentUrl(document.id) });
