import { useRef, useState, type ChangeEvent } from 'react';
import { MAX_EXCHANGE_BYTES, importLayers, type ExchangeChange, type ExchangeImportPreview, type ExchangeImportResult, type ImportLayer } from '../../../../shared/exchange';
import { formatAngka } from '../../../../shared/format';
import { answerLayerLabels, layerEditRefusal, type WorksheetDetail, type WorksheetStatus } from '../../../../shared/worksheets';
import { api } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { Spinner } from '../../components/Spinner';
import { downloadBase64 } from '../../lib/download';
import { fileToBase64, formatFileSize } from '../../lib/files';
import { FileErrorsAlert } from '../../components/FileErrorsAlert';
import { Alert } from '../../components/Alert';
import { DataTable } from '../../components/DataTable';

type Busy = 'exporting' | 'reading' | 'checking';

const BUSY_LABEL: Record<Busy, string> = {
  exporting: 'Menyiapkan berkas Excel…',
  reading: 'Membaca berkas…',
  checking: 'Memeriksa setiap baris…',
};

interface ExcelExchangeProps {
  worksheetId: string;
  status: WorksheetStatus;
  /** Sends the edits still waiting, so the file and the preview see what the screen shows. */
  flush(): Promise<boolean>;
  /** Takes the worksheet as the import left it (no reload needed). */
  onImported(detail: WorksheetDetail): void;
}

const UNSAVED_MESSAGE = 'Perubahan terakhir belum tersimpan; periksa pesan kesalahan lalu coba lagi.';

/**
 * The "Excel" group of the worksheet header: download the LKE as .xlsx (both layers), fill it
 * offline, choose the layer to bring back (Unit or TPI, answers and notes), upload it again, see
 * every change of that layer (old → new) and the rows that cannot be read, then apply. A layer is
 * imported only in the statuses where the screen lets it be entered (none once Final).
 */
