import type { ReactNode } from 'react';
import { Spinner } from './Spinner';

interface FormActionsProps {
  /** The submit button's verb ("Simpan", "Buat lembar kerja"). */
  submitLabel: ReactNode;
  busy: boolean;
  /** False while the form is not filled enough to submit (the submit button is disabled). */
  canSubmit?: boolean;
  /** Shows "Batal" (or `cancelLabel`) next to the submit button. */
  onCancel?: () => void;
  cancelLabel?: string;
  tone?: 'primary' | 'danger';
  children?: ReactNode;
}

/** The buttons under a form: submit (with a spinner while busy) and cancel, both disabled while busy. */
export function FormActions({ submitLabel, busy, canSubmit = true, onCancel, cancelLabel = 'Batal', tone = 'primary', children }: FormActionsProps) {
  return (
    <div className="form-actions">
      <button type="submit" className={`button button-${tone}`} disabled={busy || !canSubmit}>
        {busy ? <Spinner /> : null}
        {submitLabel}
      </button>
      {onCancel ? (
        <button type="button" className="button button-secondary" onClick={onCancel} disabled={busy}>
          {cancelLabel}
        </button>
      ) : null}
      {children}
    </div>
  );
}
