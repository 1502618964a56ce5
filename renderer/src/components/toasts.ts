/**
 * The notifications' rules as pure functions over a list, so they can be tested without a DOM:
 * at most three on screen, repeats of the same notice collapse into one line with a count
 * ("12 unit kerja ditambahkan."), confirmations go away by themselves, errors stay until dismissed.
 */

export type ToastKind = 'success' | 'error' | 'info';

/** Notices that collapse into one line once repeated: `summary(12)` → "12 unit kerja ditambahkan.". */
export interface ToastGroup {
  key: string;
  summary: (count: number) => string;
}

export interface ToastNotice {
  kind: ToastKind;
  message: string;
  group?: ToastGroup | undefined;
}

export interface ToastEntry {
  id: number;
  kind: ToastKind;
  /** Same key, same line: the kind with the group's key, or with the message itself. */
  key: string;
  /** The text shown: the message, or the group's summary once it holds more than one notice. */
  message: string;
  count: number;
  /** When a confirmation disappears (ms since the epoch); `null` for errors, which stay until dismissed. */
  expiresAt: number | null;
}

/** How many notifications are on screen at once; more wait until one is closed. */
export const MAX_VISIBLE_TOASTS = 3;

/** How long a confirmation stays after its last repeat. */
export const TOAST_DURATION_MS: Record<Exclude<ToastKind, 'error'>, number> = { success: 6000, info: 6000 };

function expiry(kind: ToastKind, now: number): number | null {
  return kind === 'error' ? null : now + TOAST_DURATION_MS[kind];
}

function keyOf(notice: ToastNotice): string {
  return `${notice.kind}:${notice.group ? `group:${notice.group.key}` : `message:${notice.message}`}`;
}

/**
 * The list after `notice` arrives at `now`: a repeat updates its line (count, summary, timer) and
 * moves it last; a new notice gets `id`. Past the limit, the oldest confirmations give way; errors
 * never do (they wait, see `visibleToasts`).
 */
export function addToast(list: readonly ToastEntry[], notice: ToastNotice, id: number, now: number): ToastEntry[] {
  const key = keyOf(notice);
  const existing = list.find((entry) => entry.key === key);
  const count = (existing?.count ?? 0) + 1;
  const message = count === 1 ? notice.message : notice.group ? notice.group.summary(count) : `${notice.message} (${count}×)`;
  const entry: ToastEntry = { id: existing?.id ?? id, kind: notice.kind, key, message, count, expiresAt: expiry(notice.kind, now) };
  const next = [...list.filter((other) => other.key !== key), entry];
  while (next.length > MAX_VISIBLE_TOASTS) {
    const oldest = next.findIndex((other) => other.kind !== 'error' && other !== entry);
    if (oldest < 0) break;
    next.splice(oldest, 1);
  }
  return next;
}

export function dismissToast(list: readonly ToastEntry[], id: number): ToastEntry[] {
  return list.filter((entry) => entry.id !== id);
}

/** The list without the confirmations whose time is up at `now`. */
export function expireToasts(list: readonly ToastEntry[], now: number): ToastEntry[] {
  return list.filter((entry) => entry.expiresAt === null || entry.expiresAt > now);
}

/** When the next confirmation is due to disappear, or `null` when none is. */
export function nextExpiry(list: readonly ToastEntry[]): number | null {
  const times = list.flatMap((entry) => (entry.expiresAt === null ? [] : [entry.expiresAt]));
  return times.length === 0 ? null : Math.min(...times);
}

/** What is on screen: the newest three, and how many older errors wait behind them. */
export function visibleToasts(list: readonly ToastEntry[]): { shown: ToastEntry[]; waiting: number } {
  const shown = list.slice(-MAX_VISIBLE_TOASTS);
  return { shown, waiting: list.length - shown.length };
}
