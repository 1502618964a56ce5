import { randomUUID } from 'node:crypto';
import type { ExchangeFile, ExchangeImportPreview, ExchangeImportResult, ImportLayer } from '../../../shared/exchange';
import { templateOf } from '../../../shared/lke';
import { AppFailure } from '../../../shared/result';
import { answerLayerLabels, layerEditRefusal, type RawAnswerChange } from '../../../shared/worksheets';
import { createPreviewStore, safeFileStem } from '../files';
import type { MasterDataService } from '../masterdata';
import type { Sandbox } from '../sandbox';
import type { WorksheetsService } from '../worksheets';
import { exportRecapXlsx, recapRows } from './exportRecap';
import { exportWorksheetXlsx } from './exportWorksheet';
import { XLSX_MIME } from './layout';

/**
 * Excel exchange of LKE worksheets: export a unit's worksheet as a self-scoring .xlsx, import a
 * filled file back as a preview of every change of the chosen layer, Unit or TPI (applied to that
 * layer only when confirmed, in one update through the worksheet service, so the workflow's edit
 * rules hold), and export the annual recap. Plain Node.
 */

export { exportWorksheetXlsx, buildWorksheetWorkbook, layoutRows, questionFormula, indicatorFormula, headingFormula } from './exportWorksheet';
export { parseWorksheetXlsx } from './importWorksheet';
export { exportRecapXlsx, recapRows, RECAP_HEADERS, RECAP_HEADER_ROW, type RecapRow } from './exportRecap';
export * from './layout';

/** How long a preview can wait for confirmation before the file must be uploaded again. */
const PREVIEW_TTL_MS = 30 * 60 * 1000;
const MAX_PENDING_PREVIEWS = 5;

export interface ExchangeService {
  exportWorksheet(id: string): Promise<ExchangeFile>;
  importPreview(id: string, fileName: string, bytes: Uint8Array, layer?: ImportLayer): Promise<ExchangeImportPreview>;
  importCommit(previewId: string): Promise<ExchangeImportResult>;
  exportRecap(year: number): Promise<ExchangeFile>;
}

interface PendingPreview {
  worksheetId: string;
  /** The worksheet's updatedAt when previewed: any save since then makes the preview stale. */
  updatedAt: string;
  layer: ImportLayer;
  changes: RawAnswerChange[];
}

function fileOf(fileName: string, bytes: Uint8Array): ExchangeFile {
  return { fileName, mimeType: XLSX_MIME, size: bytes.length, dataBase64: Buffer.from(bytes).toString('base64') };
}

/** What the exchange service needs (built once by the composition root, so previews survive between calls). */
export interface ExchangeDeps {
  worksheets: WorksheetsService;
  master: MasterDataService;
  now: () => Date;
  /** Where imported .xlsx files are parsed (the parsing sandbox). */
  sandbox: Sandbox;
}

export function createExchangeService(services: ExchangeDeps): ExchangeService {
  const { worksheets } = services;
  const previews = createPreviewStore<PendingPreview>({ ttlMs: PREVIEW_TTL_MS, max: MAX_PENDING_PREVIEWS, now: services.now });

  function instansi(): string {
    const { institution } = services.master.data();
    return [institution.namaInspektorat, institution.pemerintahDaerah].filter((part) => part.trim() !== '').join(', ') || '……';
  }

  return {
    async exportWorksheet(id) {
      const detail = await worksheets.get(id);
      const worksheet = detail.worksheet;
      const bytes = await exportWorksheetXlsx({
        worksheet,
        template: templateOf(worksheet),
        instansi: instansi(),
        unitName: detail.summary.unit.nama,
        now: services.now(),
      });
      return fileOf(`LKE-${safeFileStem(detail.summary.unit.singkatan || worksheet.unitId, 'lke')}-${worksheet.year}.xlsx`, bytes);
    },

    async importPreview(id, fileName, bytes, layer = 'unit') {
      if (bytes.length === 0) throw new AppFailure('INVALID_INPUT', 'Berkas kosong.');
      const detail = await worksheets.get(id);
      const worksheet = detail.worksheet;
      // The layer must be open for entry in this status (the same rule the screen and saveAnswers apply).
      const refusal = layerEditRefusal(worksheet.status, layer);
      if (refusal !== null) throw new AppFailure(refusal.code, `Impor lapisan ${answerLayerLabels[layer]} ditolak: ${refusal.message}`);
      const parsed = await services.sandbox.parseWorksheetXlsx(bytes, worksheet, templateOf(worksheet), layer);
      const canCommit = parsed.fileErrors.length === 0 && parsed.changes.length > 0;
      const previewId = canCommit
        ? previews.put({
            worksheetId: worksheet.id,
            updatedAt: worksheet.updatedAt,
            layer,
            changes: parsed.changes.map((change) => ({ code: change.code, answer: change.newAnswer, note: change.newNote })),
          })
        : randomUUID();
      return {
        previewId,
        fileName,
        worksheetId: worksheet.id,
        layer,
        changes: parsed.changes,
        problems: parsed.problems,
        fileErrors: parsed.fileErrors,
        canCommit,
      };
    },

    async importCommit(previewId) {
      const preview = previews.claim(previewId);
      // Every change in one update of the previewed layer, refused whole if the worksheet was saved since.
      const detail = await worksheets.saveAnswers(preview.worksheetId, preview.layer, preview.changes, (current) => {
        if (current.updatedAt !== preview.updatedAt) {
          throw new AppFailure('CONFLICT', 'LKE berubah sejak pratinjau dibuat. Unggah berkas sekali lagi agar diperiksa ulang.');
        }
      });
      return { worksheetId: preview.worksheetId, applied: preview.changes.length, detail };
    },

    async exportRecap(year) {
      const [current, previous] = await Promise.all([worksheets.list({ year }), worksheets.list({ year: year - 1 })]);
      const rows = recapRows(current.worksheets, previous.worksheets);
      const bytes = await exportRecapXlsx({ year, instansi: instansi(), now: services.now(), rows });
      return fileOf(`Rekap-LKE-${year}.xlsx`, bytes);
    },
  };
}
