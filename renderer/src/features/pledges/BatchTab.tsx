import { useCallback, useEffect, useState } from 'react';
import { formatAngka } from '../../../../shared/format';
import { defaultDateIn, useActiveYear } from '../app/ActiveYear';
import type { BatchStatus } from '../../../../shared/pledges';
import { api, dataRevision } from '../../api/client';
import { Spinner } from '../../components/Spinner';
import { useToast } from '../../components/Toast';
import { useLoad } from '../../lib/useLoad';
import { DocumentActions } from '../documents/DocumentActions';
import { saveDocumentCopy, tell } from '../documents/openThings';
import { openGeneratedDocument } from './openDocument';
import { Alert } from '../../components/Alert';

/**
 * *Cetak massal*: every active person of the chosen units without a pledge for the year, as one
 * print-ready PDF (one pledge per page, blank signature space) and optionally one PDF per person.
 * Main renders it as a job; this screen polls its progress into a real progress bar and can
 * cancel it. Nothing is recorded as printed until the files are written.
 */

const POLL_MS = 250;

/** The employee's name in a per-employee file name (`<NIP>_<Nama>.pdf`), for screen readers. */
function personOf(fileName: string): string {
  return fileName.replace(/\.pdf$/i, '').replace(/^\d+_/, '');
}

