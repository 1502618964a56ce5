import type { EvidenceMimeType } from '../../../shared/worksheets';

/**
 * Which evidence files are accepted (issue 3 §4). Evidence is later opened with the system viewer,
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
