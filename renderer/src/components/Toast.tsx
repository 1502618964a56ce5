import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { addToast, dismissToast, expireToasts, nextExpiry, visibleToasts, type ToastEntry, type ToastGroup, type ToastKind } from './toasts';

export type { ToastGroup, ToastKind };

interface ToastApi {
  /**
   * Shows a notification. With `group`, repeats collapse into one line with a count:
   * `notify('success', 'Unit kerja X ditambahkan.', { key: 'unit-ditambahkan', summary: (n) => `${n} unit kerja ditambahkan.` })`.
   */
  notify(kind: ToastKind, message: string, group?: ToastGroup): void;
}

const ToastContext = createContext<ToastApi>({ notify: () => undefined });

const ICON: Record<ToastKind, string> = { success: '✓', error: '!', info: 'i' };

/**
 * Short confirmations ("Pegawai disimpan.") in a polite live region at the bottom of the sidebar,
 * away from the working column: at most three, repeats grouped, errors kept until closed
 * (the rules: ./toasts.ts).
 */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<ToastEntry[]>([]);
  const nextId = useRef(1);

  const dismiss = useCallback((id: number) => setToasts((list) => dismissToast(list, id)), []);

  const notify = useCallback((kind: ToastKind, message: string, group?: ToastGroup) => {
    const id = nextId.current++;
    const now = Date.now();
    setToasts((list) => addToast(list, { kind, message, group }, id, now));
  }, []);

  // One timer, for the confirmation due first; a repeat restarts its line's time.
  useEffect(() => {
    const due = nextExpiry(toasts);
    if (due === null) return undefined;
    const timer = window.setTimeout(() => setToasts((list) => expireToasts(list, Date.now())), Math.max(0, due - Date.now()));
    return () => window.clearTimeout(timer);
  }, [toasts]);

  const value = useMemo(() => ({ notify }), [notify]);
  const { shown, waiting } = visibleToasts(toasts);

  return (
    <ToastContext.Provider value={value}>
      {children}
      <div className="toasts" role="status" aria-live="polite">
        {shown.map((toast) => (
          <div key={toast.id} className={`toast toast-${toast.kind}`}>
            <span className="toast-icon" aria-hidden="true">
              {ICON[toast.kind]}
            </span>
            <span className="toast-message">{toast.message}</span>
            <button type="button" className="icon-button toast-close" onClick={() => dismiss(toast.id)} aria-label="Tutup pesan">
              <span aria-hidden="true">×</span>
            </button>
          </div>
        ))}
        {waiting > 0 ? <p className="toast-waiting">{waiting} pesan lain menunggu</p> : null}
      </div>
    </ToastContext.Provider>
  );
}

/** `const { notify } = useToast(); notify('success', 'Unit kerja disimpan.')`. */
export function useToast(): ToastApi {
  return useContext(ToastContext);
}
