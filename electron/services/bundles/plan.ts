import { z } from 'zod';
import type { BundleChange, ChangeSide } from '../../../shared/bundles';
import { stampSchema } from '../../../shared/bundles';
import { getTemplate } from '../../../shared/lke';
import { canonicalJson, type CanonicalValue } from '../../../shared/pakta/canonical';
import { idSchema, personSchema, unitSchema, type MasterData, type Person, type Unit } from '../../../shared/masterdata/schemas';
import {
  MASTER_KEY_GROUP,
  alignPeople,
  buildMergedWorksheet,
  chosenSide,
  emptyValue,
  masterValues,
  mergeRecords,
  parseItemKey,
  personIds,
  stampedRecords,
  worksheetValues,
  type CurrentValue,
  type MergeOutcome,
  type PersonValue,
  type RecordMerge,
  type RecordSet,
  type Resolutions,
  type Stamp,
  type StoredStamp,
  type SyncRecord,
  type UnitValue,
} from '../../../shared/sync';
import { answerLayerLabels, worksheetSchema, worksheetStatusLabels, type LayerAnswer, type Worksheet } from '../../../shared/worksheets';

/**
 * What a bundle would do here, computed the same way for the preview and for applying: per
 * worksheet and for master data, our stamped records merged with theirs under the person's
 * resolutions, and the documents that result.
 */

/** A worksheet entry of a bundle. */
export const bundleWorksheetEntrySchema = z.strictObject({ worksheet: worksheetSchema, stamps: z.record(z.string().max(200), stampSchema) });
export type BundleWorksheetEntry = z.infer<typeof bundleWorksheetEntrySchema>;

const unitValueSchema = unitSchema.omit({ dibuat: true, diubah: true }).strict();
const personValueSchema = personSchema.omit({ id: true, dibuat: true, diubah: true }).strict();

/** Whether a master record's value is the one its key names (a unit's id, a person's NIP, or no NIP and the carried id). */
function keyMatches(key: string, record: { value: unknown; id?: string | undefined }): boolean {
  if (key.startsWith('unit:')) return unitValueSchema.safeParse(record.value).success && (record.value as Unit).id === key.slice(5);
  if (!personValueSchema.safeParse(record.value).success) return false;
  const nip = (record.value as Person).nip;
  return key.startsWith('pid:') ? nip === '' && (record.id === undefined || record.id === key.slice(4)) : nip === key.slice(7);
}

/**
 * The master-data entry: stamped records of units (by id) and people (by NIP, or `pid:<id>`
 * without one), each person's record with the sender's id of the person (older bundles: none).
 */
export const bundleMasterEntrySchema = z.strictObject({
  records: z
    .record(z.string().regex(/^(?:unit:[a-z0-9-]{3,64}|person:\d{8,40}|pid:[a-z0-9][a-z0-9-]{2,63})$/), z.strictObject({ value: z.unknown(), stamp: stampSchema, id: idSchema.optional() }))
    .superRefine((records, ctx) => {
      for (const [key, record] of Object.entries(records)) {
        if (!keyMatches(key, record)) ctx.addIssue({ code: 'custom', path: [key], message: 'Data induk tidak valid.' });
      }
    }),
});
export type BundleMasterEntry = z.infer<typeof bundleMasterEntrySchema>;

/** Who "where" is for a stamp: this laptop, the sender, or another installation. */
export type PlaceOf = (inst: string) => string;

/** The plan for one worksheet. */
export interface WorksheetPlan {
  id: string;
  ours: Worksheet | null;
  theirs: Worksheet;
  refused: string | null;
  merge: MergeOutcome;
  /** The worksheet to store, when it differs from ours (null: nothing to write). */
  next: Worksheet | null;
  /** The stamps to store after applying (hashed on first use: a preview never needs them). */
  stamps: () => Record<string, StoredStamp>;
}

export function templateRefusal(ours: Worksheet | null, theirs: Worksheet): string | null {
  if (!getTemplate(theirs.templateId).ok) {
    return `LKE ${theirs.unitName} ${theirs.year} dibuat dengan templat "${theirs.templateId}" yang tidak tersedia di versi ZI Desk ini. Perbarui ZI Desk, lalu buka paketnya kembali.`;
  }
  if (ours !== null && (ours.templateId !== theirs.templateId || ours.templateVersion !== theirs.templateVersion)) {
    return `LKE ${theirs.unitName} ${theirs.year} di paket memakai templat ${theirs.templateId} versi ${theirs.templateVersion}, sedangkan di laptop ini ${ours.templateId} versi ${ours.templateVersion}. Lembar kerja dengan versi templat berbeda tidak dapat digabung; samakan dulu versinya.`;
  }
  return null;
}

