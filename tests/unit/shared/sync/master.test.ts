import { describe, expect, it } from 'vitest';
import type { CanonicalValue } from '../../../../shared/pakta/canonical';
import { alignPeople, carryPersonStamps, masterInScope, personIdKey, personIds, personKey, personSyncKey, sameUnitOtherId } from '../../../../shared/sync';

function value(v: object): { value: CanonicalValue } {
  return { value: v as CanonicalValue };
}

describe('master data in the scope of a selection', () => {
  const records = {
    'unit:bapenda-01': value({ id: 'bapenda-01', nama: 'Badan Pendapatan Daerah' }),
    'unit:dpmptsp-01': value({ id: 'dpmptsp-01', nama: 'Dinas Penanaman Modal dan PTSP' }),
    'person:198503122010012004': value({ nama: 'Rina Contoh', nip: '198503122010012004', unitId: 'bapenda-01' }),
    'person:199001012015032001': value({ nama: 'Wati Contoh', nip: '199001012015032001', unitId: 'dpmptsp-01' }),
  };

  it('keeps the chosen units and the people whose unit is among them', () => {
    expect(Object.keys(masterInScope(records, new Set(['bapenda-01'])))).toEqual(['person:198503122010012004', 'unit:bapenda-01']);
    expect(Object.keys(masterInScope(records, new Set(['kecamatan-cikande'])))).toEqual([]);
  });

  it('keeps everything when no unit is chosen', () => {
    expect(Object.keys(masterInScope(records, null))).toHaveLength(4);
  });
});

describe('people without a NIP', () => {
  const stamp = (inst: string, n: number) => ({ v: { [inst]: n }, inst, at: '2026-03-01T00:00:00.000Z', by: inst });
  const sutini = { nama: 'Sutini Contoh', jenisAsn: 'NON_ASN', nip: '', golongan: '', jabatan: 'Pengadministrasi Umum', unitId: 'bapenda-01', aktif: true };
  const nip = '199001012023211001';
  const id = '6f1c2a4e-0b7d-4c55-9a61-2f3e8d9c1b00';

  it('travel under the record id and are compared under the NIP once one side has it', () => {
    const ours = { [personIdKey(id)]: { value: sutini as unknown as CanonicalValue, stamp: stamp('b', 1) } };
    const theirs = { [personKey(nip)]: { value: { ...sutini, jenisAsn: 'PPPK', nip, golongan: 'IX' } as unknown as CanonicalValue, stamp: stamp('a', 2) } };
    const aligned = alignPeople(ours, personIds([{ id, nip: '' }]), theirs, { [personKey(nip)]: id });
    expect(Object.keys(aligned.ours)).toEqual([personKey(nip)]);
    expect((aligned.ours[personKey(nip)]?.value as { nip: string }).nip).toBe(nip);
    // The other way round: their NIP-less copy is compared under our NIP.
    const back = alignPeople(theirs, personIds([{ id, nip }]), ours, { [personIdKey(id)]: id });
    expect(Object.keys(back.theirs)).toEqual([personKey(nip)]);
    expect(back.ours).toEqual(theirs);
  });

  it('stay apart when the ids differ', () => {
    const ours = { [personIdKey(id)]: { value: sutini as unknown as CanonicalValue, stamp: stamp('b', 1) } };
    const theirs = { [personKey(nip)]: { value: { ...sutini, nip } as unknown as CanonicalValue, stamp: stamp('a', 1) } };
    const aligned = alignPeople(ours, personIds([{ id, nip: '' }]), theirs, { [personKey(nip)]: 'another-id-0001' });
    expect(aligned).toEqual({ ours, theirs });
  });

  it('keep their stamp when given a NIP here, so the change follows what was sent', () => {
    const sent = stamp('a', 1);
    expect(carryPersonStamps({ [personIdKey(id)]: sent }, [{ id, nip }])).toEqual({ [personKey(nip)]: sent });
    expect(carryPersonStamps({ [personIdKey(id)]: sent }, [{ id, nip: '' }])).toEqual({ [personIdKey(id)]: sent });
  });

  it('key by the record id only when the NIP is empty', () => {
    expect(personSyncKey({ id, nip: '' })).toBe(`pid:${id}`);
    expect(personSyncKey({ id, nip })).toBe(`person:${nip}`);
  });
});

describe('units created on two laptops', () => {
  const ours = [
    { id: 'unit-b-disdukcapil', nama: 'Dinas Kependudukan dan Pencatatan Sipil', singkatan: 'Disdukcapil' },
    { id: 'unit-b-bapenda', nama: 'Badan Pendapatan Daerah', singkatan: 'Bapenda' },
  ];

  it.each([
    ['the same name spelt with "&"', { nama: 'Dinas Kependudukan & Pencatatan Sipil', singkatan: '' }, 'nama'],
    ['a typing slip', { nama: 'Dinas Kependudukan dan Pencatatn Sipil', singkatan: '' }, 'nama'],
    ['two slips in a long word', { nama: 'Dinas Kepndudkan dan Pencatatan Sipil', singkatan: '' }, 'nama'],
    ['the same abbreviation', { nama: 'Dukcapil Kabupaten Serang', singkatan: 'DISDUKCAPIL' }, 'singkatan'],
  ] as const)('flags %s', (_case, unit, match) => {
    expect(sameUnitOtherId(ours, [{ id: 'unit-a-disdukcapil', ...unit }])).toEqual([{ ourId: 'unit-b-disdukcapil', ourNama: ours[0]?.nama, theirId: 'unit-a-disdukcapil', theirNama: unit.nama, match }]);
  });

  it('leaves apart units held under their id, other units, and short names a letter apart', () => {
    expect(sameUnitOtherId(ours, [{ ...ours[0], nama: 'Disdukcapil Serang' } as (typeof ours)[number]])).toEqual([]);
    expect(sameUnitOtherId(ours, [{ id: 'unit-a-dinkes', nama: 'Dinas Kesehatan', singkatan: 'Dinkes' }])).toEqual([]);
    expect(sameUnitOtherId([{ id: 'unit-kec-a', nama: 'Kecamatan Anyar', singkatan: '' }], [{ id: 'unit-kec-b', nama: 'Kecamatan Anyer', singkatan: '' }])).toEqual([]);
    expect(sameUnitOtherId([{ id: 'unit-kec-a', nama: 'Kecamatan Cikande', singkatan: '' }], [{ id: 'unit-kec-b', nama: 'Kecamatan Cikeusal', singkatan: '' }])).toEqual([]);
  });
});
