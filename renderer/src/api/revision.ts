import type { DataRevision } from '../../../shared/app';
import type { Result } from '../../../shared/result';

/** How often an open screen asks whether another window or tab changed data. */
export const REVISION_POLL_MS = 1500;

/**
 * Follows the host's data revision (`app:revision`) — the one data-changed signal of the app. A
 * local counter (`snapshot`) moves each time a new revision is seen: after this window's own writes
 * (`changed`, with the revision the write's answer carried: no extra request) at once, after another
 * tab's within one poll. Polls only while someone listens and the page is visible.
 */
export interface RevisionWatch {
  /** Changes whenever the data changed; for `useSyncExternalStore`. */
  snapshot(): number;
  subscribe(listener: () => void): () => void;
  /** Asks the host for its revision; listeners are told when it differs from the last one seen. */
  check(): Promise<void>;
  /**
   * After a successful write of this window: tells listeners even before any revision was known.
   * With the revision the write's answer carried, nothing is asked of the host.
   */
  changed(revision?: number, channel?: string): Promise<void>;
  /** What moved the snapshot last: this window's write (with its channel), or a change seen by polling. */
  lastChange(): { own: boolean; channel?: string };
}

interface Environment {
  setInterval(run: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
  /** Calls `run` when the page becomes visible or focused again; returns the unsubscribe. */
  onWake(run: () => void): () => void;
  hidden(): boolean;
}

function browserEnvironment(): Environment {
  const hasDocument = typeof document !== 'undefined' && typeof window !== 'undefined';
  return {
    setInterval: (run, ms) => globalThis.setInterval(run, ms),
    clearInterval: (handle) => globalThis.clearInterval(handle as ReturnType<typeof setInterval>),
    onWake(run) {
      if (!hasDocument) return () => {};
      const visible = (): void => {
        if (!document.hidden) run();
      };
      document.addEventListener('visibilitychange', visible);
      window.addEventListener('focus', run);
      return () => {
        document.removeEventListener('visibilitychange', visible);
        window.removeEventListener('focus', run);
      };
    },
    hidden: () => hasDocument && document.hidden,
  };
}

export function createRevisionWatch(
  read: () => Promise<Result<DataRevision>>,
  environment: Environment = browserEnvironment(),
  pollMs: number = REVISION_POLL_MS,
): RevisionWatch {
  const listeners = new Set<() => void>();
  let seen: number | undefined;
  let counter = 0;
  let inFlight: Promise<number | undefined> | undefined;
  let timer: unknown;
  let stopWake: (() => void) | undefined;
  let last: { own: boolean; channel?: string } = { own: false };

  const notify = (change: { own: boolean; channel?: string }): void => {
    last = change;
    counter += 1;
    for (const listener of [...listeners]) listener();
  };

  /** One request at a time; a caller arriving meanwhile waits for a fresh one after it. */
  const fetchRevision = async (): Promise<number | undefined> => {
    while (inFlight) await inFlight.catch(() => undefined);
    inFlight = read().then((result) => (result.ok ? result.value.revision : undefined));
    try {
      return await inFlight;
    } finally {
      inFlight = undefined;
    }
  };

  const compare = async (force: boolean): Promise<void> => {
    const revision = await fetchRevision();
    if (revision === undefined) {
      if (force) notify({ own: true });
      return;
    }
    const previous = seen;
    // Revisions only grow while the host runs: an answer older than one already seen (a poll that
    // crossed this window's own write) changes nothing.
    if (previous !== undefined && revision < previous) return;
    seen = revision;
    if (previous === revision) return;
    if (previous !== undefined || force) notify({ own: force });
  };

  const ownWrite = async (revision: number | undefined, channel: string | undefined): Promise<void> => {
    if (revision === undefined) return compare(true);
    const previous = seen;
    if (previous !== undefined && revision <= previous) return;
    seen = revision;
    notify(channel === undefined ? { own: true } : { own: true, channel });
  };

  const tick = (): void => {
    if (!environment.hidden()) void compare(false);
  };

  return {
    snapshot: () => counter,
    subscribe(listener) {
      listeners.add(listener);
      if (listeners.size === 1) {
        timer = environment.setInterval(tick, pollMs);
        stopWake = environment.onWake(tick);
        tick();
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) {
          environment.clearInterval(timer);
          stopWake?.();
          stopWake = undefined;
        }
      };
    },
    check: () => compare(false),
    changed: ownWrite,
    lastChange: () => last,
  };
}