export function ExcelExchange({ worksheetId, status, flush, onImported }: ExcelExchangeProps) {
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState<Busy | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const [notice, setNotice] = useState<string | undefined>(undefined);
  const [preview, setPreview] = useState<ExchangeImportPreview | undefined>(undefined);
  const [layer, setLayer] = useState<ImportLayer>('unit');
  const refusal = layerEditRefusal(status, layer);

  const download = async (): Promise<void> => {
    setError(undefined);
    setNotice(undefined);
    setBusy('exporting');
    try {
      if (!(await flush())) {
        setError(UNSAVED_MESSAGE);
        return;
      }
      const result = await api.exchange.exportWorksheet({ id: worksheetId });
      if (!result.ok) {
        setError(result.error.message);
        return;
      }
      downloadBase64(result.value);
      setNotice(`${result.value.fileName} diunduh.`);
    } finally {
      setBusy(undefined);
    }
  };

  const choose = async (event: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const file = event.target.files?.[0];
    // The same file may be chosen again after it was fixed.
    event.target.value = '';
    if (!file) return;
    setError(undefined);
    setNotice(undefined);
    if (file.size > MAX_EXCHANGE_BYTES) {
      setError(`Berkas terlalu besar (${formatFileSize(file.size)}); maksimal ${formatFileSize(MAX_EXCHANGE_BYTES)}.`);
      return;
    }
    if (file.size === 0) {
      setError('Berkas kosong. Pilih berkas .xlsx hasil unduhan LKE.');
      return;
    }
    setBusy('reading');
    try {
      let dataBase64: string;
      try {
        dataBase64 = await fileToBase64(file);
      } catch {
        setError('Berkas tidak dapat dibaca. Pilih berkas sekali lagi.');
        return;
      }
      if (!(await flush())) {
        setError(UNSAVED_MESSAGE);
        return;
      }
      setBusy('checking');
      const result = await api.exchange.importPreview({ id: worksheetId, fileName: file.name, dataBase64, layer });
      if (result.ok) setPreview(result.value);
      else setError(result.error.message);
    } finally {
      setBusy(undefined);
    }
  };

  const applied = (result: ExchangeImportResult, fileName: string): void => {
    setPreview(undefined);
    setNotice(`${formatAngka(result.applied, 0)} perubahan dari ${fileName} diterapkan.`);
    onImported(result.detail);
  };

  const importTitle = refusal
    ? refusal.message
    : `Impor jawaban dan catatan ${answerLayerLabels[layer]} dari berkas .xlsx hasil unduhan, dengan pratinjau sebelum diterapkan.`;

  return (
    <div className="ws-excel">
      <div className="ws-excel-group" role="group" aria-label="Excel">
        <span className="ws-toolbar-label">Excel</span>
        <button
          type="button"
          className="button button-secondary button-small"
          disabled={busy !== undefined}
          title="Unduh LKE ini sebagai berkas Excel untuk diisi atau diarsipkan."
          onClick={() => void download()}
        >
          {busy === 'exporting' ? <Spinner /> : null}
          Unduh Excel (.xlsx)
        </button>
        <select
          className="ws-excel-layer"
          aria-label="Lapisan yang diimpor"
          value={layer}
          disabled={busy !== undefined}
          onChange={(event) => setLayer(event.target.value === 'tpi' ? 'tpi' : 'unit')}
        >
          {importLayers.map((entry) => (
            <option key={entry} value={entry}>
              Lapisan {answerLayerLabels[entry]}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button button-secondary button-small"
          disabled={busy !== undefined || refusal !== null}
          title={importTitle}
          onClick={() => input.current?.click()}
        >
          {busy === 'reading' || busy === 'checking' ? <Spinner /> : null}
          Impor Excel…
        </button>
        <input
          ref={input}
          type="file"
          hidden
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-label="Berkas Excel LKE"
          onChange={(event) => void choose(event)}
        />
      </div>
      {busy ? (
        <p className="ws-excel-line muted" role="status">
          {BUSY_LABEL[busy]}
        </p>
      ) : null}
      {error ? (
        <p className="ws-excel-line ws-excel-error" role="alert">
          {error}
        </p>
      ) : null}
      {notice && !busy ? (
        <p className="ws-excel-line ws-excel-notice" role="status">
          {notice}
        </p>
      ) : null}
      {preview ? <ImportPreviewDialog preview={preview} onClose={() => setPreview(undefined)} onApplied={applied} /> : null}
    </div>
  );
}

function Change({ before, after }: { before: string; after: string }) {
  if (before === after) {
    return <span className="muted">{before === '' ? '—' : before} (tetap)</span>;
  }
  return (
    <span className="ws-diff">
      {before === '' ? <span className="muted">(kosong)</span> : <span className="ws-diff-old">{before}</span>}
      {' → '}
      {after === '' ? <span className="muted">(kosong)</span> : <span className="ws-diff-new">{after}</span>}
    </span>
  );
}

function ChangeRow({ change }: { change: ExchangeChange }) {
  return (
    <tr>
      <th scope="row" className="ws-code">
        {change.code}
      </th>
      <td className="ws-excel-question">{change.question}</td>
      <td>
        <Change before={change.oldAnswerText} after={change.newAnswerText} />
      </td>
      <td className="ws-excel-note">
        <Change before={change.oldNote} after={change.newNote} />
      </td>
    </tr>
  );
}

interface PreviewDialogProps {
  preview: ExchangeImportPreview;
  onClose(): void;
  onApplied(result: ExchangeImportResult, fileName: string): void;
}

function ImportPreviewDialog({ preview, onClose, onApplied }: PreviewDialogProps) {
  const [applying, setApplying] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const count = preview.changes.length;

  const apply = async (): Promise<void> => {
    setApplying(true);
    setError(undefined);
    const result = await api.exchange.importCommit({ previewId: preview.previewId });
    setApplying(false);
    if (result.ok) onApplied(result.value, preview.fileName);
    else setError(result.error.message);
  };

  return (
    <Dialog
      title={`Pratinjau impor Excel — lapisan ${answerLayerLabels[preview.layer]}`}
      size="large"
      onClose={applying ? undefined : onClose}
      description={
        <p>
          Berkas <strong>{preview.fileName}</strong>. Hanya jawaban dan catatan <strong>lapisan {answerLayerLabels[preview.layer]}</strong> yang
          diimpor; tidak ada yang disimpan sebelum Anda menerapkannya.
        </p>
      }
    >
      {preview.fileErrors.length > 0 ? (
        <FileErrorsAlert errors={preview.fileErrors} />
      ) : (
        <p className={`import-summary${preview.problems.length > 0 ? ' import-summary-warn' : ''}`} role="status">
          {count === 0 ? 'Tidak ada perubahan: isi berkas sama dengan LKE ini' : `${formatAngka(count, 0)} perubahan`}
          {preview.problems.length > 0 ? `; ${formatAngka(preview.problems.length, 0)} baris bermasalah dilewati.` : '.'}
        </p>
      )}

      {count > 0 ? (
        <DataTable
          label="Perubahan dari berkas"
          className="table-compact ws-excel-table"
          wrap="tall"
          columns={['Kode', 'Pertanyaan', 'Jawaban lama → baru', 'Catatan lama → baru']}
        >
          {preview.changes.map((change) => (
            <ChangeRow key={change.code} change={change} />
          ))}
        </DataTable>
      ) : null}

      {preview.problems.length > 0 ? (
        <>
          <h3 className="section-title">Baris bermasalah</h3>
          <DataTable label="Baris bermasalah" className="table-compact ws-excel-table" columns={['Baris', 'Kode', 'Masalah']}>
            {preview.problems.map((problem) => (
              <tr key={`${problem.row}-${problem.message}`} className="row-invalid">
                <td className="num">{problem.row}</td>
                <td className="ws-code">{problem.code || <span className="muted">—</span>}</td>
                <td>{problem.message}</td>
              </tr>
            ))}
          </DataTable>
        </>
      ) : null}

      <Alert>{error}</Alert>
      <div className="form-actions">
        {preview.canCommit ? (
          <button type="button" className="button button-primary" disabled={applying} onClick={() => void apply()} data-autofocus>
            {applying ? <Spinner /> : null}
            Terapkan {formatAngka(count, 0)} perubahan
          </button>
        ) : null}
        <button type="button" className="button button-secondary" disabled={applying} onClick={onClose} data-autofocus={preview.canCommit ? undefined : true}>
          Batal
        </button>
      </div>
    </Dialog>
  );
}
