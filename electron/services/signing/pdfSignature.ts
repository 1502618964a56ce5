import { plainAddPlaceholder } from '@signpdf/placeholder-plain';
import { SignPdf } from '@signpdf/signpdf';
import { Signer } from '@signpdf/utils';
import { buildDetachedCms, type SigningIdentity } from './cms';

/**
 * The PDF signature on every generated document: a signature field added as an incremental
 * update by `@signpdf/placeholder-plain`, the ByteRange and `/Contents` filled by
 * `@signpdf/signpdf`, the CMS from cms.ts. The signature covers the whole file except its own
 * `/Contents` value.
 */

/**
 * Room for the CMS in the placeholder, in bytes: the certificates plus 3 KB for the signed
 * attributes, the signature (RSA-4096 at most) and the structure, rounded up to whole kilobytes.
 * Kept tight because the placeholder is written, hex-encoded, into every file.
 */
function signatureLength(identity: SigningIdentity): number {
  const certificates = identity.chain.reduce((sum, certificate) => sum + certificate.raw.byteLength, 0);
  return Math.ceil((certificates + 3072) / 1024) * 1024;
}

/** `@signpdf`'s Signer over our CMS builder; reusable (unlike its P12Signer). */
class CmsSigner extends Signer {
  constructor(private readonly identity: SigningIdentity) {
    super();
  }

  override async sign(pdfBuffer: Buffer, signingTime?: Date): Promise<Buffer> {
    return buildDetachedCms(pdfBuffer, this.identity, signingTime ?? new Date());
  }
}

/** Who and why, as written in the signature dictionary (readers show them). */
export interface SignatureLabels {
  /** `/Name`: the signer. */
  name: string;
  /** `/Reason`. */
  reason: string;
  /** `/Location`: the city. */
  location: string;
  /** `/ContactInfo`. */
  contactInfo: string;
}

/** Signs PDF bytes; the result is the same PDF with one signature over every byte. */
export async function signPdfBytes(bytes: Uint8Array, identity: SigningIdentity, labels: SignatureLabels, signingTime: Date): Promise<Uint8Array> {
  const pdfBuffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const withPlaceholder = plainAddPlaceholder({
    pdfBuffer,
    reason: labels.reason,
    contactInfo: labels.contactInfo,
    name: labels.name,
    location: labels.location,
    signingTime,
    signatureLength: signatureLength(identity),
    // A PDF name: the space is written as #20.
    appName: 'ZI#20Desk',
  });
  const signed = await new SignPdf().sign(withPlaceholder, new CmsSigner(identity), signingTime);
  return new Uint8Array(signed.buffer, signed.byteOffset, signed.byteLength);
}
