import path from 'node:path';
import type * as PdfMakeModule from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { FONT_FAMILY, fontPaths } from './fonts';
import { toPdfFailure } from './batch';
import { pdfmakeRequire } from './modules';

/**
 * pdfmake, configured once (TOOLCHAIN.md trap 4: a 0.3 singleton with `setFonts` and access
 * policies). The only module that drives pdfmake; everything else in the app asks this folder
 * for bytes. Remote URLs are always refused; local file access is limited to the four font files.
 */

/** A pdfmake document definition (re-exported so callers never import pdfmake's types). */
export type DocDefinition = TDocumentDefinitions;

type PdfMakeApi = typeof PdfMakeModule;

let api: PdfMakeApi | null = null;
let configuredFor: string | null = null;

function loadPdfmake(): PdfMakeApi {
  if (api) return api;
  const loaded: unknown = pdfmakeRequire('./index.js');
  const candidate = (loaded as { default?: unknown }).default ?? loaded;
  if (typeof (candidate as { createPdf?: unknown }).createPdf !== 'function') throw new Error('pdfmake not found');
  api = candidate as PdfMakeApi;
  return api;
}

/** Options for {@link renderPdf}. */
interface EngineOptions {
  /** Fonts folder; see fonts.ts for the default. */
  fontsDir?: string;
}

/**
 * The configured pdfmake singleton. Reconfigures only when the fonts folder changes.
 */
function pdfmakeEngine(options: EngineOptions = {}): PdfMakeApi {
  const pdfmake = loadPdfmake();
  const paths = fontPaths(options.fontsDir);
  if (configuredFor !== paths.normal) {
    pdfmake.setFonts({ [FONT_FAMILY]: paths });
    pdfmake.setUrlAccessPolicy(() => false);
    const allowed = new Set(Object.values(paths).map((file) => path.resolve(file)));
    pdfmake.setLocalAccessPolicy((file: string) => allowed.has(path.resolve(file)));
    configuredFor = paths.normal;
  }
  return pdfmake;
}

/**
 * Renders a document definition to PDF bytes with the app's fonts. Images must be given as data
 * URLs in `images` (no paths, no URLs). Failures become `AppFailure('PDF_ERROR')`.
 */
export async function renderPdf(docDefinition: DocDefinition, options: EngineOptions = {}): Promise<Uint8Array> {
  try {
    const buffer = await pdfmakeEngine(options).createPdf(docDefinition).getBuffer();
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  } catch (error) {
    throw toPdfFailure(error);
  }
}

/** `data:` URL of PNG/JPEG bytes, for a docDefinition's `images`. */
export function imageDataUrl(bytes: Uint8Array): string {
  const mime = bytes[0] === 0xff && bytes[1] === 0xd8 ? 'image/jpeg' : 'image/png';
  return `data:${mime};base64,${Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64')}`;
}
