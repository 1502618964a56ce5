import { documentUrl, type OpenDocumentResult } from '../../../shared/documents';
import { documentDownloadUrl, type OpenExternalResult, type SaveDocumentResult, type ShowInFolderResult } from '../../../shared/documents/open';

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
  /** The real name a saved copy gets (`Pakta Integritas 2022 - Budi Santoso.pdf`, shared/files/fileNames.ts). */
  saveName: string;
}

export type OpenDocumentPort = (document: DocumentToOpen) => Promise<OpenDocumentResult>;

/** The web host's implementation: nothing to show natively, here is the URL. */
export const browserOpenDocument: OpenDocumentPort = async (document) => ({ opened: false, url: documentUrl(document.id) });

/** A file that is not a generated document (an evidence file), handed to the shell to show. */
export interface FileToOpen {
  fileName: string;
  mimeType: string;
  bytes: Uint8Array;
}

/**
 * The rest of the native port, one verb per way of opening things: "Simpan salinan…", "Tampilkan
 * di folder", a web address after the user confirmed it, an evidence file. Electron implements it
 * with dialogs, Explorer and the default browser (electron/main/shell.ts); the web host answers
 * with URLs the renderer opens or downloads ({@link browserShell}).
 */
export interface ShellPort {
  saveDocument(document: DocumentToOpen): Promise<SaveDocumentResult>;
  showInFolder(document: DocumentToOpen): Promise<ShowInFolderResult>;
  /** `url` is already checked to be http(s) by the contract; implementations check again. */
  openExternal(url: string): Promise<OpenExternalResult>;
  openFile(file: FileToOpen): Promise<OpenDocumentResult>;
  /** A folder the user picks in a native dialog (absolute path), null when cancelled or without dialogs. */
  chooseFolder(title: string): Promise<string | null>;
  /** An existing file the user picks in a native dialog (absolute path), null when cancelled or without dialogs. */
  chooseFile(title: string, filters: readonly FileFilterSpec[]): Promise<string | null>;
}

/** A file-type filter of an open dialog: `{ name: 'Arsip cadangan ZI Desk', extensions: ['zip'] }`. */
export interface FileFilterSpec {
  name: string;
  extensions: string[];
}

/** The web host's shell: downloads by URL, no file manager, new tabs opened by the renderer. */
export const browserShell: ShellPort = {
  saveDocument: async (document) => ({ saved: false, fileName: document.saveName, path: null, url: documentDownloadUrl(document.id) }),
  showInFolder: async () => ({ shown: false }),
  openExternal: async (url) => ({ opened: false, url }),
  openFile: async () => ({ opened: false, url: null }),
  // No native dialogs: the screens keep their typed path fields.
  chooseFolder: async () => null,
  chooseFile: async () => null,
};
