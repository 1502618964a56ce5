import { useId, type ReactNode } from 'react';

export type AlertVariant = 'error' | 'warning' | 'info' | 'success';

interface AlertProps {
  /** Defaults to `error`. */
  variant?: AlertVariant;
  title?: ReactNode;
  children?: ReactNode;
  /** Buttons at the right end (e.g. "Saya mengerti, tutup"). */
  actions?: ReactNode;
  /** A decorative mark before the text (hidden from screen readers). */
  icon?: ReactNode;
  /**
   * `alert` interrupts (errors, urgent live updates), `status` is announced politely, `note` is
   * static text. Default: `alert` for errors, `status` for the other variants.
   */
  role?: 'alert' | 'status' | 'note';
  /** The accessible name; without it a title names the alert. */
  label?: string;
  className?: string;
}

function isEmpty(node: ReactNode): boolean {
  return node === undefined || node === null || node === false || node === '';
}

/**
 * The one message box of the app: error, warning, information or success, with an optional title
 * and actions. Renders nothing when it has neither title nor content, so `<Alert>{error}</Alert>`
 * needs no condition around it.
 */
export function Alert({ variant = 'error', title, children, actions, icon, role, label, className }: AlertProps) {
  const titleId = useId();
  if (isEmpty(title) && isEmpty(children)) return null;
  const hasTitle = !isEmpty(title);
  return (
    <div
      className={`alert alert-${variant}${className ? ` ${className}` : ''}`}
      role={role ?? (variant === 'error' ? 'alert' : 'status')}
      aria-label={label}
      aria-labelledby={label === undefined && hasTitle ? titleId : undefined}
    >
      {icon ? (
        <span className="alert-icon" aria-hidden="true">
          {icon}
        </span>
      ) : null}
      <div className="alert-body">
        {hasTitle ? (
          <p id={titleId} className="alert-title">
            {title}
          </p>
        ) : null}
        {children}
      </div>
      {actions ? <div className="alert-actions">{actions}</div> : null}
    </div>
  );
}

/** An alert whose content is a list of messages under a title ("Berkas tidak dapat diimpor:"). */
export function AlertList({ title, messages, variant = 'error' }: { title: ReactNode; messages: readonly string[]; variant?: AlertVariant }) {
  return (
    <Alert variant={variant} title={title}>
      <ul>
        {messages.map((message) => (
          <li key={message}>{message}</li>
        ))}
      </ul>
    </Alert>
  );
}
