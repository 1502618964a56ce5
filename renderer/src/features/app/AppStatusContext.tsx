import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { AppStatus } from '../../../../shared/app';
import type { AppError, Result } from '../../../../shared/result';
import { api } from '../../api/client';
import { Alert } from '../../components/Alert';
import { useDataRevision } from '../../lib/useDataRevision';

interface AppStatusApi {
  status: AppStatus;
  /** Replaces the status with a fresher one (every app:* channel answers with the whole status). */
  setStatus(status: AppStatus): void;
  /** Asks main again (after demo data was loaded, for instance). */
  refresh(): Promise<void>;
}

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

  // Whether the store is empty follows the data: asked again after every change, from any tab.
  const revision = useDataRevision();
  const seenRevision = useRef(revision);
  useEffect(() => {
    if (seenRevision.current === revision) return;
    seenRevision.current = revision;
    void refresh();
  }, [revision, refresh]);

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
