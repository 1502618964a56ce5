import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppError, Result } from '../../../shared/result';
import { useDataRevision } from './useDataRevision';

export interface Loaded<T> {
  /** The last value that arrived (kept while a reload runs, so lists do not flicker). */
  data: T | undefined;
  error: AppError | undefined;
  /** Runs the loader again (after a save elsewhere on the screen). */
  reload: () => void;
}

/**
 * Runs `load` (a `useCallback` of the caller, so its dependencies decide when to reload) and keeps
 * the latest answer. Answers that arrive after a newer request started are dropped. Loads again
 * whenever stored data changed (`useDataRevision`), here or in another window or tab, so counts and
 * lists stay current; the data kept meanwhile means forms built from it are not reset. A screen's own
 * save moves the data revision and usually calls `reload()` as well: the second request joins the
 * load already running for that revision, so the screen asks main once.
 */
export function useLoad<T>(load: () => Promise<Result<T>>): Loaded<T> {
  const [state, setState] = useState<{ data: T | undefined; error: AppError | undefined }>({ data: undefined, error: undefined });
  const [version, setVersion] = useState(0);
  const revision = useDataRevision();

  const running = useRef<{ load: () => Promise<Result<T>>; revision: number; request: Promise<Result<T>> } | undefined>(undefined);

  useEffect(() => {
    let current = true;
    const joined = running.current;
    let request: Promise<Result<T>>;
    if (joined !== undefined && joined.load === load && joined.revision === revision) {
      request = joined.request;
    } else {
      request = load();
      const entry = { load, revision, request };
      running.current = entry;
      const done = (): void => {
        if (running.current === entry) running.current = undefined;
      };
      request.then(done, done);
    }
    void request.then((result) => {
      if (!current) return;
      setState((previous) =>
        result.ok ? { data: result.value, error: undefined } : { data: previous.data, error: result.error },
      );
    });
    return () => {
      current = false;
    };
  }, [load, version, revision]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { data: state.data, error: state.error, reload };
}
