import { MAX_LOGO_SIDE_PX } from '../../../shared/limits';
import { AppFailure } from '../../../shared/result';
import { parseWorksheetXlsx } from '../exchange/importWorksheet';
import { checkJpegStructure, type ImageInfo } from '../images';
import { prepareSignature } from '../pakta/signature';
import { checkImage } from '../pdf/images';
import { PngFormatError, decodePng } from '../pdf/png';
import { parseRoster } from '../roster/parse';
import { validateRoster } from '../roster/preview';
import { checkPdfForVerification } from './pdf';
import { readBundle } from './bundle';
import { readQrFromImage } from './qr';
import { RESULT_SLICE, type ParseJob, type Sliced } from './protocol';

/**
 * The parsers the sandbox runs, one per job kind; only worker.ts calls this (inside the worker
 * thread, under its heap and time limits). Each returns plain data or throws `AppFailure`.
 */
export async function runSandboxJob(job: ParseJob): Promise<unknown> {
  switch (job.kind) {
    case 'roster': {
      const parsed = await parseRoster(job.fileName, job.bytes);
      const { rows, valid } = validateRoster(parsed, job.context);
      return { fileErrors: parsed.fileErrors, rows: sliced(rows), valid: sliced(valid) };
    }
    case 'worksheetXlsx':
      return parseWorksheetXlsx(job.bytes, job.worksheet, job.template, job.layer);
    case 'signature': {
      const prepared = prepareSignature(job.bytes, job.source);
      if (prepared.mimeType === 'image/jpeg' && !checkJpegStructure(prepared.bytes)) {
        throw new AppFailure('UNSUPPORTED_FILE', 'Tanda tangan JPEG rusak: ukuran atau susunan gambarnya tidak dapat dibaca. Simpan ulang gambar lalu unggah kembali.');
      }
      return prepared;
    }
    case 'logo':
      return decodeLogo(job.bytes);
    case 'pdfVerification':
      return checkPdfForVerification(job.bytes);
    case 'qrImage':
      return readQrFromImage(job.bytes);
    case 'bundle':
      return readBundle(job.bytes);
  }
}

function sliced(items: readonly unknown[]): Sliced {
  const slices: Sliced = [];
  for (let i = 0; i < items.length; i += RESULT_SLICE) slices.push(JSON.stringify(items.slice(i, i + RESULT_SLICE)));
  return slices;
}

/**
 * A logo is decoded once at upload, so a PNG that cannot be decoded (or would inflate past what
 * its header declares) is refused here instead of breaking the first print; a JPEG, which the PDF
 * embeds without decoding, must have a well-formed frame header.
 */
function decodeLogo(bytes: Uint8Array): ImageInfo {
  const info = checkImage(bytes, 'Logo');
  if (info.width > MAX_LOGO_SIDE_PX || info.height > MAX_LOGO_SIDE_PX) {
    throw new AppFailure('UNSUPPORTED_FILE', `Ukuran logo ${info.width} × ${info.height} piksel tidak didukung (maksimal ${MAX_LOGO_SIDE_PX} piksel per sisi).`);
  }
  if (info.mimeType === 'image/jpeg') {
    if (!checkJpegStructure(bytes)) throw new AppFailure('UNSUPPORTED_FILE', 'Logo JPEG rusak: ukuran atau susunan gambarnya tidak dapat dibaca. Simpan ulang gambar lalu unggah kembali.');
    return info;
  }
  try {
    decodePng(bytes);
  } catch (error) {
    if (error instanceof PngFormatError) throw new AppFailure('UNSUPPORTED_FILE', 'Logo PNG rusak atau isinya tidak sesuai dengan ukurannya. Simpan ulang gambar lalu unggah kembali.');
    throw error;
  }
  return info;
}
