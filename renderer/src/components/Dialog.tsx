import { useEffect, useId, useRef, type ReactNode } from 'react';

interface DialogProps {
  title: string;
  /** Called on Escape, the close button or a click on "Batal". Omit for a dialog that must be answered. */
  onClose?: () => void;
  children: ReactNode;
  /** Short text under the title. */
  description?: ReactNode;
  size?: 'small' | 'medium' | 'large';
}

/**
 * The element that last had focus outside a dialog. An action that disables its own button while
 * it works (a file read, a server check) drops focus to the page before its dialog opens; the
 * dialog then returns focus to that button, not to the page.
 */
let lastFocused: HTMLElement | null = null;
if (typeof document !== 'undefined') {
  document.addEventListener(
    'focusin',
    (event) => {
      if (event.target instanceof HTMLElement && event.target !== document.body) lastFocused = event.target;
    },
    true,
  );
}

/** Where focus goes back to when a dialog opened now closes. */
function openerOfDialog(): HTMLElement | null {
  const active = document.activeElement;
  if (active instanceof HTMLElement && active !== document.body) return active;
  return lastFocused?.isConnected && !lastFocused.closest('dialog') ? lastFocused : null;
}

const FOCUSABLE_FIELD = '[data-autofocus], input:not([type="hidden"]):not([disabled]), select:not([disabled]), textarea:not([disabled])';

/**
 * A modal built on the native `<dialog>`: focus stays inside, Escape closes (when `onClose` is
 * given), the first field (or the `data-autofocus` element) receives focus when it opens so typing
 * can start at once, and focus returns to the opener when it closes.
 */
export function Dialog({ title, onClose, children, description, size = 'medium' }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();
  const onCloseRef = useRef(onClose);

  useEffect(() => {
    onCloseRef.current = onClose;
  }, [onClose]);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return undefined;
    const opener = openerOfDialog();
    let mounted = true;
    if (!dialog.open) dialog.showModal();
    const first = dialog.querySelector<HTMLElement>(FOCUSABLE_FIELD);
    first?.focus();

    const onCancel = (event: Event): void => {
      event.preventDefault();
      onCloseRef.current?.();
    };
    // Chromium may close a modal on a repeated Escape even when `cancel` was prevented: a dialog
    // that must be answered reopens, any other one reports the close.
    const onNativeClose = (): void => {
      if (!mounted) return;
      if (onCloseRef.current) onCloseRef.current();
      else dialog.showModal();
    };
    dialog.addEventListener('cancel', onCancel);
    dialog.addEventListener('close', onNativeClose);
    return () => {
      mounted = false;
      dialog.removeEventListener('cancel', onCancel);
      dialog.removeEventListener('close', onNativeClose);
      if (dialog.open) dialog.close();
      // The opener may still be disabled by the work that opened the dialog: wait for the re-render.
      if (opener?.isConnected) {
        opener.focus();
        if (document.activeElement !== opener) requestAnimationFrame(() => opener.focus());
      }
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className={`dialog dialog-${size}`}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
    >
      <header className="dialog-header">
        <h2 id={titleId} className="dialog-title">
          {title}
        </h2>
        {onClose ? (
          <button type="button" className="icon-button" onClick={onClose} aria-label="Tutup">
            <span aria-hidden="true">×</span>
          </button>
        ) : null}
      </header>
      {description ? (
        <div id={descriptionId} className="dialog-description">
          {description}
        </div>
      ) : null}
      <div className="dialog-body">{children}</div>
    </dialog>
  );
}
