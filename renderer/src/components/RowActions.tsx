import type { ReactNode } from 'react';
import { Spinner } from './Spinner';

export interface RowAction {
  /** The visible verb ("Ubah"); screen readers hear it with the row's subject ("Ubah Budi"). */
  label: string;
  onClick: () => void;
  /** Defaults to `secondary`. */
  tone?: 'primary' | 'secondary' | 'ghost';
  busy?: boolean;
  disabled?: boolean;
  title?: string | undefined;
  /** What this action acts on, when it is not the row's subject. */
  subject?: string;
}

/** One action of a row: a small button whose accessible name names the row. */
export function RowActionButton({ action, subject }: { action: RowAction; subject: string }) {
  return (
    <button
      type="button"
      className={`button button-small button-${action.tone ?? 'secondary'}`}
      onClick={action.onClick}
      disabled={action.disabled}
      title={action.title}
    >
      {action.busy ? <Spinner /> : null}
      {action.label}
      <span className="visually-hidden"> {action.subject ?? subject}</span>
    </button>
  );
}

/**
 * The last cell of a table row: its buttons (Ubah, Nonaktifkan, Cetak ulang …), each named with
 * the row's subject for screen readers. `false` or `null` entries are left out; `children` follow
 * the buttons (links, file pickers, dialogs).
 */
export function RowActions({ subject, actions, children }: { subject: string; actions: readonly (RowAction | false | null | undefined)[]; children?: ReactNode }) {
  return (
    <td className="col-actions">
      {actions.map((action) => (action ? <RowActionButton key={action.label} action={action} subject={subject} /> : null))}
      {children}
    </td>
  );
}
