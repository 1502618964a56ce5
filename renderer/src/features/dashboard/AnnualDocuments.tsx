import { useState } from 'react';
import { documentUrl, type GeneratedPdf } from '../../../../shared/documents';
import { api } from '../../api/client';
import { Spinner } from '../../components/Spinner';
import { DocumentActions } from '../documents/DocumentActions';
import { openGeneratedDocument } from '../pledges/openDocument';
import { Alert } from '../../components/Alert';

type Work = 'pdf' | 'xlsx';

/** Base64 from the contract → a download through a temporary object URL. */
function download(fileName: string, mimeType: string, dataBase64: string): void {
  const bytes = Uint8Array.from(atob(dataBase64), (char) => char.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * "Dokumen tahunan": the recap PDF of the year (built and stored by main, opened through the native
 * port) and the recap workbook (bytes handed over, saved by the browser). Mount with `key={year}`.
 */
export function AnnualDocuments({ year }: { year: number }) {
  const [busy, setBusy] = useState<Work | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const [pdf, setPdf] = useState<{ file: GeneratedPdf; url: string | null } | undefined>(undefined);
  const [saved, setSaved] = useState<string | undefined>(undefined);

  const makePdf = async (): Promise<void> => {
    setBusy('pdf');
    setError(undefined);
    const result = await api.reports.recapPdf({ year });
    if (!result.ok) {
      setBusy(undefined);
      setError(`Rekap PDF belum dapat disusun. ${result.error.message}`);
      return;
    }
    const opened = await openGeneratedDocument(result.value.documentId);
    setPdf({ file: result.value, url: opened.url });
    setBusy(undefined);
    if (opened.error) setError(`Rekap PDF tersimpan tetapi belum dapat dibuka. ${opened.error}`);
  };

  const makeXlsx = async (): Promise<void> => {
    setBusy('xlsx');
    setError(undefined);
    setSaved(undefined);
    const result = await api.exchange.exportRecap({ year });
    setBusy(undefined);
    if (!result.ok) {
      setError(`Rekap Excel belum dapat disusun. ${result.error.message}`);
      return;
    }
    download(result.value.fileName, result.value.mimeType, result.value.dataBase64);
    setSaved(result.value.fileName);
  };

  const pdfLabel = pdf ? `${pdf.file.fileName} (${pdf.file.pages} halaman)` : '';
  return (
    <section className="panel" aria-labelledby="dash-docs-title">
      <h2 id="dash-docs-title" className="panel-title">
        Dokumen tahunan
      </h2>
      <p className="muted">
        Rekap hasil evaluasi Zona Integritas tahun {year}: nilai, predikat dan riwayat setiap unit kerja. PDF untuk dicetak
        dan ditandatangani, Excel untuk diolah lebih lanjut.
      </p>
      <div className="form-actions dash-doc-actions">
        <button type="button" className="button button-primary" onClick={() => void makePdf()} disabled={busy !== undefined}>
          {busy === 'pdf' ? (
            <Spinner label="Menyusun PDF…" />
          ) : (
            'Cetak rekap PDF'
          )}
        </button>
        <button type="button" className="button button-secondary" onClick={() => void makeXlsx()} disabled={busy !== undefined}>
          {busy === 'xlsx' ? <Spinner label="Menyusun Excel…" /> : 'Unduh rekap Excel (.xlsx)'}
        </button>
      </div>
      <div role="status" className="dash-doc-status">
        {pdf ? (
          <p>
            Rekap PDF:{' '}
            {pdf.url ? (
              <a href={documentUrl(pdf.file.documentId)} target="_blank" rel="noopener">
                {pdfLabel}
              </a>
            ) : (
              <button type="button" className="link-button" onClick={() => void openGeneratedDocument(pdf.file.documentId)}>
                {pdfLabel}
              </button>
            )}{' '}
            <DocumentActions documentId={pdf.file.documentId} subject={pdfLabel} small />
          </p>
        ) : null}
        {saved ? <p>Rekap Excel diunduh: {saved}</p> : null}
      </div>
      <Alert>{error}</Alert>
    </section>
  );
}
