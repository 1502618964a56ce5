import { describe, expect, it } from 'vitest';
import type { Person, Unit } from '../../../../shared/masterdata/schemas';
import { expectFail, expectOk, masterFile, personInput, unitInput, useHarness, type Harness } from './harness';

const harness = useHarness();

/** A harness with two units. */
async function withUnits(): Promise<{ h: Harness; bapenda: Unit; dinsos: Unit }> {
  const h = await harness.open();
  const bapenda = expectOk(await h.call('units:create', unitInput({ nama: 'Badan Pendapatan Daerah', singkatan: 'Bapenda', kepalaNip: '' })));
  const dinsos = expectOk(await h.call('units:create', unitInput({ nama: 'Dinas Sosial', singkatan: 'Dinsos', kepalaNip: '' })));
  return { h, bapenda, dinsos };
}

const names = (people: Person[]): string[] => people.map((p) => p.nama);

describe('people:create', () => {
  it('stores a PNS with the NIP as digits and the golongan in the list spelling', async () => {
    const { h, bapenda } = await withUnits();
    const person = expectOk(await h.call('people:create', personInput(bapenda.id, { nip: '19850312 201001 2 004', golongan: 'iii/b' })));
    expect(person).toMatchObject({ nip: '198503122010012004', golongan: 'III/b', unitId: bapenda.id, aktif: true });
    expect(person.id).toMatch(/^[a-z0-9-]{8,}$/);
    await h.close();
    const again = await harness.open(h.dataDir);
    expect(names(expectOk(await again.call('people:list', undefined)))).toEqual(['Rina Contoh']);
  });

  it('refuses a duplicate NIP naming the person who has it, whatever the spacing', async () => {
    const { h, bapenda, dinsos } = await withUnits();
    expectOk(await h.call('people:create', personInput(bapenda.id, { nama: 'Siti Terdaftar' })));
    const before = await masterFile(h.dataDir);
    const error = expectFail(
      await h.call('people:create', personInput(dinsos.id, { nama: 'Orang Lain', nip: '19850312 201001 2 004' })),
      'DUPLICATE',
    );
    expect(error.message).toContain('Siti Terdaftar');
    expect(error.issues).toEqual([{ path: 'nip', message: expect.stringContaining('Siti Terdaftar') as string }]);
    expect(await masterFile(h.dataDir)).toEqual(before);
  });

  it('allows several non-ASN without a NIP', async () => {
    const { h, bapenda } = await withUnits();
    const honorer = (nama: string) => personInput(bapenda.id, { nama, jenisAsn: 'NON_ASN', nip: '', golongan: '' });
    expectOk(await h.call('people:create', honorer('Honorer Satu')));
    expectOk(await h.call('people:create', honorer('Honorer Dua')));
    expect(expectOk(await h.call('people:list', {}))).toHaveLength(2);
  });

  it('refuses an unknown unit and writes nothing', async () => {
    const { h } = await withUnits();
    const before = await masterFile(h.dataDir);
    const error = expectFail(await h.call('people:create', personInput('unit-yang-tidak-ada')), 'NOT_FOUND');
    expect(error.issues).toEqual([{ path: 'unitId', message: 'Pilih unit kerja yang ada.' }]);
    expect(await masterFile(h.dataDir)).toEqual(before);
  });

  it('refuses an invalid NIP with a message naming the wrong part', async () => {
    const { h, bapenda } = await withUnits();
    const error = expectFail(await h.call('people:create', personInput(bapenda.id, { nip: '197005182005033005' })), 'INVALID_INPUT');
    expect(error.message).toContain('jenis kelamin');
    expect(error.issues?.[0]?.path).toBe('nip');
  });
});

describe('people:update', () => {
  it('updates a person and keeps their own NIP', async () => {
    const { h, bapenda, dinsos } = await withUnits();
    const person = expectOk(await h.call('people:create', personInput(bapenda.id)));
    const updated = expectOk(await h.call('people:update', { id: person.id, data: personInput(dinsos.id, { jabatan: 'Kepala Seksi' }) }));
    expect(updated).toMatchObject({ id: person.id, unitId: dinsos.id, jabatan: 'Kepala Seksi', nip: person.nip, dibuat: person.dibuat });
  });

  it('refuses taking another person’s NIP', async () => {
    const { h, bapenda } = await withUnits();
    expectOk(await h.call('people:create', personInput(bapenda.id, { nama: 'Pemilik NIP' })));
    const other = expectOk(await h.call('people:create', personInput(bapenda.id, { nama: 'Lain', nip: '197005182005031005' })));
    const error = expectFail(await h.call('people:update', { id: other.id, data: personInput(bapenda.id, { nama: 'Lain' }) }), 'DUPLICATE');
    expect(error.message).toContain('Pemilik NIP');
  });

  it('answers NOT_FOUND for an unknown id and writes nothing', async () => {
    const { h, bapenda } = await withUnits();
    const before = await masterFile(h.dataDir);
    const error = expectFail(await h.call('people:update', { id: 'pegawai-tidak-ada', data: personInput(bapenda.id) }), 'NOT_FOUND');
    expect(error.message).toContain('Pegawai tidak ditemukan');
    expectFail(await h.call('people:setActive', { id: 'pegawai-tidak-ada', aktif: false }), 'NOT_FOUND');
    expect(await masterFile(h.dataDir)).toEqual(before);
  });

  it('refuses moving a person to an unknown unit', async () => {
    const { h, bapenda } = await withUnits();
    const person = expectOk(await h.call('people:create', personInput(bapenda.id)));
    expectFail(await h.call('people:update', { id: person.id, data: personInput('unit-hilang') }), 'NOT_FOUND');
    expect(expectOk(await h.call('people:list', {}))[0]?.unitId).toBe(bapenda.id);
  });
});