const valuesOf = new WeakMap<Worksheet, Readonly<Record<string, CurrentValue>>>();

/**
 * The current values of a worksheet (`worksheetValues`), computed once per frozen worksheet:
 * storage snapshots and the worksheets of a parsed bundle are deep-frozen and replaced, never
 * changed, so their values cannot go stale. A worksheet not frozen is computed every time.
 */
export function currentValues(worksheet: Worksheet): Readonly<Record<string, CurrentValue>> {
  if (!Object.isFrozen(worksheet)) return worksheetValues(worksheet);
  let values = valuesOf.get(worksheet);
  if (values === undefined) {
    values = worksheetValues(worksheet);
    valuesOf.set(worksheet, values);
  }
  return values;
}

/** The records a worksheet's stamps describe. */
export function worksheetRecords(worksheet: Worksheet | null, stamps: Readonly<Record<string, Stamp | StoredStamp>>): Record<string, SyncRecord> {
  return worksheet === null ? {} : stampedRecords(currentValues(worksheet), stamps, emptyValue);
}

export function planWorksheet(ours: Worksheet | null, ourStamps: Readonly<Record<string, StoredStamp>>, entry: BundleWorksheetEntry, resolutions: Resolutions, hash: (value: CanonicalValue) => string): WorksheetPlan {
  const theirs = entry.worksheet;
  const id = theirs.id;
  const refused = templateRefusal(ours, theirs);
  const oursRecords = worksheetRecords(ours, ourStamps);
  const merge = mergeRecords(oursRecords, worksheetRecords(theirs, entry.stamps), (key) => chosenSide(resolutions, id, key));
  let next: Worksheet | null = null;
  if (refused === null) {
    const built = buildMergedWorksheet(ours, theirs, merge.merged);
    // Both are built in the schema's field order with items sorted by code, so the native JSON compares them.
    if (ours === null || JSON.stringify(built) !== JSON.stringify(ours)) next = built;
  }
  let stored: Record<string, StoredStamp> | undefined;
  const stamps = (): Record<string, StoredStamp> => {
    if (stored !== undefined) return stored;
    stored = {};
    for (const key of Object.keys(merge.merged).sort()) {
      const record = merge.merged[key];
      const kept = ourStamps[key];
      // A record kept as ours keeps its stored hash; only taken or joined records are hashed again.
      if (record !== undefined) stored[key] = kept !== undefined && merge.merged[key] === oursRecords[key] ? { ...record.stamp, h: kept.h } : { ...record.stamp, h: hash(record.value) };
    }
    return stored;
  };
  return { id, ours, theirs, refused, merge, next, stamps };
}

/** Master data's current records (units by id, people by NIP or, without one, by id). */
export function masterRecords(master: MasterData, stamps: Readonly<Record<string, StoredStamp>>, by: string): Record<string, SyncRecord> {
  const current = masterValues(master, by);
  // A key no longer held here (a person whose NIP was corrected) is no record: its stamp stays, unsent.
  return Object.fromEntries(Object.entries(stampedRecords(current, stamps, () => null)).filter(([key]) => current[key] !== undefined));
}

/**
 * Master data with the merged records written in: units by id; a person by NIP, else by id (one
 * held here without a NIP, see shared/sync/master.ts); a person new here keeps the sender's id
 * (`ids`: key → the sender's person id) unless it is taken, then gets a new one.
 */
export function applyMasterRecords(master: MasterData, merge: MergeOutcome, newId: () => string, ids: Readonly<Record<string, string>> = {}): { next: MasterData; units: number; people: number } {
  const next: MasterData = { institution: master.institution, units: [...master.units], people: [...master.people] };
  let units = 0;
  let people = 0;
  for (const outcome of merge.records) {
    if (outcome.result === undefined || outcome.result === outcome.ours || outcome.kind === 'unchanged') continue;
    const at = outcome.result.stamp.at;
    if (outcome.key.startsWith('unit:')) {
      const value = outcome.result.value as unknown as UnitValue;
      const index = next.units.findIndex((unit) => unit.id === value.id);
      const before = next.units[index];
      if (before !== undefined && canonicalJson(value as unknown as CanonicalValue) === canonicalJson(unitValueOf(before))) continue;
      const unit: Unit = { ...value, dibuat: before?.dibuat ?? at, diubah: at };
      if (index >= 0) next.units[index] = unit;
      else next.units.push(unit);
      units += 1;
    } else {
      const value = outcome.result.value as unknown as PersonValue;
      const carried = ids[outcome.key] ?? (outcome.key.startsWith('pid:') ? outcome.key.slice(4) : undefined);
      let index = value.nip === '' ? -1 : next.people.findIndex((person) => person.nip === value.nip);
      if (index < 0 && carried !== undefined) index = next.people.findIndex((person) => person.id === carried && (person.nip === '' || person.nip === value.nip));
      const before = next.people[index];
      const free = carried !== undefined && !next.people.some((person) => person.id === carried);
      const person: Person = { id: before?.id ?? (free ? carried : newId()), ...value, dibuat: before?.dibuat ?? at, diubah: at };
      if (index >= 0) next.people[index] = person;
      else next.people.push(person);
      people += 1;
    }
  }
  return { next, units, people };
}

