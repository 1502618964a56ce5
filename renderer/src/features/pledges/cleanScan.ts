import { imageSideProblem } from '../../../../shared/limits';
import { NO_INK_MESSAGE, clearPaper } from '../../../../shared/pakta/ink';

/**
 * Cleans a JPEG scan of a signature in the browser, which decodes JPEG for free (main only has a
 * PNG decoder): the engine's rule (shared/pakta/ink.ts, clearPaper — alpha from luminance, paper
 * transparent, trimmed to the ink plus a margin), then sent as PNG.
 */

/** Largest side drawn for cleaning; bigger scans are scaled down (a signature needs far less). */
const MAX_SIDE = 2000;

export type CleanResult = { ok: true; png: Uint8Array } | { ok: false; message: string };

export async function cleanJpegScan(file: Blob): Promise<CleanResult> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    return { ok: false, message: 'Gambar JPEG tidak dapat dibaca. Pindai ulang atau gunakan PNG.' };
  }
  const sideProblem = imageSideProblem('Pindaian', bitmap.width, bitmap.height);
  if (sideProblem) {
    bitmap.close();
    return { ok: false, message: sideProblem };
  }
  const scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
  const width = Math.max(1, Math.round(bitmap.width * scale));
  const height = Math.max(1, Math.round(bitmap.height * scale));
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) return { ok: false, message: 'Gambar tidak dapat diproses pada peramban ini.' };
  context.drawImage(bitmap, 0, 0, width, height);
  bitmap.close();
  const image = context.getImageData(0, 0, width, height);
  const box = clearPaper(image.data, width, height);
  if (!box) return { ok: false, message: NO_INK_MESSAGE };
  const out = document.createElement('canvas');
  out.width = box.width;
  out.height = box.height;
  out.getContext('2d')?.putImageData(image, -box.left, -box.top);
  const blob = await new Promise<Blob | null>((resolve) => out.toBlob(resolve, 'image/png'));
  if (!blob) return { ok: false, message: 'Gambar tidak dapat diproses pada peramban ini.' };
  return { ok: true, png: new Uint8Array(await blob.arrayBuffer()) };
}
