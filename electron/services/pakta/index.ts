/**
 * Pakta Integritas, Pencanangan and offline verification, over the storage, blobs, master data,
 * documents and signing key the composition root (container.ts) hands in. Plain Node; never
 * imports `electron`.
 */
export { createBatchService, inProcessBatchRenderer, type BatchRenderer, type BatchService } from './batch';
export { createDeclarationService, type DeclarationPdfBuilder, type DeclarationService } from './declarations';
export { createPledgeService, type PledgeService } from './pledges';
export { pdfBatchRenderer, pdfDeclarationBuilder, pdfWorkerScript } from './render';
export { createPledgeTemplateService, type PledgeTemplateService } from './templates';
export { createVerificationService, type VerificationService } from './verification';
