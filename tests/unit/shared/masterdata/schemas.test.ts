import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import '../../../../shared/contract'; // installs the Indonesian zod locale, as every consumer does
import {
  emptyMaster,
  idSchema,
  institutionInputSchema,
  masterSchema,
  personInputSchema,
  unitInputSchema,
  type InstitutionInput,
  type PersonInput,
  type UnitInput,
} from '../../../../shared/masterdata/schemas';

const person = (overrides: Partial<Record<keyof PersonInput, unknown>> = {}): Record<string, unknown> => ({
  nama: 'Rina Contoh',
  jenisAsn: 'PNS',
  nip: '198503122010012004',
  golongan: 'III/b',
  jabatan: 'Analis Kebijakan',
  unitId: 'unit-abc',
  ...overrides,
});

const unit = (overrides: Partial<Record<keyof UnitInput, unknown>> = {}): Record<string, unknown> => ({
  nama: 'Badan Pendapatan Daerah',
  singkatan: 'Bapenda',
  jenis: 'DINAS_BADAN_KANTOR',
  kepalaNama: '',
  kepalaNip: '',
  kepalaJabatan: '',
  afirmasi: false,
  ...overrides,
});

const institution = (overrides: Partial<Record<keyof InstitutionInput, unknown>> = {}): Record<string, unknown> => ({
  pemerintahDaerah: 'Pemerintah Kabupaten Serang',
  namaInspektorat: 'Inspektorat Kabupaten Serang',
  alamat: 'Jl. Contoh No. 1',
  kota: 'Serang',
  inspektur: { nama: 'Drs. Contoh', nip: '19700518 200503 1 005', golongan: 'IV/c' },
  kertas: 'F4',
  ...overrides,
});

