import { X509Certificate, createHash, verify } from 'node:crypto';
import { extractSignature } from '@signpdf/utils';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { AppFailure } from '../../../shared/result';
import { describeCertificate, type CertificateInfo } from './certificate';

/**
 * Reading a PDF signature back and checking it cryptographically over the bytes: the ByteRange
 * (does it cover the whole file but the signature itself?), the message digest over those ranges,
 * and the signer's signature over the signed attributes. Trust in the signer (this installation,
 * a trusted key, an office certificate) is decided by the caller from the certificate returned.
 */

/** What {@link checkPdfSignature} found. */
export interface PdfSignatureCheck {
  /** How many signatures (`/ByteRange`) the file holds. */
  signatureCount: number;
  /** The signer's certificate (the one matching the SignerInfo), described. */
  signer: CertificateInfo;
  /** The signer's certificate itself, for the caller's trust decision. */
  signerCertificate: X509Certificate;
  /** The signing-time attribute, ISO, or null when absent. */
  signingTime: string | null;
  /** ByteRange = [0, a, b, c] with a < b and b + c = the file's length: nothing after or outside it. */
  coversWholeFile: boolean;
  /** SHA-256 over the ByteRange equals the signed message-digest attribute. */
  digestMatches: boolean;
  /** The signature over the signed attributes verifies with the signer's public key. */
  signatureValid: boolean;
}

/**
 * Caps checked before anything of a signature is parsed: a ZI Desk signature is ~1 KB (an office
 * chain a few KB) in an 8 KB placeholder, so `/Contents` over 64 KB of hex, more than 10
 * certificates or one over 16 KB is hostile, refused with a reason instead of parsed.
 */
export const MAX_SIGNATURE_HEX = 64 * 1024;
const MAX_CERTIFICATES = 10;
const MAX_CERTIFICATE_BYTES = 16 * 1024;

const TOO_LARGE = 'Tanda tangan PDF di berkas ini tidak wajar besarnya, sehingga tidak diperiksa: berkas ini bukan dokumen ZI Desk yang utuh. Mintalah berkas aslinya.';

/** The span of `/Contents` named by the last ByteRange, read from its numbers only (no regex over the file). */
function contentsLength(bytes: Buffer): number | null {
  const at = bytes.lastIndexOf('/ByteRange [');
  if (at === -1) return null;
  const numbers = /^\/ByteRange \[(\d{1,12}) +(\d{1,12}) +(\d{1,12}) +(\d{1,12}) *\]/.exec(bytes.toString('latin1', at, at + 80));
  if (!numbers) return null;
  return Number(numbers[3]) - Number(numbers[1]) - Number(numbers[2]);
}

const OID = {
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
} as const;

function countOf(bytes: Buffer, needle: string): number {
  let count = 0;
  for (let at = bytes.indexOf(needle); at !== -1; at = bytes.indexOf(needle, at + needle.length)) count += 1;
  return count;
}

function attributeValue(signerInfo: pkijs.SignerInfo, type: string): asn1js.AsnType | undefined {
  return signerInfo.signedAttrs?.attributes.find((attribute) => attribute.type === type)?.values[0];
}

/**
 * Checks the last signature of a PDF. Null when the file carries no readable signature (no
 * ByteRange, or a `/Contents` that is no CMS SignedData with a signer certificate).
 */
export function checkPdfSignature(input: Uint8Array): PdfSignatureCheck | null {
  const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  const signatureCount = countOf(bytes, '/ByteRange [');
  if (signatureCount === 0) return null;
  const span = contentsLength(bytes);
  if (span !== null && span > MAX_SIGNATURE_HEX + 2) throw new AppFailure('TOO_LARGE', TOO_LARGE);
  let byteRange: number[];
  let signedBytes: Buffer;
  try {
    const extracted = extractSignature(bytes, signatureCount) as { ByteRange: number[]; signedData: Buffer };
    byteRange = extracted.ByteRange;
    signedBytes = extracted.signedData;
  } catch {
    return null;
  }
  const [start = -1, firstLength = -1, second = -1, secondLength = -1] = byteRange;
  if (start < 0 || firstLength < 0 || second <= start + firstLength || second > bytes.length) return null;
  // The `/Contents` hex between the two ranges (`<…>`), trailing zero padding ignored by the DER reader.
  const hex = bytes.subarray(start + firstLength + 1, second - 1).toString('latin1');
  if (!/^[0-9a-fA-F]*$/.test(hex)) return null;
  const der = Buffer.from(hex.length % 2 ? `${hex}0` : hex, 'hex');

  let signedData: pkijs.SignedData;
  try {
    const { result, offset } = asn1js.fromBER(der);
    if (offset === -1) return null;
    signedData = new pkijs.SignedData({ schema: new pkijs.ContentInfo({ schema: result }).content });
  } catch {
    return null;
  }
  const certificates = signedData.certificates ?? [];
  if (certificates.length > MAX_CERTIFICATES || certificates.some((item) => item.toSchema().toBER(true).byteLength > MAX_CERTIFICATE_BYTES)) {
    throw new AppFailure('TOO_LARGE', TOO_LARGE);
  }
  const signerInfo = signedData.signerInfos[0];
  if (!signerInfo || !(signerInfo.sid instanceof pkijs.IssuerAndSerialNumber)) return null;
  const sid = signerInfo.sid;
  const signerCertificate = (signedData.certificates ?? []).find(
    (certificate): certificate is pkijs.Certificate =>
      certificate instanceof pkijs.Certificate && certificate.issuer.isEqual(sid.issuer) && certificate.serialNumber.isEqual(sid.serialNumber),
  );
  if (!signerCertificate) return null;
  const x509 = new X509Certificate(Buffer.from(signerCertificate.toSchema().toBER(false)));

  const digestValue = attributeValue(signerInfo, OID.messageDigest);
  const digest = createHash('sha256').update(signedBytes).digest();
  const digestMatches = digestValue instanceof asn1js.OctetString && Buffer.from(digestValue.valueBlock.valueHexView).equals(digest);
  const time = attributeValue(signerInfo, OID.signingTime);
  const signingTime = time instanceof asn1js.UTCTime || time instanceof asn1js.GeneralizedTime ? time.toDate().toISOString() : null;

  let signatureValid = false;
  if (signerInfo.signedAttrs) {
    // RFC 5652 §5.4: the signature covers the attributes' DER with the universal SET tag.
    const toBeSigned = new Uint8Array(signerInfo.signedAttrs.encodedValue.byteLength > 0 ? signerInfo.signedAttrs.encodedValue : signerInfo.signedAttrs.toSchema().toBER(false));
    toBeSigned[0] = 0x31;
    const signature = Buffer.from(signerInfo.signature.valueBlock.valueHexView);
    try {
      const key = x509.publicKey;
      signatureValid = verify('sha256', toBeSigned, key.asymmetricKeyType === 'ec' ? { key, dsaEncoding: 'der' } : key, signature);
    } catch {
      signatureValid = false;
    }
  }
  return {
    signatureCount,
    signer: describeCertificate(x509),
    signerCertificate: x509,
    signingTime,
    coversWholeFile: start === 0 && second + secondLength === bytes.length,
    digestMatches,
    signatureValid,
  };
}
