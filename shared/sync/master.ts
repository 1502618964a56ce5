import type { CanonicalValue } from '../pakta/canonical';
import type { MasterData, Person, Unit } from '../masterdata/schemas';
import type { SyncRecord } from './merge';
import type { CurrentValue } from './records';

/**
 * Master data as mergeable units: a unit kerja by its code (the unit id, the same on every
 * installation because worksheets name it), a person by NIP (two laptops that typed the same
 * person hold two ids, one NIP). Creation and change dates are local bookkeeping, not part of
 * the value.
 *
 * People without a NIP (PPPK and non-ASN may have none) travel under the person record's id
 * (`pid:<id>`, made once at creation); bundles carry every person's id beside the record, and a
 * person received here for the first time keeps the sender's id (a new one only if that id is
 * taken), so the ids of people who travelled agree across laptops. Identity rule when a person
 * gets a NIP on one laptop while the other still holds them without one: the records are the same
 * person when the NIP-less copy's id is the id carried with the NIP copy. The NIP is identity, not
 * an editable value: the NIP-less copy is compared under the NIP's key with the NIP written in
 * (`alignPeople`), so its other fields merge as usual (a conflict only when both changed them),
 * whichever side is chosen the person keeps the NIP, and the `pid:` record disappears — never two
 * people. Two different NIPs given to one NIP-less person on two laptops stay two people and are
 * flagged like any person under two NIPs (`samePersonTwoNips`).
 */

/** The key of a unit kerja. */
export function unitKey(id: string): string {
  return `unit:${id}`;
}

/** The key of a person. */
export function personKey(nip: string): string {
  return `person:${nip}`;
}

/** The key of a person without a NIP: the person record's id. */
export function personIdKey(id: string): string {
  return `pid:${id}`;
}

/** The key a person travels under: the NIP when there is one, else the record's id. */
export function personSyncKey(person: Pick<Person, 'id' | 'nip'>): string {
  return person.nip === '' ? personIdKey(person.id) : personKey(person.nip);
}

/** The value of a unit that travels. */
export type UnitValue = Omit<Unit, 'dibuat' | 'diubah'>;
/** The value of a person that travels (the local id stays behind). */
export type PersonValue = Omit<Person, 'id' | 'dibuat' | 'diubah'>;

export function unitValue(unit: Unit): UnitValue {
  const { dibuat: _created, diubah: _changed, ...value } = unit;
  return value;
}

export function personValue(person: Person): PersonValue {
  const { id: _id, dibuat: _created, diubah: _changed, ...value } = person;
  return value;
}

/** The current value of every unit and person, stamped with its change date. */
export function masterValues(master: MasterData, by: string): Record<string, CurrentValue> {
  const values: Record<string, CurrentValue> = {};
  for (const unit of master.units) {
    values[unitKey(unit.id)] = { value: unitValue(unit) as unknown as CanonicalValue, at: unit.diubah, by };
  }
  for (const person of master.people) {
    values[personSyncKey(person)] = { value: personValue(person) as unknown as CanonicalValue, at: person.diubah, by };
  }
  return values;
}

/** Each person's key → the person record's id. */
export function personIds(people: readonly Pick<Person, 'id' | 'nip'>[]): Record<string, string> {
  const ids: Record<string, string> = {};
  for (const person of people) ids[personSyncKey(person)] = person.id;
  return ids;
}

/**
 * Our stored stamps keyed as the people now are: a person given a NIP here since the last refresh
 * takes the stamp of their `pid:` record under the NIP's key, so the change reads everywhere as a
 * successor of what was sent before (not a new person, not a conflict).
 */
export function carryPersonStamps<T>(stamps: Readonly<Record<string, T>>, people: readonly Pick<Person, 'id' | 'nip'>[]): Record<string, T> {
  const moves = new Map<string, string>();
  for (const person of people) {
    const from = personIdKey(person.id);
    if (person.nip !== '' && stamps[from] !== undefined && stamps[personKey(person.nip)] === undefined) moves.set(from, personKey(person.nip));
  }
  return rekeyed(stamps, moves);
}

