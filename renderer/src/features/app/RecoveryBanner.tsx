import { useState } from 'react';
import type { RecoveryNoticeView } from '../../../../shared/app';
import { api } from '../../api/client';
import { Spinner } from '../../components/Spinner';
import { useAppStatus } from './AppStatusContext';
import { Alert } from '../../components/Alert';

const DOCUMENT_LABEL: Record<string, string> = {
  master: 'data master',
  preferences: 'preferensi pengguna',
};

/** File name only: the data folder is shown once, under "Rincian". */
function baseName(file: string): string {
  return file.split('/').pop() ?? file;
}

/** One sentence a user can act on: what broke, what ZI Desk did, where the damaged copy is. */
export function noticeText(notice: RecoveryNoticeView): string {
  const what = DOCUMENT_LABEL[notice.document] ?? `"${notice.document}"`;
  const kept = `Berkas rusak disimpan sebagai ${baseName(notice.corruptCopy)}.`;
  if (notice.kind === 'restored-backup') {
    const from = notice.restoredFrom ? ` (${notice.restoredFrom})` : '';
    return `Berkas ${what} rusak; ZI Desk memulihkan cadangan terakhir${from}. Perubahan sesudah cadangan itu mungkin hilang. ${kept}`;
  }
  return `Berkas ${what} rusak dan tidak ada cadangan yang dapat dipakai; ZI Desk memulai ${what} dari kosong. ${kept}`;
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
