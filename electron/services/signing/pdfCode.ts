import { canonicalDocumentId } from '../../../shared/pakta/canonical';
import { MAX_VERIFY_PDF_BYTES, formatFileSize } from '../../../shared/limits';
import { AppFailure } from '../../../shared/result';
import { PAYLOAD_SEARCH, formatCode, parsePayload } from './codes';

/**
 * Reads the verification data back from a PDF that ZI Desk generated (a file dropped on the
 * *Verifikasi dokumen* screen). The PDF service writes the QR payload into the Info dictionary's
 * Keywords and the signed canonical content into a `ZIDeskContent` entry (base64url); both are
 * plain, uncompressed objects. When a PDF has been re-saved by another program that dropped the
 * Info entries, any payload still present as plain bytes is used.
 */

/** Verification data found in a PDF. */
interface PdfVerificationData {
  qrPayload: string;
  /** The typable code derived from the payload. */
  code: string;
  /** Canonical content carried by the PDF, when present and consistent with the payload. */
  embeddedContent: string | null;
}

/** Decodes the PDF literal string starting right after its opening parenthesis. */
function readLiteralString(text: string, start: number): string {
  let depth = 1;
  let out = '';
  for (let i = start; i < text.length; i += 1) {
    const ch = text[i] ?? '';
    if (ch === '\\') {
      const next = text[i + 1] ?? '';
      i += 1;
      const escapes: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', '(': '(', ')': ')', '\\': '\\' };
      if (next in escapes) out += escapes[next] ?? '';
      else if (/[0-7]/.test(next)) {
        let octal = next;
        while (octal.length < 3 && /[0-7]/.test(text[i + 1] ?? '')) {
          i += 1;
          octal += text[i] ?? '';
        }
        out += String.fromCharCode(parseInt(octal, 8));
      } else if (next === '\r') {
        if (text[i + 1] === '\n') i += 1;
      } else if (next !== '\n') out += next;
      continue;
    }
    if (ch === '(') depth += 1;
    if (ch === ')') {
      depth -= 1;
      if (depth === 0) break;
    }
    out += ch;
  }
  return out;
}

function decodeTextString(raw: string): string {
  if (raw.charCodeAt(0) === 0xfe && raw.charCodeAt(1) === 0xff) {
    let out = '';
    for (let i = 2; i + 1 < raw.length; i += 2) out += String.fromCharCode((raw.charCodeAt(i) << 8) | raw.charCodeAt(i + 1));
    return out;
  }
  return raw;
}

/** Decodes the PDF string (literal or hex) that starts at `index`, or null if none does. */
function stringAt(text: string, index: number): string | null {
  let i = index;
  while (i < text.length && /\s/.test(text[i] ?? '')) i += 1;
  if (text[i] === '(') return decodeTextString(readLiteralString(text, i + 1));
  if (text[i] === '<' && text[i + 1] !== '<') {
    const end = text.indexOf('>', i);
    if (end < 0) return null;
    const hex = text.slice(i + 1, end).replace(/\s+/g, '');
    if (!/^[0-9a-fA-F]*$/.test(hex)) return null;
    return decodeTextString(Buffer.from(hex.length % 2 ? `${hex}0` : hex, 'hex').toString('latin1'));
  }
  return null;
}

/**
 * The last value of Info entry `/key` in the PDF text: a direct string, or an indirect reference
 * (`12 0 R`, as pdfkit writes them) to an object holding the string. Null when absent.
 */
function infoEntry(text: string, key: string): string | null {
  const pattern = new RegExp(`/${key}(?![A-Za-z0-9])\\s*(?:(\\d+)\\s+(\\d+)\\s+R\\b)?`, 'g');
  let value: string | null = null;
  for (const match of text.matchAll(pattern)) {
    const after = (match.index ?? 0) + match[0].length;
    if (match[1] !== undefined) {
      const objects = [...text.matchAll(new RegExp(`(?:^|[\\r\\n\\s])${match[1]}\\s+${match[2] ?? '0'}\\s+obj\\b`, 'g'))];
      const object = objects.at(-1);
      if (!object) continue;
      const found = stringAt(text, (object.index ?? 0) + object[0].length);
      if (found !== null) value = found;
    } else {
      const found = stringAt(text, after);
      if (found !== null) value = found;
    }
  }
  return value;
}

/**
 * Finds the verification payload (and, when present, the signed content) in PDF bytes. Returns
 * null when the file holds no ZI Desk payload — e.g. a batch print, whose pages each carry their
 * own QR, or a scan. Throws `AppFailure` for a file that is not a PDF or is too large.
 */
export function extractCodeFromPdf(bytes: Uint8Array): PdfVerificationData | null {
  if (bytes.length > MAX_VERIFY_PDF_BYTES) {
    throw new AppFailure('TOO_LARGE', `Berkas PDF terlalu besar untuk diperiksa (maksimal ${formatFileSize(MAX_VERIFY_PDF_BYTES)}).`);
  }
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  if (!text.startsWith('%PDF-')) {
    throw new AppFailure('UNSUPPORTED_FILE', 'Berkas ini bukan PDF. Seret berkas PDF yang dibuat oleh ZI Desk.');
  }
  const keywords = infoEntry(text, 'Keywords');
  const fromKeywords = keywords ? PAYLOAD_SEARCH.exec(keywords)?.[0] : undefined;
  const qrPayload = fromKeywords ?? PAYLOAD_SEARCH.exec(text)?.[0];
  if (!qrPayload) return null;
  const payload = parsePayload(qrPayload);
  if (!payload) return null;
  let embeddedContent: string | null = null;
  const encoded = infoEntry(text, 'ZIDeskContent');
  if (encoded && /^[A-Za-z0-9_-]+$/.test(encoded)) {
    const decoded = Buffer.from(encoded, 'base64url').toString('utf8');
    if (canonicalDocumentId(decoded) === payload.docId) embeddedContent = decoded;
  }
  return { qrPayload, code: formatCode(payload.docId, payload.sha256), embeddedContent };
}