/** A copy of `entries` with the keys `moves` names moved (`moved` adapts each moved entry to its new key). */
function rekeyed<T>(entries: Readonly<Record<string, T>>, moves: ReadonlyMap<string, string>, moved: (entry: T, key: string) => T = (entry) => entry): Record<string, T> {
  const next: Record<string, T> = {};
  for (const [key, entry] of Object.entries(entries)) {
    const to = moves.get(key);
    next[to ?? key] = to === undefined ? entry : moved(entry, to);
  }
  return next;
}

function withNip(record: SyncRecord, nip: string): SyncRecord {
  return { value: { ...(record.value as Record<string, CanonicalValue>), nip }, stamp: record.stamp };
}

/**
 * Both sides' records of people keyed alike before merging (the identity rule above): a person
 * NIP-less on one side whose id is the id of a person with a NIP on the other moves to the NIP's
 * key, the NIP written into its value. `ids`: person key → person id, per side.
 */
export function alignPeople(
  ours: Readonly<Record<string, SyncRecord>>,
  ourIds: Readonly<Record<string, string>>,
  theirs: Readonly<Record<string, SyncRecord>>,
  theirIds: Readonly<Record<string, string>>,
): { ours: Record<string, SyncRecord>; theirs: Record<string, SyncRecord> } {
  const ourMoves = new Map<string, string>();
  const theirMoves = new Map<string, string>();
  const ourKeyById = new Map(Object.entries(ourIds).map(([key, id]) => [id, key]));
  for (const [theirKey, id] of Object.entries(theirIds)) {
    const mine = ourKeyById.get(id);
    if (mine === undefined || mine === theirKey || theirs[theirKey] === undefined || ours[mine] === undefined) continue;
    if (theirKey.startsWith('person:') && mine.startsWith('pid:') && ours[theirKey] === undefined) ourMoves.set(mine, theirKey);
    else if (theirKey.startsWith('pid:') && mine.startsWith('person:') && theirs[mine] === undefined) theirMoves.set(theirKey, mine);
  }
  const nip = (record: SyncRecord, key: string): SyncRecord => (key.startsWith('person:') ? withNip(record, key.slice(7)) : record);
  return { ours: rekeyed(ours, ourMoves, nip), theirs: rekeyed(theirs, theirMoves, nip) };
}

/** True for the key of a unit kerja (every other master key is a person's). */
export function isUnitKey(key: string): boolean {
  return key.startsWith('unit:');
}

/**
 * The master records a selection of units depends on: the units themselves and the people whose
 * unit (in the record's value) is among them; every record when `unitIds` is null (the whole
 * data). Bundles carry this scope and the state hash covers it, so two laptops comparing a
 * selection compare the same records, whatever else each holds.
 */
export function masterInScope<T extends { value: CanonicalValue }>(records: Readonly<Record<string, T>>, unitIds: ReadonlySet<string> | null): Record<string, T> {
  const kept: Record<string, T> = {};
  for (const key of Object.keys(records).sort()) {
    const record = records[key];
    if (record === undefined) continue;
    const value = record.value as unknown as { id?: unknown; unitId?: unknown };
    const unitId = isUnitKey(key) ? value.id : value.unitId;
    if (unitIds === null || (typeof unitId === 'string' && unitIds.has(unitId))) kept[key] = record;
  }
  return kept;
}

