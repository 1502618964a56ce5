import { randomUUID } from 'node:crypto';
import {
  MASTER_SCHEMA_VERSION,
  emptyMaster,
  masterSchema,
  type Institution,
  type InstitutionInput,
  type MasterData,
  type Person,
  type Unit,
} from '../../../shared/masterdata/schemas';
import type { z } from 'zod';
import type { personInputSchema, unitInputSchema, institutionInputSchema } from '../../../shared/masterdata/schemas';
import { endSentence } from '../../../shared/format';
import { DEFAULT_PAGE_SETTINGS } from '../../../shared/documents/page';
import { AppFailure } from '../../../shared/result';
import type { DocumentSpec, Storage, StoredDocument } from '../storage';

/** The master document: institution settings, work units and people (small, edited often). */
export const masterSpec: DocumentSpec<MasterData> = {
  name: 'master',
  schema: masterSchema,
  version: MASTER_SCHEMA_VERSION,
  migrations: [
    {
      // Version 2: the page standard's margins and document family (the standard's defaults) and the Pemkab kop (empty).
      from: 1,
      migrate: (data) => {
        const master = data as { institution?: Record<string, unknown> };
        if (master.institution && typeof master.institution === 'object') {
          master.institution.margin ??= { ...DEFAULT_PAGE_SETTINGS.margins };
          master.institution.huruf ??= DEFAULT_PAGE_SETTINGS.font;
          master.institution.alamatPemda ??= '';
          master.institution.lambang ??= null;
        }
        return master;
      },
    },
  ],
  empty: emptyMaster,
};

type ParsedUnit = z.output<typeof unitInputSchema>;
type ParsedPerson = z.output<typeof personInputSchema>;
type ParsedInstitution = z.output<typeof institutionInputSchema>;

export interface PeopleQuery {
  unitId?: string | undefined;
  query?: string | undefined;
  includeInactive?: boolean | undefined;
}

/** Rules of the master data that span records: duplicates, references, deactivation. */
export interface MasterDataService {
  data(): MasterData;
  saveInstitution(input: ParsedInstitution | InstitutionInput): Promise<Institution>;
  setLogo(logo: Institution['logo']): Promise<Institution>;
  /** Sets or removes the regency emblem of the Pemerintah Kabupaten kop. */
  setLambang(lambang: Institution['lambang']): Promise<Institution>;
  listUnits(includeInactive: boolean): Unit[];
  createUnit(input: ParsedUnit): Promise<Unit>;
  updateUnit(id: string, input: ParsedUnit): Promise<Unit>;
  setUnitActive(id: string, aktif: boolean): Promise<Unit>;
  listPeople(query: PeopleQuery): Person[];
  createPerson(input: ParsedPerson): Promise<Person>;
  updatePerson(id: string, input: ParsedPerson): Promise<Person>;
  setPersonActive(id: string, aktif: boolean): Promise<Person>;
  /** Adds many people in one durable write, or none (duplicates checked against the store and each other). */
  addPeople(inputs: ParsedPerson[]): Promise<number>;
  /** Replaces an empty store's content in one write (demo data). */
  replaceAll(data: MasterData): Promise<void>;
  findUnit(id: string): Unit | undefined;
  findPerson(id: string): Person | undefined;
}

function normalizeName(value: string): string {
  return value.trim().toLocaleLowerCase('id').replace(/\s+/g, ' ');
}

function duplicateNipMessage(existing: Person): string {
  return endSentence(`NIP ini sudah terdaftar atas nama ${existing.nama}`);
}

