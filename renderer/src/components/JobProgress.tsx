import { useEffect, useRef, useState } from 'react';
import { Alert } from './Alert';
import { useToast } from './Toast';

/** How often a running job is asked for its progress. */
const POLL_MS = 250;

/** While `fetch` is set, calls it every POLL_MS after each new `state` (the batch-printing rhythm) and hands over the answer. */
export function usePolling<T>(fetch: (() => Promise<T>) | undefined, state: unknown, onResult: (result: T) => void): void {
  const latest = useRef({ fetch, onResult });
  useEffect(() => {
    latest.current = { fetch, onResult };
  });
  const active = fetch !== undefined;
  useEffect(() => {
    if (!active) return undefined;
    let current = true;
    const timer = window.setTimeout(() => {
      void latest.current.fetch?.().then((result) => {
        if (current) latest.current.onResult(result);
      });
    }, POLL_MS);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [active, state]);
}

type Answer<T> = { ok: true; value: T } | { ok: false; error: { message: string } };

/**
 * A long job started in main and polled until it ends (the archive export on the Cadangan screen,
 * the bundle export on the Rekan screen): its status, its error, whether it runs, and `start` (the request, then the status
 * shown until the first poll answers).
 */
export function useExportJob<S extends { jobId: string; state: 'running' | 'done' | 'failed' }>(poll: (jobId: string) => Promise<Answer<S>>, doneMessage: string) {
  const { notify } = useToast();
  const [status, setStatus] = useState<S | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const [starting, setStarting] = useState(false);
  const jobId = status?.state === 'running' ? status.jobId : undefined;

  usePolling(jobId === undefined ? undefined : () => poll(jobId), status, (result) => {
    if (!result.ok) {
      setError(result.error.message);
      setStatus(undefined);
      return;
    }
    setStatus(result.value);
    if (result.value.state === 'done') notify('success', doneMessage);
  });

  const start = async (request: () => Promise<Answer<{ jobId: string }>>, initial: (jobId: string) => S): Promise<void> => {
    setError(undefined);
    setStatus(undefined);
    setStarting(true);
    const result = await request();
    setStarting(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    setStatus(initial(result.value.jobId));
  };
  return { status, error, setError, running: starting || status?.state === 'running', start };
}

/** The progress of a polled job: a labelled bar and one line of status text; the job's error when it failed. */
export function JobProgress({ id, label, status, text }: { id: string; label: string; status: { state: 'running' | 'done' | 'failed'; done: number; total: number; error: string | null }; text: string }) {
  return (
    <div className="job-progress">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <progress id={id} max={Math.max(1, status.total)} value={status.state === 'done' ? Math.max(1, status.total) : status.done} />
      <p className="muted small" role="status" aria-live="polite">
        {text}
      </p>
      {status.state === 'failed' ? <Alert>{status.error}</Alert> : null}
    </div>
  );
}
