import { randomBytes } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { DOCUMENT_REF_PATTERN } from '../../../shared/documents';
import { savedDocumentName } from '../../../shared/files/fileNames';
import { AppFailure } from '../../../shared/result';
import { errorCode, isTempFileName, nodeFileOps, removeQuietly, toStorageFailure, withRetry, writeFileAtomic, type FileOps } from '../files/atomic';

/**
 * Generated documents: the PDFs main writes into `<dataDir>/documents/` and hands out by id (the
 * renderer sends ids, never paths). Each document is `<id>.pdf` plus a small `<id>.json` with its
 * title and file name; a batch's per-person files live in `<id>-berkas/` and are addressed as
 * `<id>_<n>`. Every file is written to a temporary name and renamed (files/atomic.ts), so a full
 * disk or a read-only folder leaves nothing under a final name; the metadata is written last, so
 * a document id only ever resolves to a complete set of files.
 *
 * No generated file outlives a crash unreferenced (batch PDFs carry names and NIPs): a document
 * that a record must point to (a printed pledge) is written `awaitsRecord` and confirmed after the
 * record is stored; {@link GeneratedDocumentStore.sweep}, run at start, deletes files no metadata
 * points to and documents never confirmed — only those older than the session start minus
 * {@link SWEEP_MARGIN_MS}, and never one being written by this process.
 */

export const DOCUMENTS_FOLDER = 'documents';

