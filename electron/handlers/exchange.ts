import type { Services } from '../services/container';
import type { DomainHandlers } from './types';

/**
 * The `exchange` channels: LKE worksheet to and from .xlsx, and the annual recap. Inputs are parsed
 * with the contract's schemas by the dispatcher; the files go back as base64 for the renderer to
 * download (the generated-documents store holds PDFs only).
 */
export function exchangeHandlers(services: Services): DomainHandlers<'exchange'> {
  const { exchange } = services;
  return {
    exportWorksheet: async ({ id }) => exchange.exportWorksheet(id),
    importPreview: async ({ id, fileName, dataBase64, layer }) =>
      exchange.importPreview(id, fileName, new Uint8Array(Buffer.from(dataBase64, 'base64')), layer),
    importCommit: async ({ previewId }) => exchange.importCommit(previewId),
    exportRecap: async ({ year }) => exchange.exportRecap(year),
  };
}
