import { describe, expect, it } from 'vitest';
import { diffKeyed, isoWeekKey, retainedSnapshotIds } from '../../../../shared/backups';

/** A snapshot at local noon of the given day (noon: no time-zone edge can move it to another day). */
const at = (y: number, m: number, d: number, h = 12): { id: string; createdAt: string } => {
  const date = new Date(y, m - 1, d, h);
  return { id: `${y}-${m}-${d}-${h}`, createdAt: date.toISOString() };
};

describe('isoWeekKey', () => {
  it.each([
    [new Date(2024, 0, 1), '2024-W01'], // Monday
    [new Date(2023, 0, 1), '2022-W52'], // Sunday belongs to the previous ISO year
    [new Date(2020, 11, 31), '2020-W53'],
    [new Date(2021, 0, 3), '2020-W53'],
    [new Date(2024, 11, 30), '2025-W01'],
    [new Date(2026, 11, 6), '2026-W49'],
  ])('%s → %s', (date, key) => {
    expect(isoWeekKey(date)).toBe(key);
  });
});

describe('retainedSnapshotIds (7 daily, 8 weekly, 12 monthly)', () => {
  it('keeps the newest snapshot of each of the last 7 days', () => {
    const days = Array.from({ length: 10 }, (_, i) => at(2026, 3, 1 + i));
    const keep = retainedSnapshotIds(days, { daily: 7, weekly: 0, monthly: 0 });
    expect([...keep].sort()).toEqual(days.slice(3).map((s) => s.id).sort());
  });

  it('keeps only the later of two snapshots on one day', () => {
    const morning = at(2026, 3, 2, 8);
    const evening = at(2026, 3, 2, 18);
    const keep = retainedSnapshotIds([morning, evening]);
    expect(keep.has(evening.id)).toBe(true);
    expect(keep.has(morning.id)).toBe(false);
  });

  it('a year of daily snapshots keeps 7 days + 8 weeks + 12 months, overlapping', () => {
    const year: { id: string; createdAt: string }[] = [];
    for (let d = new Date(2025, 0, 1); d <= new Date(2025, 11, 31); d.setDate(d.getDate() + 1)) {
      year.push(at(d.getFullYear(), d.getMonth() + 1, d.getDate()));
    }
    const keep = retainedSnapshotIds(year);
    // Days 25–31 Dec; the last day of the 8 newest ISO weeks (31 Dec in 2026-W01, 28 Dec: both
    // already kept, then 21, 14, 7 Dec, 30, 23, 16 Nov); the last day of each month.
    const expected = new Set([
      ...[25, 26, 27, 28, 29, 30, 31].map((d) => at(2025, 12, d).id),
      ...[[11, 16], [11, 23], [11, 30], [12, 7], [12, 14], [12, 21]].map(([m, d]) => at(2025, m ?? 0, d ?? 0).id),
      ...[[1, 31], [2, 28], [3, 31], [4, 30], [5, 31], [6, 30], [7, 31], [8, 31], [9, 30], [10, 31], [11, 30]].map(([m, d]) => at(2025, m ?? 0, d ?? 0).id),
    ]);
    expect([...keep].sort()).toEqual([...expected].sort());
    expect(keep.size).toBe(7 + 6 + 10);
  });

  it('keeps a snapshot whose date cannot be read rather than deleting it', () => {
    expect(retainedSnapshotIds([{ id: 'x', createdAt: 'kemarin' }]).has('x')).toBe(true);
  });

  it('monthly snapshots older than a year go, the 12 newest months stay', () => {
    const months = Array.from({ length: 15 }, (_, i) => at(2024 + Math.floor(i / 12), (i % 12) + 1, 15));
    const keep = retainedSnapshotIds(months);
    expect(keep.size).toBe(12);
    expect(keep.has(months[2]?.id ?? '')).toBe(false);
    expect(keep.has(months[3]?.id ?? '')).toBe(true);
  });
});

describe('diffKeyed', () => {
  it.each([
    [{}, {}, { added: 0, removed: 0, changed: 0 }],
    [{ a: '1' }, { a: '1' }, { added: 0, removed: 0, changed: 0 }],
    [{ a: '1', b: '2' }, { b: '3', c: '4' }, { added: 1, removed: 1, changed: 1 }],
    [{ a: '1', b: '2' }, {}, { added: 0, removed: 2, changed: 0 }],
  ])('%j → %j', (current, target, change) => {
    expect(diffKeyed(new Map(Object.entries(current)), new Map(Object.entries(target)))).toEqual(change);
  });
});