function unitValueOf(unit: Unit): CanonicalValue {
  const { dibuat: _created, diubah: _changed, ...value } = unit;
  return value as unknown as CanonicalValue;
}

function describe(key: string, value: CanonicalValue): string {
  const parsed = parseItemKey(key);
  if (key === 'meta') {
    const meta = value as unknown as Pick<Worksheet, 'status'>;
    return `Status: ${worksheetStatusLabels[meta.status]}`;
  }
  if (parsed?.part === 'evidence') return `${(value as unknown[]).length} bukti dukung`;
  if (parsed !== undefined) {
    const layer = value as unknown as LayerAnswer;
    const answer = layer.answer === null ? 'belum dijawab' : String(layer.answer.value);
    return layer.note === '' ? answer : `${answer} — ${layer.note.slice(0, 200)}`;
  }
  const named = value as unknown as { nama?: string };
  return named.nama ?? '';
}

function labelOf(key: string, value: CanonicalValue): string {
  if (key === 'meta') return 'Status dan data LKE';
  const parsed = parseItemKey(key);
  if (parsed !== undefined) return `Butir ${parsed.code} — ${parsed.part === 'evidence' ? 'bukti dukung' : answerLayerLabels[parsed.part]}`;
  if (key.startsWith('unit:')) return `Unit kerja ${(value as unknown as UnitValue).nama}`;
  if (key.startsWith('pid:')) return `Pegawai ${(value as unknown as PersonValue).nama} (tanpa NIP)`;
  return `Pegawai ${(value as unknown as PersonValue).nama} (NIP ${key.slice(7)})`;
}

function side(key: string, record: SyncRecord, placeOf: PlaceOf): ChangeSide {
  return { text: describe(key, record.value), by: record.stamp.by, at: record.stamp.at, where: placeOf(record.stamp.inst) };
}

/** The preview rows of a merge: what is new, what theirs changes, what conflicts. */
export function changesOf(group: string, outcomes: readonly RecordMerge[], placeOf: PlaceOf): BundleChange[] {
  const rows: BundleChange[] = [];
  for (const outcome of outcomes) {
    if (outcome.kind !== 'new' && outcome.kind !== 'theirs' && outcome.kind !== 'conflict') continue;
    rows.push({
      group,
      key: outcome.key,
      label: labelOf(outcome.key, outcome.theirs.value),
      kind: outcome.kind,
      ours: outcome.ours === undefined ? null : side(outcome.key, outcome.ours, placeOf),
      theirs: side(outcome.key, outcome.theirs, placeOf),
    });
  }
  return rows;
}

/** The record set of a master entry. */
export function masterEntryRecords(entry: BundleMasterEntry): RecordSet {
  const records: Record<string, SyncRecord> = {};
  for (const [key, { value, stamp }] of Object.entries(entry.records)) records[key] = { value: value as CanonicalValue, stamp };
  return records;
}

/** The sender's person ids of a master entry (key → id). */
export function masterEntryIds(entry: BundleMasterEntry): Record<string, string> {
  const ids: Record<string, string> = {};
  for (const [key, record] of Object.entries(entry.records)) {
    if (record.id !== undefined) ids[key] = record.id;
    else if (key.startsWith('pid:')) ids[key] = key.slice(4);
  }
  return ids;
}

/** Our master records and the bundle's, people keyed alike (shared/sync/master.ts `alignPeople`), merged under the resolutions. */
export function mergeMaster(master: MasterData, stamps: Readonly<Record<string, StoredStamp>>, by: string, entry: BundleMasterEntry, resolutions: Resolutions): MergeOutcome {
  const aligned = alignPeople(masterRecords(master, stamps, by), personIds(master.people), masterEntryRecords(entry), masterEntryIds(entry));
  return mergeRecords(aligned.ours, aligned.theirs, (key) => chosenSide(resolutions, MASTER_KEY_GROUP, key));
}