describe('people:list', () => {
  async function roster(): Promise<{ h: Harness; bapenda: Unit; dinsos: Unit; people: Person[] }> {
    const { h, bapenda, dinsos } = await withUnits();
    const people = [
      expectOk(await h.call('people:create', personInput(bapenda.id, { nama: 'Wulan Sari', nip: '198503122010012004', jabatan: 'Analis Kebijakan' }))),
      expectOk(await h.call('people:create', personInput(bapenda.id, { nama: 'ahmad  Fauzi', nip: '197005182005031005', jabatan: 'Kepala Bidang' }))),
      expectOk(await h.call('people:create', personInput(dinsos.id, { nama: 'Budi Santoso', nip: '198001012006041002', jabatan: 'Pranata Komputer' }))),
      expectOk(await h.call('people:create', personInput(dinsos.id, { nama: 'Citra PPPK', jenisAsn: 'PPPK', nip: '199001012023212150', golongan: 'IX', jabatan: 'Pengelola Layanan' }))),
    ];
    return { h, bapenda, dinsos, people };
  }

  it('lists active people sorted by name', async () => {
    const { h } = await roster();
    expect(names(expectOk(await h.call('people:list', undefined)))).toEqual(['ahmad  Fauzi', 'Budi Santoso', 'Citra PPPK', 'Wulan Sari']);
  });

  it('filters by unit', async () => {
    const { h, dinsos } = await roster();
    expect(names(expectOk(await h.call('people:list', { unitId: dinsos.id })))).toEqual(['Budi Santoso', 'Citra PPPK']);
    expect(expectOk(await h.call('people:list', { unitId: 'unit-lain-sama-sekali' }))).toEqual([]);
  });

  it('hides deactivated people unless asked, and can reactivate them', async () => {
    const { h, people } = await roster();
    const budi = people[2];
    if (!budi) throw new Error('roster');
    expect(expectOk(await h.call('people:setActive', { id: budi.id, aktif: false })).aktif).toBe(false);
    expect(names(expectOk(await h.call('people:list', {})))).not.toContain('Budi Santoso');
    expect(names(expectOk(await h.call('people:list', { includeInactive: true })))).toContain('Budi Santoso');
    expect(names(expectOk(await h.call('people:list', { query: 'budi' })))).toEqual([]);
    expect(names(expectOk(await h.call('people:list', { query: 'budi', includeInactive: true })))).toEqual(['Budi Santoso']);
    expectOk(await h.call('people:setActive', { id: budi.id, aktif: true }));
    expect(names(expectOk(await h.call('people:list', {})))).toContain('Budi Santoso');
  });

  // [query, expected names]
  const searches: Array<[string, string[]]> = [
    ['wulan', ['Wulan Sari']],
    ['  WULAN   sari ', ['Wulan Sari']],
    ['ahmad fauzi', ['ahmad  Fauzi']],
    ['santo', ['Budi Santoso']],
    ['kepala bidang', ['ahmad  Fauzi']],
    ['19850312', ['Wulan Sari']],
    ['19700518 200503', ['ahmad  Fauzi']],
    ['2023212150', ['Citra PPPK']],
    ['200', ['ahmad  Fauzi', 'Budi Santoso', 'Wulan Sari']],
    ['tidak ada yang cocok', []],
    ['', ['ahmad  Fauzi', 'Budi Santoso', 'Citra PPPK', 'Wulan Sari']],
  ];
  it.each(searches)('search %j', async (query, expected) => {
    const { h } = await roster();
    expect(names(expectOk(await h.call('people:list', { query })))).toEqual(expected);
  });

  it('combines search and unit filter', async () => {
    const { h, bapenda } = await roster();
    expect(names(expectOk(await h.call('people:list', { query: '19', unitId: bapenda.id })))).toEqual(['ahmad  Fauzi', 'Wulan Sari']);
  });
});
