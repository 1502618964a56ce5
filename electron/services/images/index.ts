import { MAX_IMAGE_PIXELS } from '../../../shared/limits';

/**
 * Recognises an uploaded image from its first bytes and reads its size from the header, without
 * decoding pixels (a 10,000 px bomb is refused before any allocation).
 */
export interface ImageInfo {
  mimeType: 'image/png' | 'image/jpeg';
  width: number;
  height: number;
  /** JPEG only: colour components (1 grey, 3 YCbCr, 4 CMYK). */
  components?: number;
}

/** The 12 bytes every complete PNG ends with: the empty IEND chunk and its CRC. */
const PNG_IEND = [0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82];

/**
 * PNG: signature + IHDR (13 bytes), and the IEND trailer so a truncated upload is not taken for a
 * logo. JPEG: SOI then the first SOFn segment. Undefined for anything else.
 */
export function sniffImage(bytes: Uint8Array): ImageInfo | undefined {
  if (bytes.length >= 24 && bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const type = String.fromCharCode(bytes[12] ?? 0, bytes[13] ?? 0, bytes[14] ?? 0, bytes[15] ?? 0);
    if (type !== 'IHDR' || view.getUint32(8) !== 13) return undefined;
    const tail = bytes.subarray(bytes.length - PNG_IEND.length);
    if (bytes.length < 8 + 25 + PNG_IEND.length || !PNG_IEND.every((byte, i) => tail[i] === byte)) return undefined;
    return { mimeType: 'image/png', width: view.getUint32(16), height: view.getUint32(20) };
  }
  if (bytes.length >= 4 && bytes[0] === 0xff && bytes[1] === 0xd8) {
    let offset = 2;
    while (offset + 9 < bytes.length) {
      if (bytes[offset] !== 0xff) return undefined;
      const marker = bytes[offset + 1] ?? 0;
      if (marker === 0xff) {
        offset += 1;
        continue;
      }
      const length = ((bytes[offset + 2] ?? 0) << 8) | (bytes[offset + 3] ?? 0);
      const isSof = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
      if (isSof) {
        const height = ((bytes[offset + 5] ?? 0) << 8) | (bytes[offset + 6] ?? 0);
        const width = ((bytes[offset + 7] ?? 0) << 8) | (bytes[offset + 8] ?? 0);
        return { mimeType: 'image/jpeg', width, height, components: bytes[offset + 9] ?? 3 };
      }
      if (length < 2) return undefined;
      offset += 2 + length;
    }
  }
  return undefined;
}

/** JPEG markers that start a frame (SOF0–SOF15 but DHT, JPG and DAC). */
const isFrameMarker = (marker: number): boolean => marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;

/**
 * Whether a JPEG's segments up to its image data are well-formed and its frame header declares a
 * believable image: every segment inside the file, a frame header whose length matches its
 * component count (1, 3 or 4 components, 8 or 12 bits), both sides at least 1 and at most
 * `maxPixels` pixels in all. A JPEG with a bogus size fails here, before anything decodes it.
 */
export function checkJpegStructure(bytes: Uint8Array, maxPixels: number = MAX_IMAGE_PIXELS): boolean {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8) return false;
  let frame = false;
  let offset = 2;
  while (offset + 2 <= bytes.length) {
    if (bytes[offset] !== 0xff) return false;
    const marker = bytes[offset + 1] ?? 0;
    if (marker === 0xff) {
      offset += 1;
      continue;
    }
    // Image data (SOS) or the end (EOI): everything before it has been checked.
    if (marker === 0xda || marker === 0xd9) return frame;
    const length = ((bytes[offset + 2] ?? 0) << 8) | (bytes[offset + 3] ?? 0);
    if (offset + 4 > bytes.length || length < 2 || offset + 2 + length > bytes.length) return false;
    if (isFrameMarker(marker)) {
      const precision = bytes[offset + 4] ?? 0;
      const height = ((bytes[offset + 5] ?? 0) << 8) | (bytes[offset + 6] ?? 0);
      const width = ((bytes[offset + 7] ?? 0) << 8) | (bytes[offset + 8] ?? 0);
      const components = bytes[offset + 9] ?? 0;
      if (frame || (precision !== 8 && precision !== 12) || ![1, 3, 4].includes(components) || length !== 8 + 3 * components) return false;
      if (width < 1 || height < 1 || width * height > maxPixels) return false;
      frame = true;
    }
    offset += 2 + length;
  }
  return false;
}
