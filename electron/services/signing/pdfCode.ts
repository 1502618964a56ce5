import { canonicalDocumentId } from '../../../shared/pakta/canonical';
import { readPdfForVerification, type PdfVerificationRead } from '../sandbox/pdf';
import { formatCode, parsePayload } from './codes';

/**
 * Reads the verification data back from a PDF that ZI Desk generated (a file dropped on the
 * *Verifikasi dokumen* screen). The PDF service writes the QR payload into the Info dictionary's
 * Keywords and the signed canonical content into a `ZIDeskContent` entry (base64url); both are
 * plain, uncompressed objects. When a PDF has been re-saved by another program that dropped the
 * Info entries, any payload still present as plain bytes is used. The bytes are read by
 * sandbox/pdf.ts (linear, size cap first); the verification service runs that in the parsing
 * sandbox and passes the result to {@link verificationDataOf}.
 */

/** Verification data found in a PDF. */
interface PdfVerificationData {
  qrPayload: string;
  /** The typable code derived from the payload. */
  code: string;
  /** Canonical content carried by the PDF, when present and consistent with the payload. */
  embeddedContent: string | null;
}

/**
 * Finds the verification payload (and, when present, the signed content) in PDF bytes. Returns
 * null when the file holds no ZI Desk payload — e.g. a batch print, whose pages each carry their
 * own QR, or a scan. Throws `AppFailure` for a file that is not a PDF or is too large.
 */
export function extractCodeFromPdf(bytes: Uint8Array): PdfVerificationData | null {
  return verificationDataOf(readPdfForVerification(bytes));
}

/**
 * The verification data in what the parsing sandbox read from a PDF (sandbox/pdf.ts): the payload
 * must parse, and the embedded content counts only when it names the payload's document.
 */
export function verificationDataOf(read: PdfVerificationRead): PdfVerificationData | null {
  const { qrPayload } = read;
  if (!qrPayload) return null;
  const payload = parsePayload(qrPayload);
  if (!payload) return null;
  const embeddedContent = read.content !== null && canonicalDocumentId(read.content) === payload.docId ? read.content : null;
  return { qrPayload, code: formatCode(payload.docId, payload.sha256), embeddedContent };
}
