import { useRef, useState } from 'react';
import { MAX_ROSTER_BYTES } from '../../../../shared/limits';
import { formatAngka, formatNip } from '../../../../shared/format';
import { MAX_ROSTER_ROWS, ROSTER_COLUMNS, type ImportPreview } from '../../../../shared/masterdata/import';
import { JENIS_ASN_LABEL } from '../../../../shared/masterdata/schemas';
import { api } from '../../api/client';
import { FileInput } from '../../components/FileInput';
import { Spinner } from '../../components/Spinner';
import { useToast } from '../../components/Toast';
import { fileToBase64, formatFileSize } from '../../lib/files';
import { DataTable } from '../../components/DataTable';
import { CheckboxField } from '../../components/Field';
import { FileErrorsAlert } from '../../components/FileErrorsAlert';
import { Alert } from '../../components/Alert';

type Busy = 'reading' | 'checking' | 'importing' | undefined;

const BUSY_LABEL: Record<Exclude<Busy, undefined>, string> = {
  reading: 'Membaca berkas…',
  checking: 'Mengunggah dan memeriksa setiap baris…',
  importing: 'Mengimpor pegawai…',
};

function jenisLabel(value: string): string {
  return value in JENIS_ASN_LABEL ? JENIS_ASN_LABEL[value as keyof typeof JENIS_ASN_LABEL] : value;
}

/**
 * *Impor pegawai*: upload an .xlsx/.csv roster, see every row as valid or not with the reasons,
 * then write the valid rows in one step (main keeps the checked rows under the preview's id).
 */
export function ImportSection({ onImported }: { onImported: (count: number) => void }) {
  const { notify } = useToast();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState<Busy>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const [preview, setPreview] = useState<ImportPreview | undefined>(undefined);
  const [onlyInvalid, setOnlyInvalid] = useState(false);

  const choose = async (file: File): Promise<void> => {
    setError(undefined);
    setPreview(undefined);
    setOnlyInvalid(false);
    if (file.size > MAX_ROSTER_BYTES) {
      setError(`Berkas terlalu besar (${formatFileSize(file.size)}); maksimal ${formatFileSize(MAX_ROSTER_BYTES)}.`);
      return;
    }
    setBusy('reading');
    let dataBase64: string;
    try {
      dataBase64 = await fileToBase64(file);
    } catch {
      setBusy(undefined);
      setError('Berkas tidak dapat dibaca. Pilih berkas sekali lagi.');
      return;
    }
    setBusy('checking');
    const result = await api.people.importPreview({ fileName: file.name, dataBase64 });
    setBusy(undefined);
    if (result.ok) setPreview(result.value);
    else setError(result.error.message);
  };

  const reset = (): void => {
    setPreview(undefined);
    setError(undefined);
    if (input.current) input.current.value = '';
  };

  const commit = async (current: ImportPreview): Promise<void> => {
    setError(undefined);
    setBusy('importing');
    const result = await api.people.importCommit({ previewId: current.previewId });
    setBusy(undefined);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    notify('success', `${formatAngka(result.value.imported, 0)} pegawai berhasil diimpor dari ${current.fileName}.`);
    reset();
    onImported(result.value.imported);
  };

  const importable = preview !== undefined && preview.fileErrors.length === 0 && preview.validCount > 0;

  return (
    <section className="panel" aria-labelledby="import-title">
      <h2 id="import-title" className="panel-title">
        Impor pegawai dari Excel atau CSV
      </h2>
      <p>
        Baris pertama berisi judul kolom: <code>{ROSTER_COLUMNS.join(', ')}</code>. Kolom <em>unit</em> diisi nama atau
        singkatan unit kerja yang sudah terdaftar; <em>jenis</em> diisi PNS, PPPK atau Non-ASN. Di Excel, format kolom NIP
        sebagai Teks agar digit terakhir tidak hilang. Tidak ada yang disimpan sebelum Anda menekan tombol impor.
      </p>
      <div className="field">
        <label htmlFor="import-file" className="field-label">
          Berkas daftar pegawai (.xlsx atau .csv)
        </label>
        <FileInput
          ref={input}
          id="import-file"
          accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
          disabled={busy !== undefined}
          describedBy="import-file-hint"
          onFile={(file) => void choose(file)}
        />
        <p id="import-file-hint" className="field-hint">
          Paling besar {formatFileSize(MAX_ROSTER_BYTES)} dan {formatAngka(MAX_ROSTER_ROWS, 0)} baris.
        </p>
      </div>

      {busy ? (
        <div className="progress" role="status">
          <Spinner label={BUSY_LABEL[busy]} />
          <span className="progress-bar" aria-hidden="true" />
        </div>
      ) : null}
      <Alert>{error}</Alert>

      {preview ? (
        <div className="import-preview">
          <h3 className="section-title">Pratinjau: {preview.fileName}</h3>
          {preview.fileErrors.length > 0 ? (
            <FileErrorsAlert errors={preview.fileErrors} />
          ) : (
            <p className={`import-summary${preview.invalidCount > 0 ? ' import-summary-warn' : ''}`} role="status">
              {formatAngka(preview.validCount, 0)} baris valid, {formatAngka(preview.invalidCount, 0)} tidak valid
              {preview.invalidCount > 0 ? '. Baris yang tidak valid tidak diimpor; perbaiki di berkas lalu unggah lagi bila perlu.' : '.'}
            </p>
          )}
          {preview.invalidCount > 0 && preview.validCount > 0 ? (
            <CheckboxField
              id="import-only-invalid"
              className="table-filter"
              label="Tampilkan hanya baris yang tidak valid"
              checked={onlyInvalid}
              onChange={(event) => setOnlyInvalid(event.target.checked)}
            />
          ) : null}
          {preview.rows.length > 0 ? (
            <DataTable
              label="Pratinjau baris impor"
              className="table-compact"
              wrap="tall"
              columns={['Baris', 'Nama', 'NIP / NI PPPK', 'Jenis', 'Pangkat / golongan', 'Jabatan', 'Unit', 'Status']}
            >
              {preview.rows.filter((row) => !onlyInvalid || row.status === 'invalid').map((row) => (
                <tr key={row.row} className={row.status === 'invalid' ? 'row-invalid' : undefined}>
                  <td className="num">{row.row}</td>
                  <th scope="row" className="cell-main">
                    {row.nama || <span className="muted">(kosong)</span>}
                  </th>
                  <td className="nip">{row.nip ? formatNip(row.nip) : <span className="muted">—</span>}</td>
                  <td className="nowrap">{jenisLabel(row.jenisAsn)}</td>
                  <td>{row.golongan || <span className="muted">—</span>}</td>
                  <td>{row.jabatan}</td>
                  <td>{row.unit}</td>
                  <td>
                    {row.status === 'valid' ? (
                      <span className="badge badge-ok">Valid</span>
                    ) : (
                      <>
                        <span className="badge badge-error">Tidak valid</span>
                        <ul className="reasons">
                          {row.reasons.map((reason, index) => (
                            <li key={index}>{reason}</li>
                          ))}
                        </ul>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </DataTable>
          ) : null}
          <div className="form-actions">
            <button
              type="button"
              className="button button-primary"
              disabled={!importable || busy !== undefined}
              onClick={() => void commit(preview)}
            >
              {busy === 'importing' ? <Spinner /> : null}
              Impor {formatAngka(importable ? preview.validCount : 0, 0)} pegawai yang valid
            </button>
            <button type="button" className="button button-secondary" onClick={reset} disabled={busy !== undefined}>
              Batal
            </button>
          </div>
        </div>
      ) : null}
    </section>
  );
}
