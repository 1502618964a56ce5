import { formatAngka } from './format/number';

/**
 * Size limits of the files that cross the boundary, each with one name and one value: the renderer
 * checks them before sending, the contract's schemas on the encoded input, main again on the
 * decoded bytes (and the PDF engine on stored images).
 */

const MB = 1024 * 1024;

/** Largest logo (kop surat), on upload and when a PDF prints it. */
export const MAX_LOGO_BYTES = 1 * MB;
/** Widest or tallest logo accepted on upload, in pixels. */
export const MAX_LOGO_SIDE_PX = 4000;
/** Largest signature image (drawn or scanned). */
export const MAX_SIGNATURE_BYTES = 2 * MB;
/** Widest or tallest image (signature, logo) a PDF accepts, in pixels. */
export const MAX_IMAGE_SIDE_PX = 10_000;
/** Largest scan of a signed paper pledge (PDF, JPEG or PNG). */
export const MAX_SIGNED_SCAN_BYTES = 10 * MB;
/** Largest roster spreadsheet (daftar pegawai). */
export const MAX_ROSTER_BYTES = 10 * MB;
/** Largest evidence file (bukti dukung) of a worksheet item. */
export const MAX_EVIDENCE_BYTES = 20 * MB;
/** Largest .xlsx accepted for a worksheet import (10 MB of junk must be refused cleanly). */
export const MAX_EXCHANGE_BYTES = 10 * MB;
/** Largest PDF dropped on *Verifikasi dokumen*. */
export const MAX_VERIFY_PDF_BYTES = 10 * MB;
/** A photo or scan of a paper pledge dropped on *Verifikasi dokumen* (its QR is read). */
export const MAX_VERIFY_IMAGE_BYTES = 10 * MB;

/** A file size for messages: "1 MB", "2,5 MB", "350 KB". */
export function formatFileSize(bytes: number): string {
  if (bytes >= MB) {
    const mb = bytes / MB;
    return `${Number.isInteger(mb) ? String(mb) : formatAngka(mb, 1)} MB`;
  }
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** The message for an image over the pixel limit: "Logo terlalu besar (12000 × 800 piksel); …". */
export function imageSideProblem(subject: string, width: number, height: number, maxSidePx: number = MAX_IMAGE_SIDE_PX): string | null {
  if (width <= maxSidePx && height <= maxSidePx) return null;
  return `${subject} terlalu besar (${width} × ${height} piksel); lebar dan tinggi maksimal ${formatAngka(maxSidePx, 0)} piksel.`;
}

/**
 * Zip containers (.xlsx) are checked from their central directory before anything reads them: the
 * sizes the directory declares, summed over every entry, may not pass this (a 1 MB zip bomb
 * declares gigabytes), and each entry is then inflated with its declared size as the output cap.
 */
export const MAX_ZIP_UNCOMPRESSED_BYTES = 50 * MB;
/** Most entries a zip container may hold (an .xlsx has a few dozen; a "zip of a million files" is refused). */
export const MAX_ZIP_ENTRIES = 10_000;
/** Largest compression ratio an entry may declare once it is over {@link ZIP_RATIO_FLOOR_BYTES}. */
export const MAX_ZIP_ENTRY_RATIO = 100;
/** Entries up to this size may compress any amount (a sheet of empty cells compresses ~1000:1). */
export const ZIP_RATIO_FLOOR_BYTES = 1 * MB;
/** Most pixels an uploaded image may declare (width × height), checked from its header before decoding. */
export const MAX_IMAGE_PIXELS = 40_000_000;
