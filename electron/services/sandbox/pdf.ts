import { MAX_VERIFY_PDF_BYTES, formatFileSize } from '../../../shared/limits';
import { AppFailure } from '../../../shared/result';
import type { CertificateView } from '../../../shared/signing';
import { PAYLOAD_SEARCH } from '../signing/codes';
import { checkPdfSignature } from '../signing/pdfSignatureCheck';

/**
 * What *Verifikasi dokumen* needs from a dropped PDF: the QR payload ZI Desk writes into the Info
 * dictionary's Keywords (or any payload left as plain bytes by a program that re-saved the file)
 * and the signed canonical content in the `ZIDeskContent` entry (base64url). Runs in the parsing
 * sandbox. Linear in the file size whatever the bytes: every search moves forward only (no regular
 * expression is re-run over the whole file per match), strings are read up to a bound, and only
 * the last few indirect references are followed.
 */
export interface PdfVerificationRead {
  /** The payload found (Keywords first, then anywhere in the bytes), not yet checked. */
  qrPayload: string | null;
  /** The decoded `ZIDeskContent` entry, not yet checked against the payload. */
  content: string | null;
}

/** What the sandbox's PDF job returns: the PDF signature checked over the bytes, then the record data. */
export interface PdfVerificationCheck extends PdfVerificationRead {
  /** The PDF signature checked over the bytes (signing/pdfSignatureCheck.ts), or null when unsigned. */
  signature: PdfSignatureRead | null;
  /** Pages in the file (the page tree's `/Count`; 0 when none is found). */
  pageCount: number;
}

/** The cryptographic check of a PDF signature, as plain data (the trust decision is main's). */
export interface PdfSignatureRead {
  /** How many signatures (`/ByteRange`) the file holds; the last one was checked. */
  count: number;
  signer: CertificateView;
  signingTime: string | null;
  coversWholeFile: boolean;
  digestMatches: boolean;
  signatureValid: boolean;
}

/** Longest Info string read (a pledge's canonical content is a few KB). */
const MAX_INFO_STRING = 256 * 1024;
/** Indirect references followed per key, newest first (incremental saves may add a few). */
const MAX_REFERENCE_TRIES = 16;
/** Whitespace skipped between a name or `obj` and its value. */
const MAX_GAP = 1024;
/**
 * Characters all string reads of one key may scan together. Strings that never close would
 * otherwise be re-read from every later occurrence of the key (quadratic); past the budget the
 * remaining values are not read.
 */
const STRING_SCAN_BUDGET = 4 * 1024 * 1024;

/** What is left of {@link STRING_SCAN_BUDGET} for one key. */
interface Budget {
  left: number;
}

type InfoValue = { kind: 'string'; value: string } | { kind: 'ref'; key: string };

const isSpace = (code: number): boolean => code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09 || code === 0x0c || code === 0x00;
const isDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;
const isRegular = (code: number): boolean => !Number.isNaN(code) && !isSpace(code) && !'()<>[]{}/%'.includes(String.fromCharCode(code));

function skipSpace(text: string, from: number, limit = MAX_GAP): number {
  let i = from;
  while (i < text.length && i - from < limit && isSpace(text.charCodeAt(i))) i += 1;
  return i;
}

function readDigits(text: string, from: number): { value: string; end: number } | null {
  let i = from;
  while (i < text.length && i - from < 10 && isDigit(text.charCodeAt(i))) i += 1;
  return i === from ? null : { value: text.slice(from, i), end: i };
}

const ESCAPES: Readonly<Record<string, string>> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', '(': '(', ')': ')', '\\': '\\' };

/** The literal string whose body starts at `start`, read up to {@link MAX_INFO_STRING} characters. */
function readLiteral(text: string, start: number, budget: Budget): { value: string; end: number } | null {
  const parts: string[] = [];
  let depth = 1;
  const stop = Math.min(text.length, start + MAX_INFO_STRING, start + Math.max(0, budget.left));
  budget.left -= stop - start;
  for (let i = start; i < stop; i += 1) {
    const ch = text[i] ?? '';
    if (ch === '\\') {
      const next = text[i + 1] ?? '';
      i += 1;
      if (next in ESCAPES) parts.push(ESCAPES[next] ?? '');
      else if (next >= '0' && next <= '7') {
        let octal = next;
        while (octal.length < 3 && (text[i + 1] ?? '') >= '0' && (text[i + 1] ?? '') <= '7') {
          i += 1;
          octal += text[i] ?? '';
        }
        parts.push(String.fromCharCode(parseInt(octal, 8) & 0xff));
      } else if (next === '\r') {
        if (text[i + 1] === '\n') i += 1;
      } else if (next !== '\n') parts.push(next);
      continue;
    }
    if (ch === '(') depth += 1;
    if (ch === ')') {
      depth -= 1;
      if (depth === 0) return { value: parts.join(''), end: i + 1 };
    }
    parts.push(ch);
  }
  return null;
}

