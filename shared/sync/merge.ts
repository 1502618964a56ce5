import { canonicalJson, type CanonicalValue } from '../pakta/canonical';
import { compareVectors, joinVectors, laterStamp, type Stamp } from './stamps';

/**
 * The merge engine: two sets of stamped records (ours, theirs) give one merged set,
 * deterministically. Only where both sides changed the same record since their common base
 * (concurrent vectors) and the values differ is there a conflict, resolved by a person: per item,
 * per worksheet, or all at once. A resolution keeps one side's value as it is and joins the vectors
 * without a new change, so the other installation resolving the same way converges to the same
 * record and never sees the conflict again; resolving differently is a new disagreement and
 * surfaces once more (equal vectors, different values).
 */

/** One mergeable unit: its value (canonical JSON data) and the stamp of its last change. */
export interface SyncRecord {
  value: CanonicalValue;
  stamp: Stamp;
}

/** Records by key (`ws:<worksheetId>:<code>:<layer>`, `person:<nip>`, `unit:<id>` …). */
export type RecordSet = Readonly<Record<string, SyncRecord>>;

/** Which side a resolution keeps. */
export type Side = 'ours' | 'theirs';

/** How one incoming record relates to ours. */
export type MergeKind =
  /** We had no such record: theirs is taken. */
  | 'new'
  /** Both hold the same change (or theirs is older): nothing to do. */
  | 'unchanged'
  /** Theirs has seen every change of ours and more: theirs is taken. */
  | 'theirs'
  /** Both changed it since the common base to the same value (or theirs only moved the vector on): nothing to see. */
  | 'joined'
  /** Both changed it to different values: a person chooses. */
  | 'conflict';

/** The outcome for one key. */
export interface RecordMerge {
  key: string;
  kind: MergeKind;
  ours: SyncRecord | undefined;
  theirs: SyncRecord;
  /** The record to store; for a conflict, the chosen side's (undefined while unresolved). */
  result: SyncRecord | undefined;
}

/** Canonical JSON of a value, the equality used everywhere in the merge. */
export function sameValue(a: CanonicalValue, b: CanonicalValue): boolean {
  // Equal native JSON (same keys in the same order) is equal canonical JSON, and far cheaper.
  return a === b || JSON.stringify(a) === JSON.stringify(b) || canonicalJson(a) === canonicalJson(b);
}

/** The record a resolution keeps: the chosen side's value and stamp, the joined vector, no new change. */
export function resolved(ours: SyncRecord, theirs: SyncRecord, side: Side): SyncRecord {
  const chosen = side === 'ours' ? ours : theirs;
  return { value: chosen.value, stamp: { ...chosen.stamp, v: joinVectors(ours.stamp.v, theirs.stamp.v) } };
}

/** Merges one incoming record into ours (the resolution is used only for a conflict). */
export function mergeRecord(key: string, ours: SyncRecord | undefined, theirs: SyncRecord, side?: Side): RecordMerge {
  if (ours === undefined) return { key, kind: 'new', ours, theirs, result: theirs };
  const order = compareVectors(ours.stamp.v, theirs.stamp.v);
  if (order === 'ours') return { key, kind: 'unchanged', ours, theirs, result: ours };
  const equalValues = sameValue(ours.value, theirs.value);
  if (order === 'equal' && equalValues) return { key, kind: 'unchanged', ours, theirs, result: ours };
  // Theirs has seen more; when the value is ours already only the vector moves on.
  if (order === 'theirs') return { key, kind: equalValues ? 'joined' : 'theirs', ours, theirs, result: theirs };
  if (equalValues) {
    const stamp = laterStamp(ours.stamp, theirs.stamp);
    return { key, kind: 'joined', ours, theirs, result: { value: ours.value, stamp: { ...stamp, v: joinVectors(ours.stamp.v, theirs.stamp.v) } } };
  }
  return { key, kind: 'conflict', ours, theirs, result: side === undefined ? undefined : resolved(ours, theirs, side) };
}

/** What merging a whole incoming set gives. */
export interface MergeOutcome {
  /** Every incoming key's outcome, in key order. */
  records: RecordMerge[];
  /** The conflicts (resolved ones included), in key order. */
  conflicts: RecordMerge[];
  /** Keys of conflicts without a resolution. */
  unresolved: string[];
  /** Ours with every taken, joined and resolved record written in (unresolved conflicts keep ours). */
  merged: Record<string, SyncRecord>;
  /** True when `merged` differs from ours. */
  changed: boolean;
}

/** Merges `theirs` into `ours`; `resolve` answers the conflicts (undefined: leave unresolved). */
export function mergeRecords(ours: RecordSet, theirs: RecordSet, resolve: (key: string) => Side | undefined = () => undefined): MergeOutcome {
  const merged: Record<string, SyncRecord> = { ...ours };
  const records: RecordMerge[] = [];
  const conflicts: RecordMerge[] = [];
  const unresolved: string[] = [];
  let changed = false;
  for (const key of Object.keys(theirs).sort()) {
    const incoming = theirs[key];
    if (incoming === undefined) continue;
    const current = ours[key];
    const first = mergeRecord(key, current, incoming);
    const outcome = first.kind === 'conflict' ? mergeRecord(key, current, incoming, resolve(key)) : first;
    records.push(outcome);
    if (outcome.kind === 'conflict') {
      conflicts.push(outcome);
      if (outcome.result === undefined) unresolved.push(key);
    }
    if (outcome.result !== undefined && outcome.result !== current) {
      merged[key] = outcome.result;
      changed = true;
    }
  }
  return { records, conflicts, unresolved, merged, changed };
}

/** The stable JSON of a record set's values (stamps left out): equal on every installation holding the same data. */
export function canonicalState(records: RecordSet): string {
  const values: Record<string, CanonicalValue> = {};
  for (const key of Object.keys(records)) {
    const record = records[key];
    if (record !== undefined) values[key] = record.value;
  }
  return canonicalJson(values);
}
