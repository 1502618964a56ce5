/**
 * Verification codes and QR payloads (offline verification of generated documents).
 *
 * QR payload (machine-readable, everything needed to check the signature offline):
 *   `ZID1.<docId>.<sha256 b64url>.<signature b64url>.<key fingerprint>`
 * - docId: the document id ([A-Za-z0-9_-], no dots);
 * - sha256: SHA-256 of the canonical content, base64url without padding (43 characters);
 * - signature: Ed25519 over `ZID1\n<docId>\n<sha256 hex>` (64 bytes → 86 characters);
 * - key fingerprint: first 8 bytes of SHA-256 of the raw public key, 16 lowercase hex.
 *
 * Typable code (printed in the footer, read over the phone), versioned by the length of its digest:
 * - current: `ZI-<last 8 of docId>-<sha256 hex 1–8>-<sha256 hex 9–16>`, e.g.
 *   `ZI-1A2B3C4D-9F8E7D6C-5B4A3928` — 64 bits of the content digest, so a guessed or edited code
 *   does not match a record by chance;
 * - earlier versions printed only the first 8 hex (32 bits), `ZI-1A2B3C4D-9F8E7D6C`: such a code is
 *   still read, and verifies only against a stored record that was issued with exactly that code.
 * It identifies the stored record and the content digest; the full check uses the payload stored
 * with the record.
 */

const PAYLOAD_PREFIX = 'ZID1';

/** Parsed QR payload. */
export interface QrPayload {
  docId: string;
  /** SHA-256 of the canonical content, lowercase hex. */
  sha256: string;
  signature: Uint8Array;
  keyFingerprint: string;
}

/** Parsed typable code. */
interface TypedCode {
  /** Upper-case short document id as printed. */
  docIdShort: string;
  /** First 16 (current) or 8 (earlier versions) hex digits of the content's SHA-256, lower case. */
  shaPrefix: string;
}

/** Hex digits of the digest in a current code (64 bits). */
const CODE_DIGEST_HEX = 16;

const PAYLOAD_PATTERN = /^ZID1\.([A-Za-z0-9_-]{4,64})\.([A-Za-z0-9_-]{43})\.([A-Za-z0-9_-]{86})\.([0-9a-f]{16})$/;
const CODE_PATTERN = /^ZI-([A-Z0-9]{4,12})-([0-9A-F]{8})(?:-?([0-9A-F]{8}))?$/;

/** Regular expression finding a payload inside other text (PDF bytes, a scanner's output). */
export const PAYLOAD_SEARCH = /ZID1\.[A-Za-z0-9_-]{4,64}\.[A-Za-z0-9_-]{43}\.[A-Za-z0-9_-]{86}\.[0-9a-f]{16}/;

/** The message that the Ed25519 signature covers. */
export function signedMessage(docId: string, sha256Hex: string): Uint8Array {
  return new TextEncoder().encode(`${PAYLOAD_PREFIX}\n${docId}\n${sha256Hex}`);
}

/**
 * The last 8 letters/digits of the document id, upper case, for the typable code (ids such as
 * `pk-2022-0001` differ at the end; random ids are random everywhere).
 */
export function shortDocId(docId: string): string {
  const short = docId.replace(/[^A-Za-z0-9]/g, '').slice(-8).toUpperCase();
  return short.length >= 4 ? short : short.padEnd(4, '0');
}

/** The canonical spelling of a code from its parts: the digest prefix in groups of 8, upper case. */
function spellCode(docIdShort: string, shaPrefix: string): string {
  return `ZI-${docIdShort}-${(shaPrefix.toUpperCase().match(/.{1,8}/g) ?? []).join('-')}`;
}

/** `ZI-<docId short>-<sha256 hex 1–8>-<sha256 hex 9–16>`, upper case. */
export function formatCode(docId: string, sha256Hex: string): string {
  return spellCode(shortDocId(docId), sha256Hex.slice(0, CODE_DIGEST_HEX));
}

/** Serialises a payload. */
export function formatPayload(payload: QrPayload): string {
  const sha = Buffer.from(payload.sha256, 'hex').toString('base64url');
  const signature = Buffer.from(payload.signature).toString('base64url');
  return `${PAYLOAD_PREFIX}.${payload.docId}.${sha}.${signature}.${payload.keyFingerprint}`;
}

/** Parses a QR payload; null when it is not one. */
export function parsePayload(text: string): QrPayload | null {
  const match = PAYLOAD_PATTERN.exec(text.trim());
  if (!match) return null;
  const [, docId = '', sha = '', signature = '', keyFingerprint = ''] = match;
  const shaBytes = Buffer.from(sha, 'base64url');
  const signatureBytes = Buffer.from(signature, 'base64url');
  if (shaBytes.length !== 32 || signatureBytes.length !== 64) return null;
  return { docId, sha256: shaBytes.toString('hex'), signature: new Uint8Array(signatureBytes), keyFingerprint };
}

/**
 * Normalises what a person typed (lower case, spaces, en dashes, missing "ZI-") and parses it as
 * a code; null when it is not one.
 */
export function parseTypedCode(text: string): TypedCode | null {
  let normalized = text
    .trim()
    .toUpperCase()
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, '');
  if (!normalized.startsWith('ZI-') && /^[A-Z0-9]{4,12}-[0-9A-F]{8}(?:-?[0-9A-F]{8})?$/.test(normalized)) normalized = `ZI-${normalized}`;
  const match = CODE_PATTERN.exec(normalized);
  if (!match) return null;
  return { docIdShort: match[1] ?? '', shaPrefix: `${match[2] ?? ''}${match[3] ?? ''}`.toLowerCase() };
}

/**
 * The canonical spelling of a typed code, as stored with its record
 * ("zi-1a2b3c4d-9f8e7d6c 5b4a3928" → "ZI-1A2B3C4D-9F8E7D6C-5B4A3928"; an earlier 8-digit code keeps its form).
 */
export function normalizeCode(text: string): string | null {
  const parsed = parseTypedCode(text);
  return parsed ? spellCode(parsed.docIdShort, parsed.shaPrefix) : null;
}
