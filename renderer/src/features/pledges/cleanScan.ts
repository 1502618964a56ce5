/**
 * Cleans a JPEG scan of a signature in the browser, which decodes JPEG for free (main only has a
 * PNG decoder): the same rule as the engine's cleanSignature (pdf/signatureImage.ts) — alpha from
 * luminance, paper at 215 and above, a 60-level ramp, 8 px margin — then trimmed and sent as PNG.
 */

const PAPER = 215;
const SOFTNESS = 60;
const PADDING = 8;
/** Largest side drawn for cleaning; bigger scans are scaled down (a signature needs far less). */
const MAX_SIDE = 2000;
const MAX_UPLOAD_SIDE = 10_000;

export type CleanResult = { ok: true; png: Uint8Array } | { ok: false; message: string };

export async function cleanJpegScan(file: Blob): Promise<CleanResult> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    return { ok: false, message: 'Gambar JPEG tidak dapat dibaca. Pindai ulang atau gunakan PNG.' };
  }
  if (bitmap.width > MAX_UPLOAD_SIDE || bitmap.height > MAX_UPLOAD_SIDE) {
    bitmap.close();
    return { ok: false, message: `Pindaian terlalu besar (${bitmap.width} × ${bitmap.height} piksel); lebar dan tinggi maksimal 10.000 piksel.` };
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
  const { data } = image;
  let minX = width;
  let minY = height;
  let maxX = -1;
  let maxY = -1;
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const i = (y * width + x) * 4;
      const luminance = 0.299 * (data[i] ?? 0) + 0.587 * (data[i + 1] ?? 0) + 0.114 * (data[i + 2] ?? 0);
      const alpha = Math.round((data[i + 3] ?? 0) * Math.min(1, Math.max(0, (PAPER - luminance) / SOFTNESS)));
      data[i + 3] = alpha;
      if (alpha > 24) {
        minX = Math.min(minX, x);
        maxX = Math.max(maxX, x);
        minY = Math.min(minY, y);
        maxY = Math.max(maxY, y);
      }
    }
  }
  if (maxX < 0) return { ok: false, message: 'Tanda tangan tidak terbaca: gambar tampak kosong atau terlalu terang. Pindai ulang dengan tinta yang lebih tegas.' };
  const left = Math.max(0, minX - PADDING);
  const top = Math.max(0, minY - PADDING);
  const out = document.createElement('canvas');
  out.width = Math.min(width - 1, maxX + PADDING) - left + 1;
  out.height = Math.min(height - 1, maxY + PADDING) - top + 1;
  out.getContext('2d')?.putImageData(image, -left, -top);
  const blob = await new Promise<Blob | null>((resolve) => out.toBlob(resolve, 'image/png'));
  if (!blob) return { ok: false, message: 'Gambar tidak dapat diproses pada peramban ini.' };
  return { ok: true, png: new Uint8Array(await blob.arrayBuffer()) };
}
