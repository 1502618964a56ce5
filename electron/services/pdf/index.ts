/**
 * The PDF service: the only place that drives pdfmake (and pdfkit underneath). Builders take
 * stored records and return bytes; callers write them atomically (services/files).
 */
export { renderPdf, pdfmakeEngine, imageDataUrl, type DocDefinition, type EngineOptions } from './engine';
export { resolveFontsDir, fontPaths, loadFontBytes, FONT_FILES, FONT_FAMILY, type FontBytes, type FontPaths } from './fonts';
export {
  pledgePdf,
  pledgeBatchPdf,
  pledgeFiles,
  pledgeFileName,
  validatePledgeDocument,
  drawPledgePage,
  CONTENT_INFO_KEY,
  PLEDGE_QR_MASK,
  type PledgeDocument,
  type PledgePdfOptions,
  type PledgeFile,
} from './pledge';
export {
  declarationPdf,
  declarationDocDefinition,
  validateDeclarationDocument,
  type DeclarationDocument,
  type DeclarationPdfOptions,
} from './declaration';
export { lhePdf, lheDocDefinition, type LhePdf, type LheDocOptions, type LhePdfOptions } from './lhe';
export { kopSurat, KOP_LOGO_KEY, type KopContent } from './kop';
export type { InstitutionHeader, VerificationStamp } from './layout';
export { cancelledFailure, type ProgressCallback } from './batch';
export { checkImage, imageSha256 } from './images';
export { cleanSignature, normalizeSignature, type CleanSignatureOptions } from './signatureImage';
export { warmUpPdfEngine, type WarmUpOptions } from './warmup';
export { runJob, type PdfJob, type PdfJobResult } from './jobs';
export { PdfWorker, runInWorker, sourceWorkerScript, type PdfWorkerOptions, type RunOptions, type WorkerScript } from './workerClient';
export { recapPdf, recapDocDefinition, bandFor, formatChange, type RecapDocOptions, type RecapPdfOptions, type RecapPdf } from './recap';
