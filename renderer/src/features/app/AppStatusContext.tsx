import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { AppStatus } from '../../../../shared/app';
import type { AppError, Result } from '../../../../shared/result';
import { api, dataRevision } from '../../api/client';
import { Alert } from '../../components/Alert';

interface AppStatusApi {
  status: AppStatus;
  /** Replaces the status with a fresher one (every app:* channel answers with the whole status). */
  setStatus(status: AppStatus): void;
  /** Asks main again (after demo data was loaded, for instance). */
  refresh(): Promise<void>;
}

/** Domains whose writes never empty the store (nothing there deletes units or people). */
const KEEPS_STORE_FILLED = new Set(['units', 'people', 'worksheets', 'prerequisites', 'pledgeTemplates', 'pledges', 'declarations', 'verification', 'documents', 'exchange', 'reports']);

const AppStatusContext = createContext<AppStatusApi | undefined>(undefined);

/** Asked for as soon as the bundle runs, so the request overlaps React's start-up. */
let earlyStatus: Promise<Result<AppStatus>> | undefined = api.app.status(undefined);

/**
 * Loads `app:status` once before anything else is shown: the user's name, recovery notices and
 * whether the store is still empty decide what the first screen looks like.
 */
export function AppStatusProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<AppStatus | undefined>(undefined);
  const [error, setError] = useState<AppError | undefined>(undefined);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    const request = earlyStatus ?? api.app.status(undefined);
    earlyStatus = undefined;
    void request.then((result) => {
      if (!current) return;
      if (result.ok) {
        setStatus(result.value);
        setError(undefined);
      } else {
        setError(result.error);
      }
    });
    return () => {
      current = false;
    };
  }, [attempt]);

  const refresh = useCallback(async () => {
    const result = await api.app.status(undefined);
    if (result.ok) setStatus(result.value);
  }, []);

  // Whether the store is empty follows the data: asked again after a change from another tab, and
  // after this window's writes that can change it (any while the store is empty; demo data, app
  // and unknown domains always). Units and people are never deleted, so other writes cannot empty it.
  const empty = useRef(true);
  useEffect(() => {
    empty.current = status?.isEmpty ?? true;
  }, [status]);
  useEffect(
    () =>
      dataRevision.subscribe(() => {
        const change = dataRevision.lastChange();
        const domain = change.channel?.split(':')[0] ?? '';
        if (change.own && !empty.current && KEEPS_STORE_FILLED.has(domain)) return;
        void refresh();
      }),
    [refresh],
  );

  const value = useMemo(() => (status ? { status, setStatus, refresh } : undefined), [status, refresh]);

  if (!value) {
    return (
      <div className="startup">
        <div className="startup-card">
          <p className="brand-name">ZI Desk</p>
          {error ? (
            <>
              <Alert>{error.message}</Alert>
              <button type="button" className="button button-primary" onClick={() => setAttempt((n) => n + 1)}>
                Coba lagi
              </button>
            </>
          ) : (
            <p className="muted" role="status">
              Memuat ZI Desk…
            </p>
          )}
        </div>
      </div>
    );
  }
  return <AppStatusContext.Provider value={value}>{children}</AppStatusContext.Provider>;
}

export function useAppStatus(): AppStatusApi {
  const value = useContext(AppStatusContext);
  if (!value) throw new Error('useAppStatus() di luar AppStatusProvider');
  return value;
}

/** Whether main can show native file and folder dialogs (the Electron window; not the web host). */
export function useNativeDialogs(): boolean {
  return useAppStatus().status.host === 'electron';
}