/** The issues of a refused value as `path: message`. */
function issues(schema: z.ZodType, value: unknown): string[] {
  const result = schema.safeParse(value);
  if (result.success) throw new Error(`expected refusal, got ${JSON.stringify(result.data)}`);
  return result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('personInputSchema', () => {
  it('normalises a spaced NIP to digits and the golongan to the list spelling', () => {
    const parsed = personInputSchema.parse(person({ nip: ' 19850312 201001 2 004 ', golongan: 'iii/b', nama: '  Rina Contoh  ' }));
    expect(parsed).toEqual({
      nama: 'Rina Contoh',
      jenisAsn: 'PNS',
      nip: '198503122010012004',
      golongan: 'III/b',
      jabatan: 'Analis Kebijakan',
      unitId: 'unit-abc',
    });
  });

  it('accepts a PPPK with golongan I–XVII, stored upper-case', () => {
    expect(personInputSchema.parse(person({ jenisAsn: 'PPPK', nip: '198503122021211001', golongan: 'ix' })).golongan).toBe('IX');
    expect(personInputSchema.parse(person({ jenisAsn: 'PPPK', nip: '198503122021211001', golongan: 'XVII' })).golongan).toBe('XVII');
  });

  it('accepts a non-ASN without NIP or golongan', () => {
    expect(personInputSchema.parse(person({ jenisAsn: 'NON_ASN', nip: '', golongan: '' }))).toMatchObject({ nip: '', golongan: '' });
  });

  // [label, overrides, expected "path: message" fragment]
  const refused: Array<[string, Partial<Record<keyof PersonInput, unknown>>, string]> = [
    ['non-ASN with a golongan', { jenisAsn: 'NON_ASN', nip: '', golongan: 'III/a' }, 'golongan: Pegawai non-ASN tidak memiliki pangkat/golongan.'],
    ['PPPK golongan XVIII', { jenisAsn: 'PPPK', nip: '198503122021211001', golongan: 'XVIII' }, 'golongan: Golongan PPPK harus I sampai XVII.'],
    ['PPPK with a PNS ruang', { jenisAsn: 'PPPK', nip: '198503122021211001', golongan: 'III/a' }, 'golongan: Golongan PPPK harus I sampai XVII.'],
    ['PNS golongan V/a', { golongan: 'V/a' }, 'golongan: Pilih pangkat/golongan PNS dari daftar resmi'],
    ['PNS without golongan', { golongan: '' }, 'golongan: Pilih pangkat/golongan PNS'],
    ['a 500-character name', { nama: 'A'.repeat(500) }, 'nama: Nama paling banyak 150 karakter.'],
    ['a blank name', { nama: '   ' }, 'nama: Nama wajib diisi.'],
    ['a name that is a number', { nama: 42 }, 'nama: Nama harus berupa teks.'],
    ['a blank jabatan', { jabatan: '' }, 'jabatan: Jabatan wajib diisi.'],
    ['an unknown jenis ASN', { jenisAsn: 'ASN' }, 'jenisAsn: Jenis ASN harus PNS, PPPK atau Non-ASN.'],
    ['a path as unit id', { unitId: '../../etc/passwd' }, 'unitId: Pilih unit kerja.'],
    ['a PNS NIP with birth month 13', { nip: '197013182005031005' }, 'nip: Tanggal lahir pada NIP'],
    ['a PNS NIP with gender 3', { nip: '197005182005033005' }, 'nip: Kode jenis kelamin'],
    ['a PNS without NIP', { nip: '' }, 'nip: NIP wajib diisi'],
    ['a PPPK with a NIP PNS', { jenisAsn: 'PPPK', nip: '197005182005031005', golongan: 'IX' }, 'nip: Kode PPPK pada NI PPPK'],
    ['a NIP of 41 characters', { nip: '1'.repeat(41) }, 'nip: NIP terlalu panjang.'],
    ['a NIP that is a number', { nip: 197005182005031000 }, 'nip: NIP harus berupa teks.'],
  ];
  it.each(refused)('refuses %s', (_label, overrides, expected) => {
    expect(issues(personInputSchema, person(overrides)).join('\n')).toContain(expected);
  });

  it.each([null, 42, 'Rina', [], undefined])('refuses %j as a whole', (value) => {
    expect(personInputSchema.safeParse(value).success).toBe(false);
  });
});

describe('unitInputSchema', () => {
  it('accepts a unit and normalises the head’s NIP', () => {
    expect(unitInputSchema.parse(unit({ kepalaNip: '19700518 200503 1 005', nama: ' Bapenda ' }))).toMatchObject({
      nama: 'Bapenda',
      kepalaNip: '197005182005031005',
    });
  });

  const refused: Array<[string, Partial<Record<keyof UnitInput, unknown>>, string]> = [
    ['an unknown jenis', { jenis: 'DINAS' }, 'jenis: Jenis unit tidak dikenal.'],
    ['afirmasi as text', { afirmasi: 'ya' }, 'afirmasi: Afirmasi harus ya atau tidak.'],
    ['a 500-character name', { nama: 'x'.repeat(500) }, 'nama: Nama unit kerja paling banyak 150 karakter.'],
    ['a blank name', { nama: '' }, 'nama: Nama unit kerja wajib diisi.'],
    ['a long singkatan', { singkatan: 'S'.repeat(31) }, 'singkatan: Singkatan paling banyak 30 karakter.'],
    ['an invalid head NIP', { kepalaNip: '197005182005031000' }, 'kepalaNip: Nomor urut pada NIP'],
  ];
  it.each(refused)('refuses %s', (_label, overrides, expected) => {
    expect(issues(unitInputSchema, unit(overrides)).join('\n')).toContain(expected);
  });
});

describe('institutionInputSchema', () => {
  it('accepts the settings and normalises the Inspektur’s NIP', () => {
    expect(institutionInputSchema.parse(institution()).inspektur.nip).toBe('197005182005031005');
  });

  it('allows an Inspektur not yet filled in', () => {
    expect(institutionInputSchema.safeParse(institution({ inspektur: { nama: '', nip: '', golongan: '' } })).success).toBe(true);
  });

  const refused: Array<[string, Partial<Record<keyof InstitutionInput, unknown>>, string]> = [
    ['paper A5', { kertas: 'A5' }, 'kertas: Ukuran kertas harus A4 atau F4.'],
    ['a blank pemerintah daerah', { pemerintahDaerah: ' ' }, 'pemerintahDaerah: Pemerintah daerah wajib diisi.'],
    ['a blank kota', { kota: '' }, 'kota: Kota untuk tanggal surat wajib diisi.'],
    ['a 500-character address', { alamat: 'x'.repeat(500) }, 'alamat: Alamat paling banyak 300 karakter.'],
    ['an Inspektur NIP with TMT month 13', { inspektur: { nama: 'X', nip: '197005182005131005', golongan: 'IV/c' } }, 'inspektur.nip: TMT CPNS pada NIP'],
    ['an Inspektur golongan off the list', { inspektur: { nama: 'X', nip: '', golongan: 'V/a' } }, 'inspektur.golongan: Pangkat/golongan tidak ada dalam daftar resmi.'],
  ];
  it.each(refused)('refuses %s', (_label, overrides, expected) => {
    expect(issues(institutionInputSchema, institution(overrides)).join('\n')).toContain(expected);
  });
});

describe('idSchema', () => {
  it.each(['abc', 'unit-abc', 'demo-kec-ciruas', '0f8fad5b-d9cb-469f-a165-70867728950e'])('accepts %j', (id) => {
    expect(idSchema.safeParse(id).success).toBe(true);
  });

  it.each(['../../etc/passwd', 'C:\\Windows', 'x'.repeat(500), 'ab', 'ABC', '-abc', 'a b c', '', 'abc/def', '__proto__'])(
    'refuses %j with "ID tidak valid."',
    (id) => {
      expect(issues(idSchema, id)).toEqual([': ID tidak valid.']);
    },
  );
});

describe('masterSchema', () => {
  it('accepts the empty master document', () => {
    expect(masterSchema.parse(emptyMaster())).toEqual(emptyMaster());
  });
});
