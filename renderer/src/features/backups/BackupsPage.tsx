import { useCallback, useEffect, useRef, useState } from 'react';
import {
  CHANGE_KINDS,
  CHANGE_KIND_LABELS,
  SNAPSHOT_KIND_LABELS,
  describeCounts,
  formatUkuran,
  formatWaktu,
  type ExportJobStatus,
  type RestorePreview,
  type SnapshotView,
} from '../../../../shared/backups';
import { formatAngka } from '../../../../shared/format';
import { api } from '../../api/client';
import { Alert } from '../../components/Alert';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DataTable } from '../../components/DataTable';
import { TextField } from '../../components/Field';
import { PageHeader } from '../../components/PageHeader';
import { RowActions } from '../../components/RowActions';
import { Spinner } from '../../components/Spinner';
import { useToast } from '../../components/Toast';
import { useLoad } from '../../lib/useLoad';
import { useAppStatus } from '../app/AppStatusContext';
import './backups.css';

/**
 * *Cadangan & Pemulihan*: the whole-folder snapshots main keeps (daily, before a restore, manual),
 * "Buat cadangan sekarang", an archive for a USB drive with a progress bar, and restore from a row
 * or from an archive file — always through a preview of what changes, and with "Batalkan pemulihan"
 * afterwards. Long work is polled as batch printing is.
 */

const POLL_MS = 250;

const PHASE_TEXT: Record<ExportJobStatus['phase'], string> = {
  snapshot: 'Membuat cadangan terbaru…',
  write: 'Menulis arsip',
  verify: 'Memeriksa keutuhan arsip',
  done: 'Selesai',
};

function RestorePreviewDialog({ preview, onClose, onRestored }: { preview: RestorePreview; onClose: () => void; onRestored: (message: string) => void }) {
  const from = preview.source.type === 'archive' ? `arsip ${preview.source.fileName}` : `cadangan ${SNAPSHOT_KIND_LABELS[preview.kind].toLowerCase()}`;
  const unchanged = CHANGE_KINDS.every((kind) => {
    const change = preview.changes[kind];
    return change.added + change.removed + change.changed === 0;
  });
  const restore = async (): Promise<string | undefined> => {
    const input = preview.source.type === 'archive' ? { importId: preview.source.importId } : { snapshotId: preview.source.snapshotId };
    const result = await api.backups.restore(input);
    if (!result.ok) return result.error.message;
    onRestored(
      `Data dipulihkan dari ${from} (${formatWaktu(preview.createdAt)}).${result.value.keysChanged ? ' Kunci tanda tangan dari cadangan dipakai setelah ZI Desk dibuka ulang.' : ''}`,
    );
    return undefined;
  };
  return (
    <ConfirmDialog title="Pulihkan cadangan?" confirmLabel="Pulihkan sekarang" tone="danger" onConfirm={restore} onClose={onClose}>
      <p>
        Data akan diganti dengan isi {from} tanggal <strong>{formatWaktu(preview.createdAt)}</strong> (ZI Desk versi {preview.appVersion}).
      </p>
      <DataTable label="Perubahan bila dipulihkan" columns={['Data', { label: 'Di cadangan', className: 'num' }, { label: 'Ditambah', className: 'num' }, { label: 'Dihapus', className: 'num' }, { label: 'Diubah', className: 'num' }]} wrap="none" className="backup-changes">
        {CHANGE_KINDS.map((kind) => (
          <tr key={kind}>
            <th scope="row">{CHANGE_KIND_LABELS[kind]}</th>
            <td className="num">{preview.counts[kind]}</td>
            <td className="num">{preview.changes[kind].added}</td>
            <td className="num">{preview.changes[kind].removed}</td>
            <td className="num">{preview.changes[kind].changed}</td>
          </tr>
        ))}
      </DataTable>
      {unchanged ? <p className="muted">Tidak ada perbedaan data dengan keadaan sekarang.</p> : null}
      {preview.keysChange ? (
        <Alert variant="warning">Cadangan ini berisi kunci tanda tangan yang berbeda dari kunci yang sedang dipakai. Kunci dari cadangan dipakai setelah ZI Desk dibuka ulang.</Alert>
      ) : null}
      <p className="muted small">Data saat ini disimpan dulu sebagai cadangan &ldquo;Sebelum pemulihan&rdquo;, sehingga pemulihan dapat dibatalkan dengan satu klik.</p>
    </ConfirmDialog>
  );
}

