import { canonicalJson, type CanonicalValue } from '../pakta/canonical';
import {
  answerLayers,
  emptyLayerAnswer,
  type AnswerLayer,
  type Evidence,
  type HistoryEntry,
  type LayerAnswer,
  type StatusChange,
  type Worksheet,
} from '../worksheets/schemas';
import type { RecordSet } from './merge';
import type { CurrentValue } from './records';

/**
 * A worksheet as mergeable units: per item, each answer layer (answer, note, carried-over mark)
 * and the evidence list; once per worksheet, `meta` (status, review marks, proposal checklist and
 * date). Histories are not units: they only grow, so both copies' entries are united. The identity
 * (unit, year, template, creation) comes from the copy created first, so two laptops that each
 * created the same unit's worksheet for a year end with the same one.
 */

/** A unit's part of an item: one of the three layers, or the evidence. */
export type ItemPart = AnswerLayer | 'evidence';

/** The key of an item's part within its worksheet, e.g. `1.a.1/tpi`. */
export function itemKey(code: string, part: ItemPart): string {
  return `${code}/${part}`;
}

/** The key of the worksheet's status and metadata. */
export const META_KEY = 'meta';

/** The item code and part of a key; undefined for `meta`. */
export function parseItemKey(key: string): { code: string; part: ItemPart } | undefined {
  const slash = key.lastIndexOf('/');
  if (slash <= 0) return undefined;
  const part = key.slice(slash + 1);
  if (part !== 'evidence' && !(answerLayers as readonly string[]).includes(part)) return undefined;
  return { code: key.slice(0, slash), part: part as ItemPart };
}

function json<T>(value: T): CanonicalValue {
  return value as unknown as CanonicalValue;
}

/** The value of a key that holds nothing. */
export function emptyValue(key: string): CanonicalValue {
  const parsed = parseItemKey(key);
  if (parsed === undefined) return null;
  return parsed.part === 'evidence' ? [] : json(emptyLayerAnswer());
}

function metaValue(worksheet: Worksheet): CanonicalValue {
  return json({
    status: worksheet.status,
    changedAfterReview: worksheet.changedAfterReview,
    reviewedAt: worksheet.reviewedAt,
    prerequisites: worksheet.prerequisites,
    tanggalUsulan: worksheet.tanggalUsulan,
  });
}

function isEmptyLayer(layer: LayerAnswer): boolean {
  return layer.answer === null && layer.note === '' && !layer.carriedOver;
}

/** The current value of every unit of a worksheet, with who changed it last and when (from its history). */
export function worksheetValues(worksheet: Worksheet): Record<string, CurrentValue> {
  const values: Record<string, CurrentValue> = {};
  const fallback = { at: worksheet.updatedAt, by: worksheet.updatedBy };
  values[META_KEY] = { value: metaValue(worksheet), ...(worksheet.statusHistory.at(-1) ?? fallback) };
  for (const code of Object.keys(worksheet.items)) {
    const item = worksheet.items[code];
    if (item === undefined) continue;
    for (const layer of answerLayers) {
      const last = item.history.findLast((entry) => entry.layer === layer);
      values[itemKey(code, layer)] = {
        value: json(item[layer]),
        at: last?.at ?? fallback.at,
        by: last?.by ?? fallback.by,
        empty: isEmptyLayer(item[layer]),
      };
    }
    const newest = item.evidence.reduce<Evidence | undefined>((found, entry) => (found === undefined || entry.addedAt > found.addedAt ? entry : found), undefined);
    values[itemKey(code, 'evidence')] = {
      value: json(item.evidence),
      at: newest?.addedAt ?? fallback.at,
      by: newest?.addedBy ?? fallback.by,
      empty: item.evidence.length === 0,
    };
  }
  return values;
}

/** True when every entry is later than the one before (no two at the same time). */
function strictlyOrdered(list: readonly (HistoryEntry | StatusChange)[]): boolean {
  for (let i = 1; i < list.length; i += 1) if ((list[i - 1]?.at ?? '') >= (list[i]?.at ?? '')) return false;
  return true;
}

/** True when `long` starts with the entries of `short` (equal native JSON means equal canonical JSON). */
function startsWith<T>(long: readonly T[], short: readonly T[]): boolean {
  return short.length <= long.length && short.every((entry, i) => entry === long[i] || JSON.stringify(entry) === JSON.stringify(long[i]));
}

/**
 * The union of two lists each in strict time order, in one walk: only two entries at the same
 * time (one from each list) need their canonical JSON, to drop a duplicate or order the pair —
 * the same result as the general union, without serialising every entry.
 */
