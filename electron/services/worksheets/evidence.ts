import { randomUUID } from 'node:crypto';
import { formatFileSize } from '../../../shared/limits';
import { AppFailure } from '../../../shared/result';
import {
  MAX_EVIDENCE_BYTES,
  MAX_EVIDENCE_PER_ITEM,
  evidenceEditRefusal,
  type EvidenceBlob,
  type Evidence,
  type EvidenceFile,
  type EvidenceMimeType,
  type Worksheet,
  type WorksheetDetail,
  type WorksheetItem,
} from '../../../shared/worksheets';
import { itemOf, refuse, requireItemCode, type WorksheetRepo } from './repo';

/**
 * Evidence of worksheet items: files in the content-addressed blob store, or text references.
 *
 * Which evidence files are accepted: evidence is later opened with the system viewer,
 * so only document and image types are taken, and the bytes must look like the extension says:
 * an executable renamed to .pdf is refused.
 */

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const ZIP = [0x50, 0x4b, 0x03, 0x04]; // OOXML (docx, xlsx, pptx)
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]; // legacy doc, xls, ppt

interface Kind {
  mimeType: EvidenceMimeType;
  /** Magic bytes, or 'text' for plain text (no NUL bytes). */
  signature: readonly number[] | 'text';
}

const kinds: Readonly<Record<string, Kind>> = {
  pdf: { mimeType: 'application/pdf', signature: PDF },
  png: { mimeType: 'image/png', signature: PNG },
  jpg: { mimeType: 'image/jpeg', signature: JPEG },
  jpeg: { mimeType: 'image/jpeg', signature: JPEG },
  doc: { mimeType: 'application/msword', signature: OLE },
  docx: { mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', signature: ZIP },
  xls: { mimeType: 'application/vnd.ms-excel', signature: OLE },
  xlsx: { mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', signature: ZIP },
  ppt: { mimeType: 'application/vnd.ms-powerpoint', signature: OLE },
  pptx: { mimeType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', signature: ZIP },
  txt: { mimeType: 'text/plain', signature: 'text' },
  csv: { mimeType: 'text/csv', signature: 'text' },
};

/** Extensions accepted, for messages. */
export const EVIDENCE_EXTENSIONS = Object.keys(kinds);

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return bytes.length >= signature.length && signature.every((byte, index) => bytes[index] === byte);
}

/** The name as shown to the user: the last path segment of what the browser sent. */
export function displayFileName(fileName: string): string {
  const last = fileName.split(/[\\/]/).pop() ?? fileName;
  return last.trim() === '' ? fileName.trim() : last.trim();
}

/**
 * The MIME type of an evidence file from its extension, checked against its first bytes;
 * a message in Bahasa Indonesia when the file is not accepted.
 */
export function evidenceMimeType(fileName: string, bytes: Uint8Array): { ok: true; mimeType: EvidenceMimeType } | { ok: false; message: string } {
  const dot = fileName.lastIndexOf('.');
  const extension = dot === -1 ? '' : fileName.slice(dot + 1).toLowerCase();
  const kind = Object.hasOwn(kinds, extension) ? kinds[extension] : undefined;
  if (kind === undefined) {
    return {
      ok: false,
      message: `Jenis berkas "${fileName}" tidak didukung sebagai bukti dukung; gunakan ${EVIDENCE_EXTENSIONS.join(', ')}.`,
    };
  }
  const matches =
    kind.signature === 'text' ? !bytes.subarray(0, 8192).includes(0) : startsWith(bytes, kind.signature);
  if (!matches) {
    return {
      ok: false,
      message: `Isi berkas "${fileName}" tidak sesuai dengan jenisnya (.${extension}); berkas mungkin rusak atau salah nama.`,
    };
  }
  return { ok: true, mimeType: kind.mimeType };
}

/** Adding, removing and reading the evidence of an item. */
export interface EvidenceOperations {
  addEvidenceFile(id: string, code: string, fileName: string, bytes: Uint8Array): Promise<WorksheetDetail>;
  addEvidenceReference(id: string, code: string, text: string): Promise<WorksheetDetail>;
  removeEvidence(id: string, code: string, evidenceId: string): Promise<WorksheetDetail>;
  evidenceBlob(id: string, evidenceId: string): Promise<EvidenceBlob>;
}

export function evidenceOperations(repo: WorksheetRepo): EvidenceOperations {
  const { blobs } = repo.deps;

  /** Checked before anything is stored: the status allows evidence edits and the template has the item. */
  async function requireEditable(id: string, code?: string): Promise<void> {
    const worksheet = await repo.open(id);
    refuse(evidenceEditRefusal(worksheet.status));
    if (code !== undefined) requireItemCode(repo.templateOf(worksheet), code);
  }

  /** Changes the evidence of one item in one update, the status re-checked in write order. */
  function editEvidence(id: string, edit: (draft: Worksheet) => void): Promise<WorksheetDetail> {
    return repo.mutate(id, (draft) => {
      refuse(evidenceEditRefusal(draft.status));
      edit(draft);
      repo.touch(draft, true);
    });
  }

  /** Adds one entry to an item, within the per-item limit; `check` may refuse it first. */
  function addEvidence(id: string, code: string, entry: () => Evidence, check?: (item: WorksheetItem) => void): Promise<WorksheetDetail> {
    return editEvidence(id, (draft) => {
      const item = itemOf(draft, code);
      check?.(item);
      if (item.evidence.length >= MAX_EVIDENCE_PER_ITEM) {
        throw new AppFailure('CONFLICT', `Butir ${code} sudah memiliki ${MAX_EVIDENCE_PER_ITEM} bukti dukung (batas maksimal).`);
      }
      item.evidence.push(entry());
    });
  }

  return {
    async addEvidenceFile(id, code, fileName, bytes) {
      await requireEditable(id, code);
      if (bytes.byteLength === 0) throw new AppFailure('INVALID_INPUT', 'Berkas bukti dukung kosong.');
      if (bytes.byteLength > MAX_EVIDENCE_BYTES) {
        throw new AppFailure('TOO_LARGE', `Berkas bukti dukung terlalu besar (maksimal ${formatFileSize(MAX_EVIDENCE_BYTES)}).`);
      }
      const name = displayFileName(fileName);
      const kind = evidenceMimeType(name, bytes);
      if (!kind.ok) throw new AppFailure('UNSUPPORTED_FILE', kind.message);
      const ref = await blobs.put(bytes);
      const entry = (): EvidenceFile => ({
        id: randomUUID(),
        kind: 'file',
        hash: ref.hash,
        name,
        size: ref.size,
        mimeType: kind.mimeType,
        addedAt: repo.stamp(),
        addedBy: repo.who(),
      });
      return addEvidence(id, code, entry, (item) => {
        const same = item.evidence.find((existing): existing is EvidenceFile => existing.kind === 'file' && existing.hash === ref.hash);
        if (same !== undefined) {
          throw new AppFailure('DUPLICATE', `Berkas ini sudah dilampirkan pada butir ${code} sebagai "${same.name}".`);
        }
      });
    },

    async addEvidenceReference(id, code, text) {
      await requireEditable(id, code);
      return addEvidence(id, code, () => ({ id: randomUUID(), kind: 'reference', text: text.trim(), addedAt: repo.stamp(), addedBy: repo.who() }));
    },

    async removeEvidence(id, code, evidenceId) {
      await requireEditable(id);
      return editEvidence(id, (draft) => {
        const item = draft.items[code];
        const index = item?.evidence.findIndex((entry) => entry.id === evidenceId) ?? -1;
        if (item === undefined || index === -1) {
          throw new AppFailure('NOT_FOUND', `Bukti dukung tidak ditemukan pada butir ${code}. Muat ulang LKE.`);
        }
        // The blob stays: it is content-addressed and may be attached elsewhere.
        item.evidence.splice(index, 1);
      });
    },

    async evidenceBlob(id, evidenceId) {
      const worksheet = await repo.open(id);
      for (const item of Object.values(worksheet.items)) {
        const entry = item.evidence.find((candidate) => candidate.id === evidenceId);
        if (entry === undefined) continue;
        if (entry.kind !== 'file') {
          throw new AppFailure('INVALID_INPUT', 'Bukti dukung ini berupa rujukan, bukan berkas.');
        }
        const bytes = await blobs.get(entry.hash);
        return {
          fileName: entry.name,
          mimeType: entry.mimeType,
          size: entry.size,
          dataBase64: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64'),
        };
      }
      throw new AppFailure('NOT_FOUND', 'Bukti dukung tidak ditemukan. Muat ulang LKE.');
    },
  };
}
