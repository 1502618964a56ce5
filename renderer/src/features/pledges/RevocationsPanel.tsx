import { useState } from 'react';
import { api } from '../../api/client';
import { Alert } from '../../components/Alert';
import { FileInput } from '../../components/FileInput';
import { Spinner } from '../../components/Spinner';
import { useToast } from '../../components/Toast';
import { downloadBytes } from '../../lib/download';
import { useActiveYear } from '../app/ActiveYear';

/**
 * *Daftar pencabutan*: the signed list of a year's revoked pledges, exported for other
 * installations, and theirs imported (signed by a trusted key), so a code revoked there reads as
 * "Dicabut" here too.
 */
export function RevocationsPanel() {
  const { notify } = useToast();
  const active = useActiveYear();
  const [year, setYear] = useState(String(active.year));
  const [busy, setBusy] = useState<'export' | 'import' | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);

  const exportList = async (): Promise<void> => {
    setBusy('export');
    setError(undefined);
    const result = await api.pledges.exportRevocations({ year: Number(year) });
    setBusy(undefined);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    downloadBytes(result.value.fileName, 'application/json', new TextEncoder().encode(result.value.json));
    notify('success', `Daftar pencabutan ${year} diekspor (${result.value.count} pakta dicabut).`);
  };

  const importList = async (file: File): Promise<void> => {
    setBusy('import');
    setError(undefined);
    const result = await api.pledges.importRevocations({ json: await file.text() });
    setBusy(undefined);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    const { issuer, year: listYear, entries, added, revokedHere } = result.value;
    notify('success', `Daftar pencabutan ${listYear} dari ${issuer} diimpor: ${entries} kode, ${added} baru, ${revokedHere} pakta di instalasi ini dicabut.`);
  };

  return (
    <section className="panel" aria-labelledby="pencabutan-judul">
      <h2 id="pencabutan-judul" className="panel-title">
        Daftar pencabutan
      </h2>
      <p className="muted small">
        Kirim daftar pakta yang dicabut ke instalasi ZI Desk lain, dan impor daftar mereka (ditandatangani kunci tepercaya), agar kode yang dicabut terbaca
        &quot;Dicabut&quot; di sini juga.
      </p>
      <div className="field-row">
        <div className="field">
          <label htmlFor="pencabutan-tahun" className="field-label">
            Tahun
          </label>
          <input id="pencabutan-tahun" className="input" inputMode="numeric" value={year} maxLength={4} onChange={(event) => setYear(event.target.value.replace(/\D/g, ''))} />
        </div>
        <div className="field">
          <span className="field-label">&nbsp;</span>
          <button type="button" className="button button-secondary" onClick={() => void exportList()} disabled={busy !== undefined || year.length !== 4}>
            {busy === 'export' ? <Spinner /> : null}
            Ekspor daftar pencabutan
          </button>
        </div>
      </div>
      <div className="field">
        <label htmlFor="pencabutan-berkas" className="field-label">
          Impor daftar pencabutan (.json)
        </label>
        <FileInput id="pencabutan-berkas" accept=".json,application/json" onFile={(file) => void importList(file)} />
      </div>
      {busy === 'import' ? <Spinner label="Mengimpor daftar pencabutan…" /> : null}
      <Alert>{error}</Alert>
    </section>
  );
}