/** UTF-16BE text strings (with their byte-order mark) as PDF writes non-Latin text. */
function decodeTextString(raw: string): string {
  if (raw.charCodeAt(0) !== 0xfe || raw.charCodeAt(1) !== 0xff) return raw;
  const parts: string[] = [];
  for (let i = 2; i + 1 < raw.length; i += 2) parts.push(String.fromCharCode((raw.charCodeAt(i) << 8) | raw.charCodeAt(i + 1)));
  return parts.join('');
}

/** The string (literal or hex) starting at `index` after optional whitespace, with where it ends. */
function stringAt(text: string, index: number, budget: Budget): { value: string; end: number } | null {
  const i = skipSpace(text, index);
  if (text[i] === '(') {
    const literal = readLiteral(text, i + 1, budget);
    return literal ? { value: decodeTextString(literal.value), end: literal.end } : null;
  }
  if (text[i] === '<' && text[i + 1] !== '<') {
    const stop = Math.min(text.length, i + 2 * MAX_INFO_STRING, i + Math.max(0, budget.left));
    let end = i + 1;
    while (end < stop && text[end] !== '>') end += 1;
    budget.left -= end - i;
    if (end >= stop) return null;
    const hex = text.slice(i + 1, end).replace(/\s+/g, '');
    if (!/^[0-9a-fA-F]*$/.test(hex)) return null;
    return { value: decodeTextString(Buffer.from(hex.length % 2 ? `${hex}0` : hex, 'hex').toString('latin1')), end: end + 1 };
  }
  return null;
}

/** Every value of `/key` in file order: a direct string, or an `N G R` reference. One forward pass. */
function valuesOf(text: string, key: string, budget: Budget): InfoValue[] {
  const name = `/${key}`;
  const values: InfoValue[] = [];
  for (let at = text.indexOf(name); at >= 0 && budget.left > 0; at = text.indexOf(name, at)) {
    const after = at + name.length;
    at = after;
    if (isRegular(text.charCodeAt(after)) && after < text.length) continue;
    const direct = stringAt(text, after, budget);
    if (direct) {
      values.push({ kind: 'string', value: direct.value });
      at = direct.end;
      continue;
    }
    const num = readDigits(text, skipSpace(text, after));
    const gen = num && readDigits(text, skipSpace(text, num.end));
    const r = gen ? skipSpace(text, gen.end) : -1;
    if (num && gen && text[r] === 'R' && !isRegular(text.charCodeAt(r + 1))) {
      values.push({ kind: 'ref', key: `${Number(num.value)} ${Number(gen.value)}` });
      at = r + 1;
    }
  }
  return values;
}

/** Where each object's body starts (`N G obj`), the last definition winning. One forward pass. */
function objectOffsets(text: string): Map<string, number> {
  const offsets = new Map<string, number>();
  for (let at = text.indexOf('obj'); at >= 0; at = text.indexOf('obj', at + 3)) {
    if (isRegular(text.charCodeAt(at + 3)) || !isSpace(text.charCodeAt(at - 1))) continue;
    // Backwards over "N G ": a few bounded steps, never past the previous token.
    let i = at - 1;
    const back = (test: (code: number) => boolean, limit: number): number => {
      const from = i;
      while (i >= 0 && from - i < limit && test(text.charCodeAt(i))) i -= 1;
      return from - i;
    };
    back(isSpace, 32);
    const genEnd = i + 1;
    if (back(isDigit, 10) === 0) continue;
    const gen = text.slice(i + 1, genEnd);
    if (back(isSpace, 32) === 0) continue;
    const numEnd = i + 1;
    if (back(isDigit, 10) === 0) continue;
    if (i >= 0 && isRegular(text.charCodeAt(i))) continue;
    offsets.set(`${Number(text.slice(i + 1, numEnd))} ${Number(gen)}`, at + 3);
  }
  return offsets;
}

