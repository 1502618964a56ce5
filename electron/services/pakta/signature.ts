import { imageSideProblem } from '../../../shared/limits';
import { AppFailure } from '../../../shared/result';
import { sniffImage } from '../images';
import { checkImage } from '../pdf/images';
import { cleanSignature } from '../pdf/signatureImage';

/**
 * Signature images as they arrive from the renderer: a PNG drawn on the canvas, or a scan
 * (PNG/JPEG) of a signature on paper. They are checked before anything is decoded (type from the
 * magic bytes, MAX_SIGNATURE_BYTES and MAX_IMAGE_SIDE_PX of shared/limits — pdf/images.ts), then tidied so they sit well on the
 * Meterai box (the engine's cleanSignature).
 */

/** What to store for a signature: the bytes and their type. */
export interface PreparedSignature {
  bytes: Uint8Array;
  mimeType: 'image/png' | 'image/jpeg';
}

/**
 * Checks and tidies a signature with the engine's `cleanSignature` (pdf/signatureImage.ts): the
 * paper (or the canvas's transparent background) stays transparent and the margins are trimmed.
 * `drawn` must be a PNG. A JPEG scan is stored as uploaded (the renderer converts JPEG scans to a
 * cleaned PNG before sending; a JPEG that still arrives prints as it is).
 * Throws `AppFailure` (UNSUPPORTED_FILE, TOO_LARGE, INVALID_INPUT) with an Indonesian message.
 */
export function prepareSignature(bytes: Uint8Array, source: 'drawn' | 'scan'): PreparedSignature {
  const info = checkImage(bytes, 'Tanda tangan');
  if (source === 'drawn' && info.mimeType !== 'image/png') {
    throw new AppFailure('UNSUPPORTED_FILE', 'Tanda tangan digital harus berupa gambar PNG dari kotak tanda tangan.');
  }
  if (info.mimeType === 'image/jpeg') return { bytes, mimeType: 'image/jpeg' };
  try {
    return { bytes: cleanSignature(bytes), mimeType: 'image/png' };
  } catch (error) {
    if (error instanceof AppFailure && error.code === 'INVALID_INPUT' && source === 'drawn') {
      throw new AppFailure('INVALID_INPUT', 'Tanda tangan masih kosong. Gambar tanda tangan pada kotak, atau pilih cara lain.');
    }
    throw error;
  }
}

/** The type of an attached scan of a signed paper pledge: PDF, PNG or JPEG. */
export function sniffSignedScan(bytes: Uint8Array): 'application/pdf' | 'image/png' | 'image/jpeg' {
  if (bytes.length === 0) throw new AppFailure('UNSUPPORTED_FILE', 'Berkas pindaian kosong.');
  const head = String.fromCharCode(...bytes.subarray(0, 5));
  if (head === '%PDF-') return 'application/pdf';
  const image = sniffImage(bytes);
  if (image) {
    if (image.width < 1 || image.height < 1) throw new AppFailure('UNSUPPORTED_FILE', 'Gambar pindaian rusak: ukurannya tidak dapat dibaca.');
    const sideProblem = imageSideProblem('Gambar pindaian', image.width, image.height);
    if (sideProblem) throw new AppFailure('TOO_LARGE', sideProblem);
    return image.mimeType;
  }
  throw new AppFailure('UNSUPPORTED_FILE', 'Pindaian pakta harus berupa berkas PDF, JPEG atau PNG.');
}
