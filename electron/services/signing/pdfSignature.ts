import { plainAddPlaceholder } from '@signpdf/placeholder-plain';
import { SignPdf } from '@signpdf/signpdf';
import { findByteRange, Signer } from '@signpdf/utils';
import { AppFailure } from '../../../shared/result';
import { buildDetachedCms, type SigningIdentity } from './cms';
import { fillLabelSlot, labelSlotPosition, RENDERED_SIGNATURE_BYTES } from './placeholder';

/**
 * The PDF signature on every generated document, covering the whole file except its own
 * `/Contents` value. A PDF made by our pdfkit path already holds an unsigned signature field
 * (placeholder.ts): its labels are written into their slot, then `@signpdf/signpdf` fills the
 * ByteRange and splices the CMS (cms.ts) in. Any other PDF (pdfmake's documents) gets the field as
 * an incremental update by `@signpdf/placeholder-plain` first.
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
  const slot = labelSlotPosition(pdfBuffer);
  const signed =
    slot === -1
      ? await new SignPdf().sign(appendPlaceholder(pdfBuffer, identity, labels, signingTime), new CmsSigner(identity), signingTime)
      : signRendered(pdfBuffer, slot, identity, labels, signingTime);
  return new Uint8Array(signed.buffer, signed.byteOffset, signed.byteLength);
}

/**
 * Signs a PDF made with its placeholder in one copy of it: the labels written into their slot, the
 * ByteRange found by @signpdf's `findByteRange` and written over its placeholder, the digest taken
 * over the two ranges in place, the CMS hex written into `/Contents` (its zeros left as padding).
 * `SignPdf.sign` would concatenate the whole file four times, noticeable on a merged batch.
 */
function signRendered(pdfBuffer: Buffer, slot: number, identity: SigningIdentity, labels: SignatureLabels, signingTime: Date): Buffer {
  if (signatureLength(identity) - 2048 > RENDERED_SIGNATURE_BYTES) {
    throw new AppFailure(
      'PDF_ERROR',
      'Rantai sertifikat penanda tangan terlalu besar untuk ruang tanda tangan dokumen. Impor sertifikat .p12 tanpa sertifikat perantara yang tidak perlu, lalu cetak ulang.',
    );
  }
  const pdf = Buffer.from(pdfBuffer);
  fillLabelSlot(pdf, slot, labels, signingTime);
  // The signature dictionary holds the ByteRange placeholder just before the label slot: searched
  // from there, not through the whole file (its compressed page streams) on every signature.
  const dictionary = Math.max(0, pdf.lastIndexOf('/ByteRange', slot));
  const found = findByteRange(pdf.subarray(dictionary));
  if (found.byteRangePlaceholder === undefined || found.byteRangePlaceholderPosition === undefined) throw new Error('No ByteRange placeholder in the rendered PDF');
  const byteRangePlaceholder = found.byteRangePlaceholder;
  const byteRangePlaceholderPosition = dictionary + found.byteRangePlaceholderPosition;
  const contentsStart = pdf.indexOf('<', pdf.indexOf('/Contents ', byteRangePlaceholderPosition + byteRangePlaceholder.length));
  const contentsEnd = pdf.indexOf('>', contentsStart) + 1;
  const byteRange = [0, contentsStart, contentsEnd, pdf.length - contentsEnd];
  pdf.write(`/ByteRange [${byteRange.join(' ')}]`.padEnd(byteRangePlaceholder.length, ' '), byteRangePlaceholderPosition, 'latin1');
  const cms = buildDetachedCms([pdf.subarray(0, contentsStart), pdf.subarray(contentsEnd)], identity, signingTime).toString('hex');
  if (cms.length > contentsEnd - contentsStart - 2) throw new Error('The CMS does not fit the rendered placeholder');
  pdf.write(cms, contentsStart + 1, 'latin1');
  return pdf;
}

/** Any other PDF: the signature field appended as an incremental update. */
function appendPlaceholder(pdfBuffer: Buffer, identity: SigningIdentity, labels: SignatureLabels, signingTime: Date): Buffer {
  return plainAddPlaceholder({
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
}
