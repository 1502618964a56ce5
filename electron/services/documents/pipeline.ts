import type { OpenDocumentResult } from '../../../shared/documents';
import { browserOpenDocument, type OpenDocumentPort } from './port';
import type { DocumentKind, GeneratedDocumentStore, GeneratedMeta } from './store';

/**
 * The one pipeline every generated document goes through: the caller builds its definition and
 * renders it (`render`), every post-process hook runs over each PDF (the merged document and each
 * per-person file of a batch), then the store writes the files (temporary name, then rename) and
 * the metadata last. A hook added at construction therefore applies once, to every kind.
 * A batch's files may arrive as a stream while they are still being rendered (in the PDF worker
 * thread): each is post-processed as it arrives, in order, so the signature runs alongside the
 * rendering; the store still writes nothing before every file is in and processed.
 */

/** What a post-process hook is told about the PDF it receives. */
export interface PostProcessMeta {
  kind: DocumentKind;
  title: string;
  /** File name of this PDF: the document's, or the per-person file's. */
  fileName: string;
  sourceIds: readonly string[];
  /** `document` for the main PDF, `file` for a per-person file of a batch. */
  part: 'document' | 'file';
}

/** Transforms a rendered PDF before it is stored (e.g. a signature); returns the new bytes. */
export type PostProcess = (bytes: Uint8Array, meta: PostProcessMeta) => Promise<Uint8Array>;

/** One per-person file of a batch. */
export interface RenderedFile {
  fileName: string;
  bytes: Uint8Array;
}

/** What rendering a document produced. */
export interface RenderedDocument {
  bytes: Uint8Array;
  pages: number;
  /**
   * Per-person files of a batch, stored in the document's folder in this order: a list, or a
   * stream that delivers them while they are rendered (it rejects to fail the document; it is
   * closed early, with `return()`, when the document fails otherwise).
   */
  files?: Iterable<RenderedFile> | AsyncIterable<RenderedFile>;
}

/** One document to produce. */
export interface ProduceRequest {
  kind: DocumentKind;
  title: string;
  fileName: string;
  sourceIds: string[];
  render: () => Promise<RenderedDocument>;
  /** A record will point to the document: confirm it afterwards (see the store's sweep). */
  awaitsRecord?: boolean;
}

/** The store's reading side, with `produce` as the only way in. */
export interface DocumentsService extends Omit<GeneratedDocumentStore, 'write'> {
  /** Renders, post-processes and stores a document; resolves with its metadata once durable. */
  produce(request: ProduceRequest): Promise<GeneratedMeta>;
  /** Shows a stored document through the native port (preview window, or a URL for a new tab). */
  open(id: string): Promise<OpenDocumentResult>;
}

export interface DocumentsOptions {
  store: GeneratedDocumentStore;
  /** Run in order over every PDF before it is stored. */
  postProcess?: readonly PostProcess[];
  /** Native port; default: the web host's URL answer. */
  openDocument?: OpenDocumentPort;
}

export function createDocumentsService(options: DocumentsOptions): DocumentsService {
  const { store } = options;
  const hooks = options.postProcess ?? [];
  const port = options.openDocument ?? browserOpenDocument;

  const postProcess = async (bytes: Uint8Array, meta: PostProcessMeta): Promise<Uint8Array> => {
    let current = bytes;
    for (const hook of hooks) current = await hook(current, meta);
    return current;
  };

  return {
    root: store.root,

    async produce({ kind, title, fileName, sourceIds, render, awaitsRecord }) {
      const rendered = await render();
      const base = { kind, title, sourceIds };
      const source = rendered.files ?? [];
      let bytes: Uint8Array;
      try {
        bytes = await postProcess(rendered.bytes, { ...base, fileName, part: 'document' });
      } catch (error) {
        // The files' producer may still be rendering: tell it nobody will take them.
        if (Symbol.asyncIterator in source) await source[Symbol.asyncIterator]().return?.();
        throw error;
      }
      const files: RenderedFile[] = [];
      for await (const file of source) {
        files.push({ fileName: file.fileName, bytes: await postProcess(file.bytes, { ...base, fileName: file.fileName, part: 'file' }) });
      }
      return store.write({
        kind,
        title,
        fileName,
        pages: rendered.pages,
        sourceIds,
        bytes,
        ...(files.length > 0 ? { files } : {}),
        ...(awaitsRecord ? { awaitsRecord } : {}),
      });
    },

    resolve: (id) => store.resolve(id),
    remove: (id) => store.remove(id),
    list: () => store.list(),
    confirm: (id) => store.confirm(id),
    sweep: () => store.sweep(),
    filesFolder: (id) => store.filesFolder(id),

    async open(id) {
      const resolved = await store.resolve(id);
      return port({ id: resolved.id, filePath: resolved.filePath, fileName: resolved.fileName, title: resolved.title, saveName: resolved.saveName });
    },
  };
}
