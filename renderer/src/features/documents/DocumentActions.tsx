import { useState } from 'react';
import { useToast } from '../../components/Toast';
import { Spinner } from '../../components/Spinner';
import { useAppStatus } from '../app/AppStatusContext';
import { saveDocumentCopy, showDocumentInFolder, tell, type Outcome } from './openThings';

interface DocumentActionsProps {
  /** A generated document or a per-employee file (`dok-…`, `dok-…_<n>`). */
  documentId: string;
  /** Who or what the buttons act on, for screen readers ("Pakta Integritas 2022 - Budi Santoso"). */
  subject: string;
  small?: boolean;
  /** Label of "Tampilkan di folder" (e.g. "Tampilkan folder berkas" for a batch's files). */
  folderLabel?: string;
  /** False: only the folder button (which the browser does not have). */
  save?: boolean;
}

/**
 * "Simpan salinan…" and "Tampilkan di folder" for a generated document: the one way the screens
 * save or locate a PDF. The folder button exists only in the desktop app (a browser has no file
 * manager to show).
 */
export function DocumentActions({ documentId, subject, small = false, folderLabel = 'Tampilkan di folder', save = true }: DocumentActionsProps) {
  const { status } = useAppStatus();
  const { notify } = useToast();
  const [busy, setBusy] = useState<'save' | 'folder' | undefined>(undefined);
  const size = small ? ' button-small' : '';

  const run = async (which: 'save' | 'folder', action: () => Promise<Outcome>): Promise<void> => {
    setBusy(which);
    try {
      tell(notify, await action());
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <>
      {save ? (
        <button type="button" className={`button button-secondary${size}`} disabled={busy !== undefined} onClick={() => void run('save', () => saveDocumentCopy(documentId))}>
          {busy === 'save' ? <Spinner /> : null}
          Simpan salinan…<span className="visually-hidden"> {subject}</span>
        </button>
      ) : null}
      {status.host === 'electron' ? (
        <button type="button" className={`button button-secondary${size}`} disabled={busy !== undefined} onClick={() => void run('folder', () => showDocumentInFolder(documentId))}>
          {folderLabel}
          <span className="visually-hidden"> {subject}</span>
        </button>
      ) : null}
    </>
  );
}