/** A name compared without the degrees written after a comma ("Budi Santoso, S.E." is "budi santoso"). */
function nameKey(nama: string): string {
  return (nama.split(',')[0] ?? '').normalize('NFKC').toLocaleLowerCase('id').replace(/[.'’]/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** A person of the bundle whose name and unit match one of ours under another NIP. */
export interface TwoNips {
  nama: string;
  unitId: string;
  ourNip: string;
  theirNip: string;
}

/** People who look like the same person under two NIPs (same name in the same unit, different NIP). */
export function samePersonTwoNips(ours: readonly Pick<Person, 'nama' | 'nip' | 'unitId'>[], theirs: readonly Pick<Person, 'nama' | 'nip' | 'unitId'>[]): TwoNips[] {
  const byName = new Map<string, Pick<Person, 'nama' | 'nip' | 'unitId'>[]>();
  for (const person of ours) {
    if (person.nip === '') continue;
    const key = `${person.unitId}|${nameKey(person.nama)}`;
    byName.set(key, [...(byName.get(key) ?? []), person]);
  }
  const found: TwoNips[] = [];
  for (const person of theirs) {
    if (person.nip === '') continue;
    for (const mine of byName.get(`${person.unitId}|${nameKey(person.nama)}`) ?? []) {
      if (mine.nip !== person.nip) found.push({ nama: person.nama, unitId: person.unitId, ourNip: mine.nip, theirNip: person.nip });
    }
  }
  return found;
}

/** A unit of the bundle, new here, that may be one of ours under another id. */
export interface SameUnit {
  ourId: string;
  ourNama: string;
  theirId: string;
  theirNama: string;
  /** What matched: the name (the same, or one word mistyped), or the abbreviation. */
  match: 'nama' | 'singkatan';
}

/** A unit name compared without case, punctuation or spacing ("&" reads "dan"). */
function unitNameKey(nama: string): string {
  return nama.normalize('NFKC').toLocaleLowerCase('id').replace(/&/g, ' dan ').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * Whether `a` and `b` are at most `max` single-character edits apart (Levenshtein, stopped early
 * past `max`). By hand: one bounded loop over two short words, which no dependency of the
 * project provides.
 */
function withinEdits(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    for (let j = 1; j <= b.length; j += 1) {
      row[j] = Math.min((previous[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    if (Math.min(...row) > max) return false;
    previous = row;
  }
  return (previous[b.length] ?? max + 1) <= max;
}

/**
 * Two unit names near enough to be one unit: equal, or word for word the same but one word of six
 * letters or more mistyped (one slip, two in a word of ten or more). Place names a letter apart
 * ("Kecamatan Anyar", "Kecamatan Anyer") are short words and stay apart.
 */
function nearName(a: string, b: string): boolean {
  if (a === b) return true;
  const x = a.split(' ');
  const y = b.split(' ');
  if (x.length !== y.length) return false;
  const differing = x.flatMap((word, index) => (word === y[index] ? [] : [[word, y[index] ?? '']]));
  if (differing.length !== 1) return false;
  const [p = '', q = ''] = differing[0] ?? [];
  return Math.min(p.length, q.length) >= 6 && withinEdits(p, q, Math.min(p.length, q.length) >= 10 ? 2 : 1);
}

/**
 * Units of the bundle not held here under their id that look like one of ours: the same or
 * near-same name, or the same abbreviation. Units are matched by id only, so such a pair is
 * never merged: the preview flags it and the people decide.
 */
export function sameUnitOtherId(ours: readonly Pick<Unit, 'id' | 'nama' | 'singkatan'>[], theirs: readonly Pick<Unit, 'id' | 'nama' | 'singkatan'>[]): SameUnit[] {
  const held = new Set(ours.map((unit) => unit.id));
  const found: SameUnit[] = [];
  for (const unit of theirs) {
    if (held.has(unit.id)) continue;
    const name = unitNameKey(unit.nama);
    const short = unitNameKey(unit.singkatan);
    for (const mine of ours) {
      const other = unitNameKey(mine.nama);
      const sameName = nearName(other, name);
      const sameShort = short !== '' && short === unitNameKey(mine.singkatan);
      if (sameName || sameShort) found.push({ ourId: mine.id, ourNama: mine.nama, theirId: unit.id, theirNama: unit.nama, match: sameName ? 'nama' : 'singkatan' });
    }
  }
  return found;
}
