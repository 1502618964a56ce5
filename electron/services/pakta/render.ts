import { AppFailure } from '../../../shared/result';
import { inProcessBatchRenderer, type BatchRenderer } from './batch';
import type { DeclarationPdfBuilder } from './declarations';

/**
 * Adapters from the pakta services to the PDF engine (electron/services/pdf): the batch renderer
 * and the declaration builder. Kept in one file so the engine's API is bound in one place.
 */

/** Batch rendering for the app. */
export const workerBatchRenderer: BatchRenderer = inProcessBatchRenderer;

/** The Piagam PDF. */
export const declarationPdfBuilder: DeclarationPdfBuilder = async () => {
  throw new AppFailure('PDF_ERROR', 'Pembuatan PDF piagam belum tersedia.');
};