/** While `fetch` is set, calls it every POLL_MS after each new `state` (the batch-printing rhythm) and hands over the answer. */
export function usePolling<T>(fetch: (() => Promise<T>) | undefined, state: unknown, onResult: (result: T) => void): void {
  const latest = useRef({ fetch, onResult });
  useEffect(() => {
    latest.current = { fetch, onResult };
  });
  const active = fetch !== undefined;
  useEffect(() => {
    if (!active) return undefined;
    let current = true;
    const timer = window.setTimeout(() => {
      void latest.current.fetch?.().then((result) => {
        if (current) latest.current.onResult(result);
      });
    }, POLL_MS);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [active, state]);
}

type Answer<T> = { ok: true; value: T } | { ok: false; error: { message: string } };

/**
 * A long job started in main and polled until it ends (archive export here, bundle export on the
 * Rekan screen): its status, its error, whether it runs, and `start` (the request, then the status
 * shown until the first poll answers).
 */
export function useExportJob<S extends { jobId: string; state: 'running' | 'done' | 'failed' }>(poll: (jobId: string) => Promise<Answer<S>>, doneMessage: string) {
  const { notify } = useToast();
  const [status, setStatus] = useState<S | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const [starting, setStarting] = useState(false);
  const jobId = status?.state === 'running' ? status.jobId : undefined;

  usePolling(jobId === undefined ? undefined : () => poll(jobId), status, (result) => {
    if (!result.ok) {
      setError(result.error.message);
      setStatus(undefined);
      return;
    }
    setStatus(result.value);
    if (result.value.state === 'done') notify('success', doneMessage);
  });

  const start = async (request: () => Promise<Answer<{ jobId: string }>>, initial: (jobId: string) => S): Promise<void> => {
    setError(undefined);
    setStatus(undefined);
    setStarting(true);
    const result = await request();
    setStarting(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    setStatus(initial(result.value.jobId));
  };
  return { status, error, setError, running: starting || status?.state === 'running', start };
}

/** The progress of a polled job: a labelled bar and one line of status text; the job's error when it failed. */
export function JobProgress({ id, label, status, text }: { id: string; label: string; status: { state: 'running' | 'done' | 'failed'; done: number; total: number; error: string | null }; text: string }) {
  return (
    <div className="backup-progress">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <progress id={id} max={Math.max(1, status.total)} value={status.state === 'done' ? Math.max(1, status.total) : status.done} />
      <p className="muted small" role="status" aria-live="polite">
        {text}
      </p>
      {status.state === 'failed' ? <Alert>{status.error}</Alert> : null}
    </div>
  );
}

/**
 * In Electron, a function that asks main for a native dialog and puts the chosen path into the
 * field (a cancelled dialog changes nothing); undefined on the web host, which keeps the typed field.
 */
export function useChooser(
  ask: () => Promise<{ ok: true; value: { path: string | null } } | { ok: false; error: { message: string } }>,
  setPath: (path: string) => void,
  setError: (message: string | undefined) => void,
): (() => void) | undefined {
  const { status } = useAppStatus();
  if (status.host !== 'electron') return undefined;
  return () =>
    void ask().then((result) => {
      if (!result.ok) setError(result.error.message);
      else if (result.value.path !== null) {
        setError(undefined);
        setPath(result.value.path);
      }
    });
}

/** One path field (a folder or an archive on this computer) with its button; Enter submits. */
export function PathForm(props: {
  id: string;
  label: string;
  hint: string;
  value: string;
  placeholder?: string;
  onChange: (value: string) => void;
  busy: boolean;
  submitLabel: string;
  primary?: boolean;
  canSubmit?: boolean;
  onSubmit: () => void;
  /** Electron only: a button that fills the field from a native dialog ("Pilih folder…"). */
  choose?: { label: string; onChoose: () => void } | undefined;
}) {
  return (
    <form
      className="backup-inline-form"
      onSubmit={(event) => {
        event.preventDefault();
        props.onSubmit();
      }}
    >
      <TextField
        id={props.id}
        label={props.label}
        hint={props.hint}
        value={props.value}
        placeholder={props.placeholder}
        onChange={(event) => props.onChange(event.target.value)}
        disabled={props.busy}
        className="backup-path"
      />
      <div className="form-actions">
        {props.choose ? (
          <button type="button" className="button button-secondary" disabled={props.busy} onClick={props.choose.onChoose}>
            {props.choose.label}
          </button>
        ) : null}
        <button type="submit" className={`button ${props.primary ? 'button-primary' : 'button-secondary'}`} disabled={props.busy || props.canSubmit === false}>
          {props.busy ? <Spinner /> : null}
          {props.submitLabel}
        </button>
      </div>
    </form>
  );
}

function ExportPanel({ defaultFolder, snapshot, onClearSnapshot }: { defaultFolder: string; snapshot: SnapshotView | null; onClearSnapshot: () => void }) {
  const [destination, setDestination] = useState('');
  const { status, error, setError, running, start: startJob } = useExportJob(
    (jobId) => api.backups.exportStatus({ jobId }),
    'Arsip cadangan selesai ditulis dan sudah diperiksa keutuhannya.',
  );
  const folder = destination.trim() === '' ? defaultFolder : destination;
  const chooseFolder = useChooser(() => api.backups.chooseFolder(undefined), setDestination, setError);
  const start = (): Promise<void> =>
    startJob(
      () => api.backups.exportArchive({ destination: folder, ...(snapshot ? { snapshotId: snapshot.id } : {}) }),
      (jobId) => ({ jobId, state: 'running', phase: 'snapshot', done: 0, total: 0, result: null, error: null }),
    );

  const percent = status && status.total > 0 ? (status.done / status.total) * 100 : 0;
  return (
    <section className="panel" aria-labelledby="ekspor-judul">
      <h2 id="ekspor-judul" className="panel-title">
        Ekspor arsip cadangan
      </h2>
      <p className="muted">
        Satu berkas .zip berisi seluruh data, lampiran, dan kunci tanda tangan (terenkripsi), misalnya untuk disimpan di flashdisk. Keutuhan arsip diperiksa
        ulang setelah ditulis.
      </p>
      {snapshot ? (
        <Alert
          variant="info"
          role="status"
          actions={
            <button type="button" className="button button-small button-secondary" onClick={onClearSnapshot} disabled={running}>
              Pakai cadangan terbaru
            </button>
          }
        >
          Yang diekspor: cadangan {SNAPSHOT_KIND_LABELS[snapshot.kind].toLowerCase()} {formatWaktu(snapshot.createdAt)}.
        </Alert>
      ) : null}
      <PathForm
        id="ekspor-folder"
        label="Folder tujuan"
        hint={`Lokasi lengkap folder di komputer ini, misalnya E:\\Cadangan pada flashdisk. Kosongkan untuk memakai ${defaultFolder}.`}
        value={destination}
        placeholder={defaultFolder}
        onChange={setDestination}
        busy={running}
        submitLabel="Ekspor arsip"
        primary
        onSubmit={() => void start()}
        choose={chooseFolder && { label: 'Pilih folder…', onChoose: chooseFolder }}
      />
      <Alert>{error}</Alert>
      {status ? (
        <JobProgress
          id="ekspor-progres"
          label="Progres ekspor arsip"
          status={status}
          text={
            status.state === 'running'
              ? `${PHASE_TEXT[status.phase]}${status.total > 0 ? `… ${formatUkuran(status.done)} dari ${formatUkuran(status.total)} (${formatAngka(percent, 0)}%)` : '…'}`
              : status.state === 'done' && status.result
                ? `Selesai: ${status.result.file} (${formatUkuran(status.result.sizeBytes)}), keutuhan arsip sudah diperiksa.`
                : ''
          }
        />
      ) : null}
    </section>
  );
}

/**
 * A panel that checks a file on this computer (typed, or from a native dialog in Electron) and hands
 * the answer over: restoring an archive here, receiving a colleague's bundle on the Rekan screen.
 */
export function CheckFilePanel<T>(props: {
  id: string;
  title: string;
  intro: string;
  label: string;
  hint: string;
  submitLabel: string;
  chooseLabel: string;
  choose: () => Promise<{ ok: true; value: { path: string | null } } | { ok: false; error: { message: string } }>;
  check: (path: string) => Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>;
  onResult: (value: T) => void;
}) {
  const [file, setFile] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const chooseFile = useChooser(props.choose, setFile, setError);
  const run = async (): Promise<void> => {
    setError(undefined);
    setBusy(true);
    const result = await props.check(file);
    setBusy(false);
    if (!result.ok) setError(result.error.message);
    else props.onResult(result.value);
  };
  return (
    <section className="panel" aria-labelledby={`${props.id}-judul`}>
      <h2 id={`${props.id}-judul`} className="panel-title">
        {props.title}
      </h2>
      <p className="muted">{props.intro}</p>
      <PathForm
        id={`${props.id}-berkas`}
        label={props.label}
        hint={props.hint}
        value={file}
        onChange={setFile}
        busy={busy}
        submitLabel={props.submitLabel}
        canSubmit={file.trim() !== ''}
        onSubmit={() => void run()}
        choose={chooseFile && { label: props.chooseLabel, onChoose: chooseFile }}
      />
      <Alert>{error}</Alert>
    </section>
  );
}

function ArchiveRestorePanel({ onPreview }: { onPreview: (preview: RestorePreview) => void }) {
  return (
    <CheckFilePanel
      id="arsip"
      title="Pulihkan dari arsip"
      intro="Arsip diperiksa dulu (keutuhan, versi, checksum setiap berkas); perubahan yang akan terjadi ditampilkan sebelum Anda memutuskan."
      label="Berkas arsip (.zip)"
      hint="Lokasi lengkap berkas di komputer ini, misalnya E:\Cadangan\ZI-Desk-cadangan-20261206-083000000.zip."
      submitLabel="Periksa arsip"
      chooseLabel="Pilih arsip…"
      choose={() => api.backups.chooseArchive(undefined)}
      check={(path) => api.backups.previewArchive({ path })}
      onResult={onPreview}
    />
  );
}

export function BackupsPage() {
  const { notify } = useToast();
  const load = useCallback(() => api.backups.list(undefined), []);
  const overview = useLoad(load);
  const [creating, setCreating] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const [preview, setPreview] = useState<RestorePreview | null>(null);
  const [previewing, setPreviewing] = useState<string | null>(null);
  const [exportOf, setExportOf] = useState<SnapshotView | null>(null);
  const [confirmUndo, setConfirmUndo] = useState(false);
  const data = overview.data;

  const create = async (): Promise<void> => {
    setError(undefined);
    setCreating(true);
    const result = await api.backups.create(undefined);
    setCreating(false);
    if (!result.ok) setError(result.error.message);
    else notify('success', `Cadangan dibuat: ${describeCounts(result.value.counts)}.`);
  };

  const openPreview = async (snapshot: SnapshotView): Promise<void> => {
    setError(undefined);
    setPreviewing(snapshot.id);
    const result = await api.backups.previewRestore({ snapshotId: snapshot.id });
    setPreviewing(null);
    if (!result.ok) setError(result.error.message);
    else setPreview(result.value);
  };

  const undo = async (): Promise<string | undefined> => {
    const result = await api.backups.undoRestore(undefined);
    if (!result.ok) return result.error.message;
    setConfirmUndo(false);
    notify('success', 'Pemulihan dibatalkan: data kembali seperti sebelum dipulihkan.');
    return undefined;
  };

  return (
    <>
      <PageHeader
        title="Cadangan & Pemulihan"
        description="Cadangan seluruh data: dibuat otomatis setiap hari dan sebelum pemulihan, atau kapan saja Anda mau. Disimpan 7 harian, 8 mingguan, dan 12 bulanan."
        actions={
          <button type="button" className="button button-primary" onClick={() => void create()} disabled={creating}>
            {creating ? <Spinner /> : null}
            Buat cadangan sekarang
          </button>
        }
      />
      <Alert>{error ?? overview.error?.message}</Alert>
      {data?.lastRestore ? (
        <Alert
          variant="warning"
          title="Data baru saja dipulihkan"
          actions={
            <button type="button" className="button button-secondary" onClick={() => setConfirmUndo(true)}>
              Batalkan pemulihan
            </button>
          }
        >
          Pada {formatWaktu(data.lastRestore.at)} data dipulihkan dari cadangan {formatWaktu(data.lastRestore.restoredCreatedAt)}. Data sebelum pemulihan
          tersimpan dan dapat dikembalikan.
        </Alert>
      ) : null}
      <section className="panel" aria-labelledby="daftar-cadangan-judul">
        <h2 id="daftar-cadangan-judul" className="panel-title">
          Daftar cadangan
        </h2>
        <DataTable
          label="Daftar cadangan"
          columns={['Tanggal', 'Jenis', 'Isi', { label: 'Ukuran', className: 'num' }]}
          actions
          className="backup-list"
          wrap="tall"
          empty={data === undefined ? 'Memuat…' : data.snapshots.length === 0 ? 'Belum ada cadangan. Cadangan harian dibuat setelah perubahan data pertama hari ini.' : undefined}
        >
          {(data?.snapshots ?? []).map((snapshot) => {
            const subject = `cadangan ${formatWaktu(snapshot.createdAt)}`;
            return (
              <tr key={snapshot.id}>
                <td>{formatWaktu(snapshot.createdAt)}</td>
                <td>{SNAPSHOT_KIND_LABELS[snapshot.kind]}</td>
                <td className="backup-counts">{describeCounts(snapshot.counts)}</td>
                <td className="num">{formatUkuran(snapshot.sizeBytes)}</td>
                <RowActions
                  subject={subject}
                  actions={[
                    { label: 'Pulihkan', onClick: () => void openPreview(snapshot), busy: previewing === snapshot.id, disabled: previewing !== null },
                    {
                      label: 'Ekspor',
                      onClick: () => {
                        setExportOf(snapshot);
                        document.getElementById('ekspor-folder')?.focus();
                      },
                    },
                  ]}
                />
              </tr>
            );
          })}
        </DataTable>
      </section>
      <div className="backup-panels">
        <ExportPanel defaultFolder={data?.defaultExportFolder ?? ''} snapshot={exportOf} onClearSnapshot={() => setExportOf(null)} />
        <ArchiveRestorePanel onPreview={setPreview} />
      </div>
      {preview ? (
        <RestorePreviewDialog
          preview={preview}
          onClose={() => setPreview(null)}
          onRestored={(message) => {
            setPreview(null);
            notify('success', message);
          }}
        />
      ) : null}
      {confirmUndo && data?.lastRestore ? (
        <ConfirmDialog title="Batalkan pemulihan?" confirmLabel="Batalkan pemulihan" onConfirm={undo} onClose={() => setConfirmUndo(false)}>
          <p>
            Data dikembalikan seperti sebelum pemulihan pada {formatWaktu(data.lastRestore.at)}. Perubahan yang dibuat sesudah pemulihan tetap tersimpan sebagai
            cadangan &ldquo;Sebelum pemulihan&rdquo;.
          </p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