export function BatchTab() {
  const { notify } = useToast();
  const saveCopy = async (documentId: string): Promise<void> => tell(notify, await saveDocumentCopy(documentId));
  const loadUnits = useCallback(() => api.units.list({}), []);
  const units = useLoad(loadUnits);
  const [all, setAll] = useState(false);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const activeYear = useActiveYear().year;
  const [year, setYear] = useState(String(activeYear));
  const [date, setDate] = useState(() => defaultDateIn(activeYear));
  const [place, setPlace] = useState('');
  const [separateFiles, setSeparateFiles] = useState(false);
  const [status, setStatus] = useState<BatchStatus | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const [starting, setStarting] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const jobId = status?.state === 'running' ? status.jobId : undefined;

  // While a job runs, ask main for its progress every POLL_MS; stop when it ends or the tab closes.
  useEffect(() => {
    if (jobId === undefined) return undefined;
    let active = true;
    const timer = window.setTimeout(() => {
      void api.pledges.batchStatus({ jobId }).then((result) => {
        if (!active) return;
        if (!result.ok) {
          setError(result.error.message);
          setStatus((previous) => (previous ? { ...previous, state: 'failed', error: { code: result.error.code, message: result.error.message } } : previous));
          return;
        }
        setStatus(result.value);
        if (result.value.state === 'running') return;
        setCancelling(false);
        // The finished batch stored its pledges: every screen follows now, not at the next poll.
        if (result.value.state === 'done') void dataRevision.check();
        if (result.value.state === 'done' && result.value.result) {
          notify('success', `${result.value.pledges} pakta siap dicetak.`);
          void openGeneratedDocument(result.value.result.documentId);
        }
      });
    }, POLL_MS);
    return () => {
      active = false;
      window.clearTimeout(timer);
    };
  }, [jobId, status, notify]);

  const start = async (): Promise<void> => {
    setError(undefined);
    setStatus(undefined);
    const unitIds = all ? ('all' as const) : [...chosen];
    if (!all && unitIds.length === 0) {
      setError('Pilih minimal satu unit kerja, atau centang semua unit kerja.');
      return;
    }
    setStarting(true);
    const result = await api.pledges.batch({ unitIds, year: Number(year), separateFiles, ...(date ? { date } : {}), ...(place.trim() ? { place } : {}) });
    setStarting(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    setStatus({ jobId: result.value.jobId, state: 'running', done: 0, total: separateFiles ? result.value.total * 2 : result.value.total, pledges: result.value.total, result: null, error: null });
  };

  const cancel = async (): Promise<void> => {
    if (!status) return;
    setCancelling(true);
    const result = await api.pledges.cancel({ jobId: status.jobId });
    if (!result.ok) setError(result.error.message);
  };

  const running = starting || status?.state === 'running';
  const percent = status && status.total > 0 ? (status.done / status.total) * 100 : 0;
  const toggle = (id: string): void =>
    setChosen((previous) => {
      const next = new Set(previous);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <section className="panel" aria-labelledby="massal-judul">
      <h2 id="massal-judul" className="panel-title">
        Cetak massal Pakta Integritas
      </h2>
      <p className="muted">
        Setiap pegawai aktif pada unit terpilih yang belum memiliki pakta tahun ini dibuatkan pakta bertanda tangan basah (ruang tanda tangan kosong),
        dengan kepala unit sebagai saksi. Satu halaman per pegawai; setiap halaman memiliki kode verifikasi sendiri.
      </p>
      <fieldset className="fieldset" disabled={running}>
        <legend>Unit kerja</legend>
        <label className="checkbox-inline" htmlFor="massal-semua">
          <input id="massal-semua" type="checkbox" checked={all} onChange={(event) => setAll(event.target.checked)} />
          Semua unit kerja
        </label>
        {!all ? (
          <ul className="pakta-unit-list" aria-label="Pilih unit kerja">
            {(units.data ?? []).map((unit) => (
              <li key={unit.id}>
                <label className="checkbox-inline" htmlFor={`massal-unit-${unit.id}`}>
                  <input id={`massal-unit-${unit.id}`} type="checkbox" checked={chosen.has(unit.id)} onChange={() => toggle(unit.id)} />
                  {unit.nama}
                </label>
              </li>
            ))}
          </ul>
        ) : null}
      </fieldset>
      <div className="field-row field-row-3">
        <div className="field">
          <label htmlFor="massal-tahun" className="field-label">
            Tahun pakta
          </label>
          <input id="massal-tahun" className="input" inputMode="numeric" maxLength={4} value={year} disabled={running} onChange={(event) => setYear(event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="massal-tempat" className="field-label">
            Tempat
          </label>
          <input id="massal-tempat" className="input" value={place} placeholder="Kota pada Pengaturan instansi" disabled={running} onChange={(event) => setPlace(event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="massal-tanggal" className="field-label">
            Tanggal
          </label>
          <input id="massal-tanggal" type="date" className="input" value={date} disabled={running} onChange={(event) => setDate(event.target.value)} />
        </div>
      </div>
      <label className="checkbox-inline" htmlFor="massal-per-pegawai">
        <input id="massal-per-pegawai" type="checkbox" checked={separateFiles} disabled={running} onChange={(event) => setSeparateFiles(event.target.checked)} />
        Buat juga satu PDF per pegawai (&lt;NIP&gt;_&lt;Nama&gt;.pdf) dalam satu folder
      </label>
      <Alert>{error}</Alert>
      <div className="form-actions">
        <button type="button" className="button button-primary" onClick={() => void start()} disabled={running}>
          {starting ? <Spinner /> : null}
          Mulai cetak massal
        </button>
        {status?.state === 'running' ? (
          <button type="button" className="button button-secondary" onClick={() => void cancel()} disabled={cancelling}>
            {cancelling ? 'Membatalkan…' : 'Batal'}
          </button>
        ) : null}
      </div>
      {status ? (
        <div className="pakta-batch-status">
          <label htmlFor="massal-progres" className="field-label">
            Progres cetak massal
          </label>
          <progress id="massal-progres" className="pakta-progress" max={Math.max(1, status.total)} value={status.done} />
          <p className="muted small" role="status" aria-live="polite">
            {status.state === 'running'
              ? `Membuat PDF… ${status.done} dari ${status.total} langkah (${formatAngka(percent, 0)}%) untuk ${status.pledges} pegawai.`
              : status.state === 'done'
                ? `Selesai: ${status.pledges} pakta dalam satu PDF.`
                : status.state === 'cancelled'
                  ? 'Dibatalkan. Tidak ada berkas yang disimpan dan tidak ada pakta yang dicatat.'
                  : (status.error?.message ?? 'Cetak massal gagal.')}
          </p>
          {status.state === 'failed' ? <Alert>{status.error?.message}</Alert> : null}
          {status.result ? (
            <div className="pakta-batch-result">
              <div className="form-actions">
                <button type="button" className="button button-primary" onClick={() => void openGeneratedDocument(status.result?.documentId ?? '')}>
                  Buka PDF gabungan
                </button>
                <DocumentActions documentId={status.result.documentId} subject={status.result.fileName} />
              </div>
              {status.result.folder ? (
                <details>
                  <summary>{status.result.files.length} berkas per pegawai di folder data</summary>
                  {status.result.files[0] ? (
                    <div className="form-actions">
                      <DocumentActions documentId={status.result.files[0].documentId} subject="berkas per pegawai" folderLabel="Tampilkan folder berkas" save={false} small />
                    </div>
                  ) : null}
                  <ul className="pakta-file-list">
                    {status.result.files.map((file) => (
                      <li key={file.documentId}>
                        <button type="button" className="link-button" onClick={() => void openGeneratedDocument(file.documentId)}>
                          {file.fileName}
                        </button>{' '}
                        <button type="button" className="link-button" onClick={() => void saveCopy(file.documentId)}>
                          Simpan salinan…<span className="visually-hidden"> pakta {personOf(file.fileName)}</span>
                        </button>
                      </li>
                    ))}
                  </ul>
                </details>
              ) : null}
            </div>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