/** The last value of Info entry `/key` that resolves to a string, or null. */
function infoEntry(text: string, key: string, objects: () => Map<string, number>): string | null {
  const budget: Budget = { left: STRING_SCAN_BUDGET };
  const values = valuesOf(text, key, budget);
  // References are followed with their own budget: a few bounded reads.
  const references: Budget = { left: MAX_REFERENCE_TRIES * MAX_INFO_STRING };
  let tries = 0;
  for (let i = values.length - 1; i >= 0; i -= 1) {
    const value = values[i];
    if (value?.kind === 'string') return value.value;
    if (value?.kind !== 'ref' || tries >= MAX_REFERENCE_TRIES) continue;
    tries += 1;
    const offset = objects().get(value.key);
    const found = offset === undefined ? null : stringAt(text, offset, references);
    if (found) return found.value;
  }
  return null;
}

/**
 * The page count: the largest `/Count` of a `/Type /Pages` dictionary (the root of the page tree).
 * Page objects themselves are not counted, since an incremental update (the signature's own)
 * writes a page again. One forward pass; each dictionary is looked at within a bounded window.
 */
function pageCountOf(text: string): number {
  const WINDOW = 4096;
  let count = 0;
  for (let at = text.indexOf('/Pages'); at >= 0; at = text.indexOf('/Pages', at + 6)) {
    if (isRegular(text.charCodeAt(at + 6))) continue;
    const before = Math.max(0, at - 40);
    const typed = text.slice(before, at).lastIndexOf('/Type');
    if (typed < 0 || skipSpace(text, before + typed + 5, 32) !== at) continue;
    const head = Math.max(0, at - WINDOW);
    const open = head + Math.max(0, text.slice(head, at).lastIndexOf('<<'));
    const close = text.indexOf('>>', at);
    const end = close < 0 || close - at > WINDOW ? Math.min(text.length, at + WINDOW) : close;
    const body = text.slice(open, end);
    const key = body.indexOf('/Count');
    const digits = key < 0 ? null : readDigits(body, skipSpace(body, key + 6, 32));
    if (digits) count = Math.max(count, Number(digits.value));
  }
  return count;
}

function signatureOf(bytes: Uint8Array): PdfSignatureRead | null {
  const check = checkPdfSignature(bytes);
  if (!check) return null;
  const { signatureCount, signer, signingTime, coversWholeFile, digestMatches, signatureValid } = check;
  return { count: signatureCount, signer, signingTime, coversWholeFile, digestMatches, signatureValid };
}

/**
 * Reads the verification data of a PDF (see {@link PdfVerificationRead}). Throws `AppFailure`:
 * TOO_LARGE over MAX_VERIFY_PDF_BYTES (checked before anything is read), UNSUPPORTED_FILE for a
 * file that is not a PDF.
 */
export function readPdfForVerification(bytes: Uint8Array): PdfVerificationRead {
  if (bytes.length > MAX_VERIFY_PDF_BYTES) {
    throw new AppFailure('TOO_LARGE', `Berkas PDF terlalu besar untuk diperiksa (maksimal ${formatFileSize(MAX_VERIFY_PDF_BYTES)}).`);
  }
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  if (!text.startsWith('%PDF-')) {
    throw new AppFailure('UNSUPPORTED_FILE', 'Berkas ini bukan PDF. Seret berkas PDF yang dibuat oleh ZI Desk.');
  }
  let objects: Map<string, number> | null = null;
  const lazyObjects = (): Map<string, number> => (objects ??= objectOffsets(text));
  const keywords = infoEntry(text, 'Keywords', lazyObjects);
  const qrPayload = (keywords === null ? undefined : PAYLOAD_SEARCH.exec(keywords)?.[0]) ?? PAYLOAD_SEARCH.exec(text)?.[0] ?? null;
  if (qrPayload === null) return { qrPayload: null, content: null };
  const encoded = infoEntry(text, 'ZIDeskContent', lazyObjects);
  const content = encoded !== null && /^[A-Za-z0-9_-]+$/.test(encoded) ? Buffer.from(encoded, 'base64url').toString('utf8') : null;
  return { qrPayload, content };
}

/**
 * The sandbox's PDF job: size cap and PDF header first (readPdfForVerification throws), then the PDF
 * signature over the bytes, the page count and the record data. The caller trusts the record only
 * when the signature is valid over the whole file.
 */
export function checkPdfForVerification(bytes: Uint8Array): PdfVerificationCheck {
  const read = readPdfForVerification(bytes);
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return { ...read, signature: signatureOf(bytes), pageCount: pageCountOf(text) };
}
