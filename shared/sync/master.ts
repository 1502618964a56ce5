import type { CanonicalValue } from '../pakta/canonical';
import type { MasterData, Person, Unit } from '../masterdata/schemas';
import type { CurrentValue } from './records';

/**
 * Master data as mergeable units: a unit kerja by its code (the unit id, the same on every
 * installation because worksheets name it), a person by NIP (person ids are local: two laptops
 * that typed the same person hold two ids, one NIP). People without a NIP (non-ASN) stay local.
 * Creation and change dates are local bookkeeping, not part of the value.
 */

/** The key of a unit kerja. */
export function unitKey(id: string): string {
  return `unit:${id}`;
}

/** The key of a person. */
export function personKey(nip: string): string {
  return `person:${nip}`;
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

/** The current value of every unit and person with a NIP, stamped with its change date. */
export function masterValues(master: MasterData, by: string): Record<string, CurrentValue> {
  const values: Record<string, CurrentValue> = {};
  for (const unit of master.units) {
    values[unitKey(unit.id)] = { value: unitValue(unit) as unknown as CanonicalValue, at: unit.diubah, by };
  }
  for (const person of master.people) {
    if (person.nip === '') continue;
    values[personKey(person.nip)] = { value: personValue(person) as unknown as CanonicalValue, at: person.diubah, by };
  }
  return values;
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
