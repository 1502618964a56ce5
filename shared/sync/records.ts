import type { CanonicalValue } from '../pakta/canonical';
import { sameValue, type RecordSet, type SyncRecord } from './merge';
import { bumpStamp, type Stamp } from './stamps';

/**
 * Where stamps come from. Stamps are not written on every save: each installation keeps, per
 * stored document, the last stamp of every unit together with a hash of the value it stamped
 * (a side document). Before a bundle is made or read, the current values are compared with those
 * hashes and every unit whose value changed since gets a new local change (a bump of this
 * installation's counter). Local edits between two exchanges are one change to everyone else, so
 * this is exact for version vectors; a value changed and changed back is no change at all.
 * Records made before this feature (no side document yet) get their base stamp the same way: one
 * local change per unit that holds a value.
 */

/** A unit's current value with who changed it last and when (read from the data's own history). */
export interface CurrentValue {
  value: CanonicalValue;
  at: string;
  by: string;
  /** True for a unit holding nothing (not answered, no note, no evidence): it needs no stamp until it had a value. */
  empty?: boolean;
}

/** A stored stamp with the hash of the value it stamped. */
export interface StoredStamp extends Stamp {
  h: string;
}

/** What refreshing gives: the stamps to keep and whether any changed. */
export interface Refreshed {
  stamps: Record<string, StoredStamp>;
  changed: boolean;
}

/**
 * New stamps for the current values: a unit whose value hash differs from its stored stamp's (or
 * that has a value and no stamp) gets a new local change by `inst`; a stored stamp of a unit now
 * absent from `current` stays (its value is the empty one, compared as such).
 */
export function refreshStamps(
  previous: Readonly<Record<string, StoredStamp>>,
  current: Readonly<Record<string, CurrentValue>>,
  inst: string,
  hash: (canonical: CanonicalValue) => string,
): Refreshed {
  const stamps: Record<string, StoredStamp> = { ...previous };
  let changed = false;
  for (const key of Object.keys(current)) {
    const value = current[key];
    if (value === undefined) continue;
    const before = previous[key];
    if (before === undefined && value.empty === true) continue;
    const h = hash(value.value);
    if (before !== undefined && before.h === h) continue;
    stamps[key] = { ...bumpStamp(before, inst, value.at, value.by), h };
    changed = true;
  }
  return { stamps, changed };
}

/** The stamped records of current values (units without a stamp hold nothing and are left out). */
export function stampedRecords(current: Readonly<Record<string, CurrentValue>>, stamps: Readonly<Record<string, Stamp | StoredStamp>>, empty: (key: string) => CanonicalValue): Record<string, SyncRecord> {
  const records: Record<string, SyncRecord> = {};
  for (const key of Object.keys(stamps)) {
    const stored = stamps[key];
    if (stored === undefined) continue;
    const { v, inst, at, by } = stored;
    records[key] = { value: current[key]?.value ?? empty(key), stamp: { v, inst, at, by } };
  }
  return records;
}

/** The stored stamps after a merge: each record's stamp with the hash of its value. */
export function stampsOf(records: RecordSet, hash: (canonical: CanonicalValue) => string): Record<string, StoredStamp> {
  const stamps: Record<string, StoredStamp> = {};
  for (const key of Object.keys(records).sort()) {
    const record = records[key];
    if (record !== undefined) stamps[key] = { ...record.stamp, h: hash(record.value) };
  }
  return stamps;
}

/** True when two record sets hold the same values and stamps. */
export function sameRecords(a: RecordSet, b: RecordSet): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => {
    const x = a[key];
    const y = b[key];
    return x !== undefined && y !== undefined && sameValue(x.value, y.value) && sameValue(x.stamp as unknown as CanonicalValue, y.stamp as unknown as CanonicalValue);
  });
}
