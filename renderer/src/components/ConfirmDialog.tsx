import { useState, type ReactNode } from 'react';
import { Dialog } from './Dialog';
import { Spinner } from './Spinner';
import { Alert } from './Alert';

interface ConfirmDialogProps {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  /** Runs the action; resolve to an error message to keep the dialog open and show it. */
  onConfirm: () => Promise<string | undefined>;
  onClose: () => void;
  tone?: 'primary' | 'danger';
}

/**
 * "Are you sure?" with the action's own verb on the button, busy state and an error line. Focus
 * starts on "Batal" (a destructive action needs a deliberate click or Tab).
 */
export function ConfirmDialog({ title, children, confirmLabel, onConfirm, onClose, tone = 'primary' }: ConfirmDialogProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);

  const confirm = async (): Promise<void> => {
    setBusy(true);
    setError(undefined);
    const message = await onConfirm();
    setBusy(false);
    if (message) setError(message);
  };

  return (
    <Dialog title={title} onClose={busy ? undefined : onClose} size="small">
      <div className="confirm-text">{children}</div>
      <Alert>{error}</Alert>
      <div className="form-actions">
        <button type="button" className={`button button-${tone}`} onClick={() => void confirm()} disabled={busy}>
          {busy ? <Spinner /> : null}
          {confirmLabel}
        </button>
        {/* A confirmation opens on "Batal": Enter pressed twice never carries out the action. */}
        <button type="button" className="button button-secondary" onClick={onClose} disabled={busy} data-autofocus>
          Batal
        </button>
      </div>
    </Dialog>
  );
}
