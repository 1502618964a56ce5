/**
 * Which snapshots to keep: the newest snapshot of each of the 7 most recent days, of the 8 most
 * recent ISO weeks and of the 12 most recent months that have one (the grandfather-father-son
 * rotation restic's `--keep-daily 7 --keep-weekly 8 --keep-monthly 12` applies). Days, weeks and
 * months are local calendar ones.
 */
export interface RetentionPolicy {
  daily: number;
  weekly: number;
  monthly: number;
}

export const DEFAULT_RETENTION: RetentionPolicy = { daily: 7, weekly: 8, monthly: 12 };

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

/** `2024-06-03` in local time. */
export function localDayKey(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** ISO 8601 week of a local date: `2024-W23` (weeks start on Monday; week 1 holds the year's first Thursday). */
export function isoWeekKey(date: Date): string {
  const day = new Date(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()));
  const weekday = day.getUTCDay() === 0 ? 7 : day.getUTCDay();
  // The Thursday of the same week decides the week-year.
  day.setUTCDate(day.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((day.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${day.getUTCFullYear()}-W${pad(week)}`;
}

/** `2024-06` in local time. */
export function monthKey(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}`;
}

/**
 * The ids to keep among `snapshots` under `policy`. Snapshots with an unreadable date are kept.
 *
 * @example two snapshots on one day → only the later is kept by the daily rule (and by the weekly and monthly rules if it is the newest of its week and month).
 */
export function retainedSnapshotIds(
  snapshots: readonly { id: string; createdAt: string }[],
  policy: RetentionPolicy = DEFAULT_RETENTION,
): Set<string> {
  const dated = snapshots
    .map((snapshot) => ({ id: snapshot.id, time: Date.parse(snapshot.createdAt) }))
    .filter((snapshot) => !Number.isNaN(snapshot.time))
    .sort((a, b) => b.time - a.time);
  const keep = new Set(snapshots.filter((snapshot) => Number.isNaN(Date.parse(snapshot.createdAt))).map((snapshot) => snapshot.id));
  const rules: [number, (date: Date) => string][] = [
    [policy.daily, localDayKey],
    [policy.weekly, isoWeekKey],
    [policy.monthly, monthKey],
  ];
  for (const [count, keyOf] of rules) {
    const seen = new Set<string>();
    for (const snapshot of dated) {
      if (seen.size >= count) break;
      const key = keyOf(new Date(snapshot.time));
      if (seen.has(key)) continue;
      seen.add(key);
      keep.add(snapshot.id);
    }
  }
  return keep;
}
