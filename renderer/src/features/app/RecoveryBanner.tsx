import { useState } from 'react';
import type { RecoveryNoticeView } from '../../../../shared/app';
import { api } from '../../api/client';
import { Spinner } from '../../components/Spinner';
import { useAppStatus } from './AppStatusContext';
import { Alert } from '../../components/Alert';
import { formatTanggal } from '../../../../shared/format';

const DOCUMENT_LABEL: Record<string, string> = {
  master: 'data master',
  preferences: 'preferensi pengguna',
};

const FOLDER_LABEL: Record<string, string> = {
  worksheets: 'lembar kerja LKE',
  pledges: 'data pakta integritas tahun',
};

/** File name only: the data folder is shown once, under "Rincian". */
function baseName(file: string): string {
  return file.split('/').pop() ?? file;
}

/** "lembar kerja LKE unit-abc-2022" for a worksheet, the label of a known document, else its name. */
function documentLabel(document: string): string {
  const known = DOCUMENT_LABEL[document];
  if (known !== undefined) return known;
  const [folder, ...rest] = document.split('/');
  const folderLabel = folder === undefined ? undefined : FOLDER_LABEL[folder];
  return folderLabel !== undefined && rest.length > 0 ? `${folderLabel} ${rest.join('/')}` : `"${document}"`;
}

/** "salinan tanggal 27 November 2026" when the copy's day is known. */
function copyOf(notice: RecoveryNoticeView): string {
  if (notice.copyDate === undefined) return 'salinan cadangan terakhir';
  try {
    return `salinan tanggal ${formatTanggal(notice.copyDate)}`;
  } catch {
    return 'salinan cadangan terakhir';
  }
}

/** One sentence a user can act on: what broke, what ZI Desk did, where the damaged copy is. */
export function noticeText(notice: RecoveryNoticeView): string {
  const what = documentLabel(notice.document);
  if (notice.kind === 'restored-missing') {
    return `Berkas ${what} hilang dari folder data; ZI Desk memulihkannya dari ${copyOf(notice)}. Periksa kembali perubahan yang dibuat sesudah tanggal itu, karena mungkin perlu diisi ulang.`;
  }
  if (notice.kind === 'restored-bak') {
    return `Berkas ${what} tidak ditemukan; ZI Desk memuat ${copyOf(notice)} (salinan sebelum penyimpanan terakhir). Perubahan yang sedang disimpan saat ZI Desk terhenti mungkin hilang.`;
  }
  const kept = notice.corruptCopy ? ` Berkas rusak disimpan sebagai ${baseName(notice.corruptCopy)}.` : '';
  if (notice.kind === 'restored-backup') {
    const from = notice.restoredFrom ? ` (${notice.restoredFrom})` : '';
    return `Berkas ${what} rusak; ZI Desk memulihkan cadangan terakhir${from}. Perubahan sesudah cadangan itu mungkin hilang.${kept}`;
  }
  return `Berkas ${what} rusak dan tidak ada cadangan yang dapat dipakai; ZI Desk memulai ${what} dari kosong.${kept}`;
}

/** Shown on every screen while main reports recovered files that the user has not acknowledged. */
export function RecoveryBanner() {
  const { status, setStatus } = useAppStatus();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  if (status.notices.length === 0) return null;

  const dismiss = async (): Promise<void> => {
    setBusy(true);
    const result = await api.app.dismissNotices(undefined);
    setBusy(false);
    if (result.ok) setStatus(result.value);
    else setError(result.error.message);
  };

  return (
    <Alert
      variant="warning"
      role="alert"
      label="Pemberitahuan pemulihan data"
      icon="!"
      title="Data dipulihkan dari cadangan"
      actions={
        <button type="button" className="button button-secondary" onClick={() => void dismiss()} disabled={busy}>
          {busy ? <Spinner /> : null}
          Saya mengerti, tutup
        </button>
      }
    >
      {status.notices.map((notice) => (
        <p key={`${notice.document}-${notice.at}`}>{noticeText(notice)}</p>
      ))}
      <details className="alert-details">
        <summary>Rincian</summary>
        <p>Folder data: {status.dataDir}</p>
        {status.notices.map((notice) => (
          <p key={`${notice.document}-${notice.at}-reason`}>{notice.reason}</p>
        ))}
      </details>
      {error ? <p className="field-error">{error}</p> : null}
    </Alert>
  );
}
