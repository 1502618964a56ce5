/**
 * Change stamps without a server. Every mergeable unit (an item's answer layer, an item's evidence,
 * a worksheet's status and metadata, a person, a unit kerja) carries a version vector: per
 * installation id, how many changes that installation made to the unit. A change is stamped
 * (installation id, counter) = (id, vector[id]). Two vectors tell how two copies relate: one
 * dominates (it has seen every change the other has) or they are concurrent (each side changed the
 * unit since their common base) — the only case that can be a conflict.
 */

/** Installation id → number of changes of one unit made there. */
export type VersionVector = Readonly<Record<string, number>>;

/** The last change of a unit: its vector, and where, when and by whom it was made. */
export interface Stamp {
  v: VersionVector;
  /** The installation that made the change (its id). */
  inst: string;
  /** ISO timestamp of the change. */
  at: string;
  /** Who made it (the user name of that installation). */
  by: string;
}

/** How two version vectors relate. */
export type Order = 'equal' | 'ours' | 'theirs' | 'concurrent';

/** `ours` when `a` has seen every change of `b` and more, `theirs` the reverse. */
export function compareVectors(a: VersionVector, b: VersionVector): Order {
  let aAhead = false;
  let bAhead = false;
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const x = a[key] ?? 0;
    const y = b[key] ?? 0;
    if (x > y) aAhead = true;
    else if (y > x) bAhead = true;
    if (aAhead && bAhead) return 'concurrent';
  }
  if (aAhead) return 'ours';
  if (bAhead) return 'theirs';
  return 'equal';
}

/** The smallest vector that dominates both (entries sorted by id, so equal vectors serialise equally). */
export function joinVectors(a: VersionVector, b: VersionVector): VersionVector {
  const out: Record<string, number> = {};
  for (const key of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
    out[key] = Math.max(a[key] ?? 0, b[key] ?? 0);
  }
  return out;
}

/** The stamp of a new local change of a unit last stamped `previous` (none: the unit's first change). */
export function bumpStamp(previous: Stamp | undefined, inst: string, at: string, by: string): Stamp {
  const v = { ...(previous?.v ?? {}) };
  v[inst] = (v[inst] ?? 0) + 1;
  return { v: joinVectors(v, {}), inst, at, by };
}

/** True when `v` has seen the change (inst, counter). */
export function hasSeen(v: VersionVector, inst: string, counter: number): boolean {
  return (v[inst] ?? 0) >= counter;
}

/**
 * Deterministic order of two stamps by (time, installation id, who): used where both copies are
 * kept alike and one stamp must describe the result, and by the simulation's resolution policy.
 */
export function laterStamp(a: Stamp, b: Stamp): Stamp {
  if (a.at !== b.at) return a.at > b.at ? a : b;
  if (a.inst !== b.inst) return a.inst > b.inst ? a : b;
  return a.by >= b.by ? a : b;
}