function mergeOrdered<T extends HistoryEntry | StatusChange>(a: readonly T[], b: readonly T[]): T[] {
  const out: T[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as T;
    const y = b[j] as T;
    if (x.at !== y.at) {
      out.push(x.at < y.at ? x : y);
      if (x.at < y.at) i += 1;
      else j += 1;
      continue;
    }
    const jx = canonicalJson(json(x));
    const jy = canonicalJson(json(y));
    if (jx === jy) out.push(y);
    else out.push(...(jx < jy ? [x, y] : [y, x]));
    i += 1;
    j += 1;
  }
  return [...out, ...a.slice(i), ...b.slice(j)];
}

/** Entries of both lists, each once, oldest first (ties by canonical JSON): the same on every side. */
export function uniteHistory<T extends HistoryEntry | StatusChange>(a: readonly T[], b: readonly T[]): T[] {
  // The usual case, quickly: one list is the start of the other (or empty) and in strict time
  // order, so the union below would give the longer list as it is.
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (strictlyOrdered(long) && startsWith(long, short)) return [...long];
  if (strictlyOrdered(short) && strictlyOrdered(long)) return mergeOrdered(a, b);
  const byJson = new Map<string, T>();
  for (const entry of [...a, ...b]) byJson.set(canonicalJson(json(entry)), entry);
  return [...byJson.entries()]
    .sort(([ja, ea], [jb, eb]) => (ea.at !== eb.at ? (ea.at < eb.at ? -1 : 1) : ja < jb ? -1 : ja > jb ? 1 : 0))
    .map(([, entry]) => entry);
}

/** The copy whose identity wins: created first (ties: by creator, then by id). */
function firstCreated(a: Worksheet, b: Worksheet): Worksheet {
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? a : b;
  return a.createdBy <= b.createdBy ? a : b;
}

/** The copy changed last (ties: by who). */
function lastUpdated(a: Worksheet, b: Worksheet): Worksheet {
  if (a.updatedAt !== b.updatedAt) return a.updatedAt > b.updatedAt ? a : b;
  return a.updatedBy >= b.updatedBy ? a : b;
}

/**
 * The worksheet the merged records describe: identity from the copy created first, every unit
 * from its record (empty without one), histories united. Deterministic: both installations merging
 * the same two copies with the same resolutions build byte-identical worksheets.
 */
export function buildMergedWorksheet(ours: Worksheet | null, theirs: Worksheet, records: RecordSet): Worksheet {
  const base = ours === null ? theirs : firstCreated(ours, theirs);
  const latest = ours === null ? theirs : lastUpdated(ours, theirs);
  const codes = new Set([...Object.keys(ours?.items ?? {}), ...Object.keys(theirs.items)]);
  for (const key of Object.keys(records)) {
    const parsed = parseItemKey(key);
    if (parsed !== undefined) codes.add(parsed.code);
  }
  const valueOf = (key: string): unknown => records[key]?.value ?? emptyValue(key);
  const items: Worksheet['items'] = {};
  for (const code of [...codes].sort()) {
    items[code] = {
      unit: valueOf(itemKey(code, 'unit')) as LayerAnswer,
      tpi: valueOf(itemKey(code, 'tpi')) as LayerAnswer,
      tpn: valueOf(itemKey(code, 'tpn')) as LayerAnswer,
      evidence: valueOf(itemKey(code, 'evidence')) as Evidence[],
      history: uniteHistory(ours?.items[code]?.history ?? [], theirs.items[code]?.history ?? []),
    };
  }
  const meta = (records[META_KEY]?.value ?? metaValue(base)) as unknown as Pick<Worksheet, 'status' | 'changedAfterReview' | 'reviewedAt' | 'prerequisites' | 'tanggalUsulan'>;
  return {
    id: base.id,
    unitId: base.unitId,
    unitName: base.unitName,
    year: base.year,
    templateId: base.templateId,
    templateVersion: base.templateVersion,
    status: meta.status,
    changedAfterReview: meta.changedAfterReview,
    reviewedAt: meta.reviewedAt,
    carriedFromYear: base.carriedFromYear,
    createdAt: base.createdAt,
    createdBy: base.createdBy,
    updatedAt: latest.updatedAt,
    updatedBy: latest.updatedBy,
    items,
    statusHistory: uniteHistory(ours?.statusHistory ?? [], theirs.statusHistory),
    prerequisites: meta.prerequisites,
    tanggalUsulan: meta.tanggalUsulan,
  };
}