export async function createMasterDataService(storage: Storage, now: () => Date = () => new Date()): Promise<MasterDataService> {
  const doc: StoredDocument<MasterData> = await storage.open(masterSpec);
  const stamp = (): string => now().toISOString();

  function requireUnit(data: MasterData, id: string): Unit {
    const unit = data.units.find((u) => u.id === id);
    if (!unit) throw new AppFailure('NOT_FOUND', 'Unit kerja tidak ditemukan. Muat ulang daftar unit.');
    return unit;
  }

  function requirePerson(data: MasterData, id: string): Person {
    const person = data.people.find((p) => p.id === id);
    if (!person) throw new AppFailure('NOT_FOUND', 'Pegawai tidak ditemukan. Muat ulang daftar pegawai.');
    return person;
  }

  function assertUnitNameFree(data: MasterData, nama: string, exceptId?: string): void {
    const key = normalizeName(nama);
    const clash = data.units.find((u) => u.id !== exceptId && normalizeName(u.nama) === key);
    if (clash) {
      throw new AppFailure('DUPLICATE', `Unit kerja "${clash.nama}" sudah ada.`, [{ path: 'nama', message: 'Nama unit kerja sudah dipakai.' }]);
    }
  }

  function assertPersonRefs(data: MasterData, input: ParsedPerson, exceptId?: string): void {
    const unit = data.units.find((u) => u.id === input.unitId);
    if (!unit) throw new AppFailure('NOT_FOUND', 'Unit kerja pegawai tidak ditemukan.', [{ path: 'unitId', message: 'Pilih unit kerja yang ada.' }]);
    if (input.nip !== '') {
      const clash = data.people.find((p) => p.id !== exceptId && p.nip === input.nip);
      if (clash) throw new AppFailure('DUPLICATE', duplicateNipMessage(clash), [{ path: 'nip', message: duplicateNipMessage(clash) }]);
    }
  }

  return {
    data: () => doc.data,

    async saveInstitution(input) {
      const next = await doc.update((draft) => {
        draft.institution = { ...draft.institution, ...(input as ParsedInstitution) };
      });
      return next.institution;
    },

    async setLogo(logo) {
      const next = await doc.update((draft) => {
        draft.institution.logo = logo;
      });
      return next.institution;
    },

    async setLambang(lambang) {
      const next = await doc.update((draft) => {
        draft.institution.lambang = lambang;
      });
      return next.institution;
    },

    listUnits(includeInactive) {
      const units = includeInactive ? doc.data.units : doc.data.units.filter((u) => u.aktif);
      return [...units].sort((a, b) => a.nama.localeCompare(b.nama, 'id'));
    },

    async createUnit(input) {
      const id = randomUUID();
      const at = stamp();
      await doc.update((draft) => {
        assertUnitNameFree(draft, input.nama);
        draft.units.push({ id, ...input, aktif: true, dibuat: at, diubah: at });
      });
      return requireUnit(doc.data, id);
    },

    async updateUnit(id, input) {
      await doc.update((draft) => {
        const unit = requireUnit(draft, id);
        assertUnitNameFree(draft, input.nama, id);
        Object.assign(unit, input, { diubah: stamp() });
      });
      return requireUnit(doc.data, id);
    },

    async setUnitActive(id, aktif) {
      await doc.update((draft) => {
        const unit = requireUnit(draft, id);
        unit.aktif = aktif;
        unit.diubah = stamp();
      });
      return requireUnit(doc.data, id);
    },

    listPeople({ unitId, query, includeInactive }) {
      const needle = query ? normalizeName(query) : '';
      const digits = needle.replace(/\s/g, '');
      return doc.data.people
        .filter((p) => (includeInactive ? true : p.aktif))
        .filter((p) => (unitId ? p.unitId === unitId : true))
        .filter((p) => {
          if (!needle) return true;
          return (
            normalizeName(p.nama).includes(needle) ||
            normalizeName(p.jabatan).includes(needle) ||
            (digits.length > 0 && /^\d+$/.test(digits) && p.nip.includes(digits))
          );
        })
        .sort((a, b) => a.nama.localeCompare(b.nama, 'id'));
    },

    async createPerson(input) {
      const id = randomUUID();
      const at = stamp();
      await doc.update((draft) => {
        assertPersonRefs(draft, input);
        draft.people.push({ id, ...input, aktif: true, dibuat: at, diubah: at });
      });
      return requirePerson(doc.data, id);
    },

    async updatePerson(id, input) {
      await doc.update((draft) => {
        const person = requirePerson(draft, id);
        assertPersonRefs(draft, input, id);
        Object.assign(person, input, { diubah: stamp() });
      });
      return requirePerson(doc.data, id);
    },

    async setPersonActive(id, aktif) {
      await doc.update((draft) => {
        const person = requirePerson(draft, id);
        person.aktif = aktif;
        person.diubah = stamp();
      });
      return requirePerson(doc.data, id);
    },

    async addPeople(inputs) {
      const at = stamp();
      await doc.update((draft) => {
        // The same checks as assertPersonRefs (unit exists, NIP not registered — rows added earlier
        // in this batch included), through a set and a map: one scan of the roster instead of one
        // per row, so a 5,000-row import does not hold the main loop for a quadratic search.
        const unitIds = new Set(draft.units.map((u) => u.id));
        const byNip = new Map<string, Person>();
        for (const person of draft.people) if (person.nip !== '' && !byNip.has(person.nip)) byNip.set(person.nip, person);
        for (const input of inputs) {
          if (!unitIds.has(input.unitId)) assertPersonRefs(draft, input);
          const clash = input.nip === '' ? undefined : byNip.get(input.nip);
          if (clash) throw new AppFailure('DUPLICATE', duplicateNipMessage(clash), [{ path: 'nip', message: duplicateNipMessage(clash) }]);
          const person: Person = { id: randomUUID(), ...input, aktif: true, dibuat: at, diubah: at };
          draft.people.push(person);
          if (person.nip !== '') byNip.set(person.nip, person);
        }
      });
      return inputs.length;
    },

    async replaceAll(data) {
      await doc.update(() => data);
    },

    findUnit: (id) => doc.data.units.find((u) => u.id === id),
    findPerson: (id) => doc.data.people.find((p) => p.id === id),
  };
}
