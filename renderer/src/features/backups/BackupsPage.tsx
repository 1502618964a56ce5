import { useCallback, useState } from 'react';
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
import { CheckFilePanel } from '../../components/CheckFilePanel';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DataTable } from '../../components/DataTable';
import { JobProgress, useExportJob } from '../../components/JobProgress';
import { PageHeader } from '../../components/PageHeader';
import { PathForm, useChooser } from '../../components/PathForm';
import { RowActions } from '../../components/RowActions';
import { Spinner } from '../../components/Spinner';
import { useToast } from '../../components/Toast';
import { useLoad } from '../../lib/useLoad';
import { useNativeDialogs } from '../app/AppStatusContext';
import './backups.css';

/**
 * *Cadangan & Pemulihan*: the whole-folder snapshots main keeps (daily, before a restore, manual),
 * "Buat cadangan sekarang", an archive for a USB drive with a progress bar, and restore from a row
 * or from an archive file — always through a preview of what changes, and with "Batalkan pemulihan"
 * afterwards. Long work is polled as batch printing is.
 */

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

function ExportPanel({ defaultFolder, snapshot, onClearSnapshot }: { defaultFolder: string; snapshot: SnapshotView | null; onClearSnapshot: () => void }) {
  const [destination, setDestination] = useState('');
  const { status, error, setError, running, start: startJob } = useExportJob(
    (jobId) => api.backups.exportStatus({ jobId }),
    'Arsip cadangan selesai ditulis dan sudah diperiksa keutuhannya.',
  );
  const folder = destination.trim() === '' ? defaultFolder : destination;
  const chooseFolder = useChooser(useNativeDialogs() ? () => api.backups.chooseFolder(undefined) : undefined, setDestination, setError);
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

function ArchiveRestorePanel({ onPreview }: { onPreview: (preview: RestorePreview) => void }) {
  const native = useNativeDialogs();
  return (
    <CheckFilePanel
      id="arsip"
      title="Pulihkan dari arsip"
      intro="Arsip diperiksa dulu (keutuhan, versi, checksum setiap berkas); perubahan yang akan terjadi ditampilkan sebelum Anda memutuskan."
      label="Berkas arsip (.zip)"
      hint="Lokasi lengkap berkas di komputer ini, misalnya E:\Cadangan\ZI-Desk-cadangan-20261206-083000000.zip."
      submitLabel="Periksa arsip"
      chooseLabel="Pilih arsip…"
      choose={native ? () => api.backups.chooseArchive(undefined) : undefined}
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
