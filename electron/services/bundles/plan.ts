import { z } from 'zod';
import type { BundleChange, ChangeSide } from '../../../shared/bundles';
import { stampSchema } from '../../../shared/bundles';
import { getTemplate } from '../../../shared/lke';
import { canonicalJson, type CanonicalValue } from '../../../shared/pakta/canonical';
import { personSchema, unitSchema, type MasterData, type Person, type Unit } from '../../../shared/masterdata/schemas';
import {
  buildMergedWorksheet,
  chosenSide,
  emptyValue,
  masterValues,
  mergeRecords,
  parseItemKey,
  stampedRecords,
  worksheetValues,
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

/** The master-data entry: stamped records of units (by id) and people (by NIP). */
export const bundleMasterEntrySchema = z.strictObject({
  records: z.record(z.string().regex(/^(?:unit:[a-z0-9-]{3,64}|person:\d{8,40})$/), z.strictObject({ value: z.unknown(), stamp: stampSchema })).superRefine((records, ctx) => {
    for (const [key, record] of Object.entries(records)) {
      const ok = key.startsWith('unit:') ? unitValueSchema.safeParse(record.value).success && (record.value as Unit).id === key.slice(5) : personValueSchema.safeParse(record.value).success && (record.value as Person).nip === key.slice(7);
      if (!ok) ctx.addIssue({ code: 'custom', path: [key], message: 'Data induk tidak valid.' });
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
  stamps: Record<string, StoredStamp>;
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

/** The records a worksheet's stamps describe. */
export function worksheetRecords(worksheet: Worksheet | null, stamps: Readonly<Record<string, Stamp | StoredStamp>>): Record<string, SyncRecord> {
  return worksheet === null ? {} : stampedRecords(worksheetValues(worksheet), stamps, emptyValue);
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
  const stamps: Record<string, StoredStamp> = {};
  for (const key of Object.keys(merge.merged).sort()) {
    const record = merge.merged[key];
    const kept = ourStamps[key];
    // A record kept as ours keeps its stored hash; only taken or joined records are hashed again.
    if (record !== undefined) stamps[key] = kept !== undefined && merge.merged[key] === oursRecords[key] ? { ...record.stamp, h: kept.h } : { ...record.stamp, h: hash(record.value) };
  }
  return { id, ours, theirs, refused, merge, next, stamps };
}

/** Master data's current records (units by id, people with a NIP by NIP). */
export function masterRecords(master: MasterData, stamps: Readonly<Record<string, StoredStamp>>, by: string): Record<string, SyncRecord> {
  return stampedRecords(masterValues(master, by), stamps, () => null);
}

/** Master data with the merged records written in: units by id, people by NIP (new people get a new local id). */
export function applyMasterRecords(master: MasterData, merge: MergeOutcome, newId: () => string): { next: MasterData; units: number; people: number } {
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
      const index = next.people.findIndex((person) => person.nip === value.nip);
      const before = next.people[index];
      const person: Person = { id: before?.id ?? newId(), ...value, dibuat: before?.dibuat ?? at, diubah: at };
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
  return entry.records as unknown as RecordSet;
}
