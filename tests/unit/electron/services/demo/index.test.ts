import { describe, expect, it } from 'vitest';
import { demoMasterData } from '../../../../../electron/services/demo';
import { checkNomorInduk } from '../../../../../shared/format/nip';
import { canonicalGolonganPns, canonicalGolonganPppk } from '../../../../../shared/format/pangkat';
import { masterSchema, personInputSchema } from '../../../../../shared/masterdata/schemas';
import { expectFail, expectOk, masterFile, unitInput, useHarness } from '../../handlers/harness';

const harness = useHarness();
const AT = '2024-06-01T08:00:00.000Z';

describe('demoMasterData', () => {
  const data = demoMasterData(AT);

  it('is a valid master document', () => {
    expect(masterSchema.safeParse(data).success).toBe(true);
  });

  it('is Pemerintah Kabupaten Serang, dated in Serang', () => {
    expect(data.institution).toMatchObject({ pemerintahDaerah: 'Pemerintah Kabupaten Serang', kota: 'Serang', logo: null });
    expect(checkNomorInduk('PNS', data.institution.inspektur.nip).ok).toBe(true);
    expect(canonicalGolonganPns(data.institution.inspektur.golongan)).toBeDefined();
  });

  it('has Disdukcapil, DPMPTSP, Bapenda, the Inspektorat and nine kecamatan', () => {
    const singkatan = data.units.map((u) => u.singkatan);
    for (const opd of ['Disdukcapil', 'DPMPTSP', 'Bapenda', 'Inspektorat']) expect(singkatan).toContain(opd);
    const kecamatan = data.units.filter((u) => u.jenis === 'KECAMATAN');
    expect(kecamatan).toHaveLength(9);
    expect(kecamatan.every((u) => u.nama.startsWith('Kecamatan '))).toBe(true);
    expect(data.units).toHaveLength(13);
    expect(new Set(data.units.map((u) => u.id)).size).toBe(13);
    expect(new Set(data.units.map((u) => u.nama.toLowerCase())).size).toBe(13);
  });

  it('has a few dozen people, each in a demo unit', () => {
    expect(data.people.length).toBeGreaterThanOrEqual(24);
    expect(data.people.length).toBeLessThanOrEqual(100);
    const unitIds = new Set(data.units.map((u) => u.id));
    expect(data.people.every((p) => unitIds.has(p.unitId))).toBe(true);
    expect(new Set(data.people.map((p) => p.id)).size).toBe(data.people.length);
    for (const jenis of ['PNS', 'PPPK', 'NON_ASN'] as const) expect(data.people.some((p) => p.jenisAsn === jenis)).toBe(true);
  });

  it('gives every ASN a NIP valid per checkNomorInduk, and unique', () => {
    const now = new Date(AT);
    for (const person of data.people) {
      if (person.jenisAsn === 'NON_ASN') {
        expect(person.nip).toBe('');
        continue;
      }
      const check = checkNomorInduk(person.jenisAsn, person.nip, now);
      expect(check, `${person.nama} ${person.nip}`).toEqual({ ok: true, digits: person.nip });
    }
    const nips = data.people.map((p) => p.nip).filter((nip) => nip !== '');
    expect(new Set(nips).size).toBe(nips.length);
  });

  it('passes the same person rules the forms use (golongan lists included)', () => {
    for (const person of data.people) {
      const parsed = personInputSchema.safeParse(person);
      expect(parsed.success, `${person.nama}: ${parsed.success ? '' : parsed.error.issues[0]?.message ?? ''}`).toBe(true);
      if (person.jenisAsn === 'PNS') expect(canonicalGolonganPns(person.golongan)).toBe(person.golongan);
      if (person.jenisAsn === 'PPPK') expect(canonicalGolonganPppk(person.golongan)).toBe(person.golongan);
      if (person.jenisAsn === 'NON_ASN') expect(person.golongan).toBe('');
    }
  });

  it('names each unit head after a person of that unit with the same NIP', () => {
    for (const unit of data.units) {
      const head = data.people.find((p) => p.unitId === unit.id && p.nip === unit.kepalaNip);
      expect(head?.nama, unit.nama).toBe(unit.kepalaNama);
    }
  });

  it('makes the Inspektur of the settings the head of the Inspektorat', () => {
    const inspektorat = data.units.find((u) => u.singkatan === 'Inspektorat');
    expect(inspektorat?.kepalaNama).toBe(data.institution.inspektur.nama);
    expect(inspektorat?.kepalaNip).toBe(data.institution.inspektur.nip);
  });

  it('is clearly fictional and deterministic', () => {
    expect(data.people.every((p) => /Fiktif|Contoh|Rekaan|Ilustrasi|Samaran|Percontohan/.test(p.nama))).toBe(true);
    expect(demoMasterData(AT)).toEqual(data);
  });
});

describe('demo:load', () => {
  it('loads the demo data into an empty store in one write', async () => {
    const h = await harness.open();
    const loaded = expectOk(await h.call('demo:load', {}));
    const expected = demoMasterData(AT);
    expect(loaded).toEqual({ units: expected.units.length, people: expected.people.length });
    expect(expectOk(await h.call('units:list', undefined))).toHaveLength(13);
    expect(expectOk(await h.call('people:list', { includeInactive: true }))).toHaveLength(expected.people.length);
    expect(expectOk(await h.call('settings:get', undefined)).pemerintahDaerah).toBe('Pemerintah Kabupaten Serang');
    expect(expectOk(await h.call('app:status', undefined)).isEmpty).toBe(false);
  });

  it('is refused once data exists, and writes nothing', async () => {
    const h = await harness.open();
    expectOk(await h.call('demo:load', undefined));
    const before = await masterFile(h.dataDir);
    const error = expectFail(await h.call('demo:load', undefined), 'CONFLICT');
    expect(error.message).toContain('tidak tertimpa');
    expect(await masterFile(h.dataDir)).toEqual(before);
  });

  it('is refused when the user already has a unit', async () => {
    const h = await harness.open();
    expectOk(await h.call('units:create', unitInput()));
    const before = await masterFile(h.dataDir);
    expectFail(await h.call('demo:load', undefined), 'CONFLICT');
    expect(await masterFile(h.dataDir)).toEqual(before);
  });

  it('does not overwrite institution settings the user already filled in', async () => {
    const h = await harness.open();
    expectOk(
      await h.call('settings:save', {
        pemerintahDaerah: 'Pemerintah Kota Cilegon',
        namaInspektorat: 'Inspektorat Kota Cilegon',
        alamat: '',
        kota: 'Cilegon',
        inspektur: { nama: '', nip: '', golongan: '' },
        kertas: 'A4',
      }),
    );
    const before = await masterFile(h.dataDir);
    expectFail(await h.call('demo:load', undefined), 'CONFLICT');
    expect(await masterFile(h.dataDir)).toEqual(before);
    expect(expectOk(await h.call('settings:get', undefined)).pemerintahDaerah).toBe('Pemerintah Kota Cilegon');
  });
});