/** Every kind of generated document; add a kind here and it is stored like the others. */
export const DOCUMENT_KINDS = ['pakta', 'pakta-batch', 'piagam', 'lhe', 'rekap', 'surat-usulan', 'sptjm'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** Kind names written by earlier versions, read as today's names (the files themselves stay as they are). */
const LEGACY_KINDS: Readonly<Record<string, DocumentKind>> = { 'pakta-massal': 'pakta-batch', deklarasi: 'piagam' };

const kindSchema = z.preprocess((value) => (typeof value === 'string' ? (LEGACY_KINDS[value] ?? value) : value), z.enum(DOCUMENT_KINDS));

const metaSchema = z.object({
  id: z.string().regex(/^dok-[0-9a-f]{16}$/),
  kind: kindSchema,
  title: z.string(),
  fileName: z.string(),
  createdAt: z.string(),
  pages: z.number().int().nonnegative(),
  size: z.number().int().nonnegative(),
  /** Pledge or declaration ids on the document. */
  sourceIds: z.array(z.string()),
  /** Per-person files of a batch (in `<id>-berkas/`), in order; `<id>_<n>` is files[n - 1]. */
  files: z.array(z.object({ fileName: z.string(), size: z.number().int().nonnegative() })),
  /** Written `awaitsRecord` and not confirmed yet: swept at the next start unless confirmed. */
  pending: z.literal(true).optional(),
});
export type GeneratedMeta = z.infer<typeof metaSchema>;

/** A document to write. */
export interface NewDocument {
  kind: DocumentKind;
  title: string;
  fileName: string;
  pages: number;
  sourceIds: string[];
  bytes: Uint8Array;
  /** Per-person files, written into the document's folder. */
  files?: readonly { fileName: string; bytes: Uint8Array }[];
  /**
   * A record (e.g. a printed pledge) will point to this document: it stays pending until
   * {@link GeneratedDocumentStore.confirm}, and a start-up sweep deletes it if that never came.
   */
  awaitsRecord?: boolean;
}

/** What a sweep deleted: document ids (whole documents or stray files of one), for the log. */
export interface SweepReport {
  removed: string[];
}

/** Files newer than the session start minus this are left alone by the sweep (clock and mtime lag). */
export const SWEEP_MARGIN_MS = 60_000;

/** A document or per-person file found by id. */
export interface ResolvedDocument {
  id: string;
  filePath: string;
  fileName: string;
  title: string;
  size: number;
  /** The real name a saved copy gets (shared/files/fileNames.ts). */
  saveName: string;
}

export interface GeneratedDocumentStore {
  /** Absolute `<dataDir>/documents`. */
  readonly root: string;
  /** Writes the files and the metadata; resolves with the metadata once everything is durable. */
  write(document: NewDocument): Promise<GeneratedMeta>;
  /** The file behind an id (`dok-…` or `dok-…_<n>`); `NOT_FOUND` when there is none. */
  resolve(id: string): Promise<ResolvedDocument>;
  /** Removes a document and its per-person files (best effort; used to undo a write). */
  remove(id: string): Promise<void>;
  /** The metadata of every stored document (unreadable metadata is skipped). */
  list(): Promise<GeneratedMeta[]>;
  /** Marks a document written `awaitsRecord` as pointed to by its record: it is kept from now on. */
  confirm(id: string): Promise<void>;
  /**
   * Deletes what a crash left behind: files under `documents/` that no metadata points to and
   * documents never confirmed, when older than the session start minus {@link SWEEP_MARGIN_MS}
   * and not being written now. Run once at start, after the data folder's lock is taken.
   */
  sweep(): Promise<SweepReport>;
  /** The folder of a batch's per-person files, relative to the data folder (for display). */
  filesFolder(id: string): string;
}

function notFound(): AppFailure {
  return new AppFailure('NOT_FOUND', 'Dokumen tidak ditemukan di folder data. Buat ulang PDF-nya.');
}

/** Opens the generated-documents store of a data folder. */
export function createGeneratedDocumentStore(dataDir: string, options: { ops?: FileOps; now?: () => Date } = {}): GeneratedDocumentStore {
  const root = path.join(dataDir, DOCUMENTS_FOLDER);
  const ops = options.ops ?? nodeFileOps;
  const now = options.now ?? (() => new Date());
  /** Files modified before this are not this session's (wall clock, like file times). */
  const sweepBeforeMs = Date.now() - SWEEP_MARGIN_MS;
  /** Ids being written by this process: never swept. */
  const writing = new Set<string>();
  const pdfPath = (id: string): string => path.join(root, `${id}.pdf`);
  const metaPath = (id: string): string => path.join(root, `${id}.json`);
  const folderPath = (id: string): string => path.join(root, `${id}-berkas`);

  const readMeta = async (id: string): Promise<GeneratedMeta> => {
    let text: string;
    try {
      text = await withRetry(() => fsp.readFile(metaPath(id), 'utf8'));
    } catch (error) {
      if (errorCode(error) === 'ENOENT') throw notFound();
      throw toStorageFailure(error, 'membaca', metaPath(id));
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw notFound();
    }
    const meta = metaSchema.safeParse(parsed);
    if (!meta.success || meta.data.id !== id) throw notFound();
    return meta.data;
  };

  const remove = async (id: string): Promise<void> => {
    await removeQuietly(metaPath(id), ops);
    await removeQuietly(pdfPath(id), ops);
    await fsp.rm(folderPath(id), { recursive: true, force: true }).catch(() => undefined);
  };

  const writeMeta = (meta: GeneratedMeta): Promise<void> => writeFileAtomic(metaPath(meta.id), `${JSON.stringify(meta, null, 1)}\n`, { ops });

  /** Whether a file or folder was last modified before this session (missing counts as not). */
  const isOld = async (file: string): Promise<boolean> => {
    try {
      return (await fsp.stat(file)).mtimeMs < sweepBeforeMs;
    } catch {
      return false;
    }
  };

  const sweep = async (): Promise<SweepReport> => {
    let names: string[];
    try {
      names = await fsp.readdir(root);
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return { removed: [] };
      throw toStorageFailure(error, 'membaca', root);
    }
    const byId = new Map<string, string[]>();
    for (const name of names) {
      const match = /^(dok-[0-9a-f]{16})(\.json|\.pdf|-berkas)(?:\.tmp-[0-9a-f]{12})?$/.exec(name);
      if (match?.[1] === undefined) continue;
      byId.set(match[1], [...(byId.get(match[1]) ?? []), name]);
    }
    const removed: string[] = [];
    for (const [id, entries] of byId) {
      if (writing.has(id)) continue;
      const meta = await readMeta(id).catch(() => null);
      if (meta !== null && meta.pending !== true) {
        // A kept document: only temp files of an interrupted write can be stale.
        for (const name of entries.filter((entry) => isTempFileName(entry))) {
          if (await isOld(path.join(root, name))) await removeQuietly(path.join(root, name), ops);
        }
        continue;
      }
      // No metadata (a crash mid-write) or never confirmed (a crash before the record): garbage,
      // unless something of it was touched during this session.
      const files = entries.map((entry) => path.join(root, entry));
      const ages = await Promise.all(files.map(isOld));
      if (ages.every(Boolean) && !writing.has(id)) {
        await remove(id);
        for (const file of files) await fsp.rm(file, { recursive: true, force: true }).catch(() => undefined);
        removed.push(id);
      }
    }
    return { removed };
  };

  return {
    root,

    async write(document) {
      const id = `dok-${randomBytes(8).toString('hex')}`;
      const meta: GeneratedMeta = {
        id,
        kind: document.kind,
        title: document.title,
        fileName: document.fileName,
        createdAt: now().toISOString(),
        pages: document.pages,
        size: document.bytes.byteLength,
        sourceIds: document.sourceIds,
        files: (document.files ?? []).map((file) => ({ fileName: file.fileName, size: file.bytes.byteLength })),
        ...(document.awaitsRecord ? { pending: true as const } : {}),
      };
      writing.add(id);
      try {
        for (const file of document.files ?? []) {
          if (path.basename(file.fileName) !== file.fileName || file.fileName.startsWith('.')) {
            throw new AppFailure('INTERNAL', 'Nama berkas per pegawai tidak aman.');
          }
          await writeFileAtomic(path.join(folderPath(id), file.fileName), file.bytes, { ops });
        }
        await writeFileAtomic(pdfPath(id), document.bytes, { ops });
        await writeMeta(meta);
      } catch (error) {
        await remove(id);
        throw toStorageFailure(error, 'menyimpan', pdfPath(id));
      } finally {
        writing.delete(id);
      }
      return meta;
    },

    async confirm(id) {
      const meta = await readMeta(id);
      if (meta.pending !== true) return;
      const kept: GeneratedMeta = { ...meta };
      delete kept.pending;
      await writeMeta(kept);
    },

    sweep,

    async resolve(ref) {
      if (!DOCUMENT_REF_PATTERN.test(ref)) throw notFound();
      const [id = '', index] = ref.split('_');
      const meta = await readMeta(id);
      let resolved: ResolvedDocument;
      if (index === undefined) {
        resolved = { id: ref, filePath: pdfPath(id), fileName: meta.fileName, title: meta.title, size: meta.size, saveName: savedDocumentName(meta) };
      } else {
        const file = meta.files[Number(index) - 1];
        if (!file) throw notFound();
        resolved = {
          id: ref,
          filePath: path.join(folderPath(id), file.fileName),
          fileName: file.fileName,
          title: file.fileName,
          size: file.size,
          saveName: savedDocumentName({ title: file.fileName, fileName: file.fileName, batchTitle: meta.title }),
        };
      }
      try {
        await fsp.access(resolved.filePath);
      } catch {
        throw notFound();
      }
      return resolved;
    },

    remove,

    async list() {
      let names: string[];
      try {
        names = await fsp.readdir(root);
      } catch (error) {
        if (errorCode(error) === 'ENOENT') return [];
        throw toStorageFailure(error, 'membaca', root);
      }
      const metas: GeneratedMeta[] = [];
      for (const name of names) {
        const id = /^(dok-[0-9a-f]{16})\.json$/.exec(name)?.[1];
        if (id === undefined) continue;
        try {
          metas.push(await readMeta(id));
        } catch {
          // Unreadable metadata: that document cannot be opened by id either.
        }
      }
      return metas;
    },

    filesFolder(id) {
      return [DOCUMENTS_FOLDER, `${id}-berkas`].join('/');
    },
  };
}
