import type { KindChange } from './model';

/**
 * Added, removed and changed entries between two keyed fingerprints (id → anything comparable as a
 * string), going from `current` to `target`: "added" exists only in the target.
 *
 * @example diffKeyed(new Map([['a', '1'], ['b', '2']]), new Map([['b', '3'], ['c', '4']])) // { added: 1, removed: 1, changed: 1 }
 */
export function diffKeyed(current: ReadonlyMap<string, string>, target: ReadonlyMap<string, string>): KindChange {
  let added = 0;
  let changed = 0;
  for (const [id, value] of target) {
    const before = current.get(id);
    if (before === undefined) added += 1;
    else if (before !== value) changed += 1;
  }
  let removed = 0;
  for (const id of current.keys()) if (!target.has(id)) removed += 1;
  return { added, removed, changed };
}
