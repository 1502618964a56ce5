import type { Services } from '../services/container';
import { exchangeServiceFor } from '../services/exchange';
import type { DomainHandlers } from './types';

/**
 * The `exchange` channels (issue 5 item 4): LKE worksheet to and from .xlsx, and the annual recap.
 * Inputs are parsed with the contract's schemas by the dispatcher; the files go back as base64 for
 * the renderer to download (the generated-document store of pakta holds PDFs only).
 */
export function exchangeHandlers(services: Services): DomainHandlers<'exchange'> {
  const exchange = exchangeServiceFor(services);
  return {
    exportWorksheet: async ({ id }) => exchange.exportWorksheet(id),
    importPreview: async ({ id, fileName, dataBase64 }) =>
      exchange.importPreview(id, fileName, new Uint8Array(Buffer.from(dataBase64, 'base64'))),
    importCommit: async ({ previewId }) => exchange.importCommit(previewId),
    exportRecap: async ({ year }) => exchange.exportRecap(year),
  };
}
