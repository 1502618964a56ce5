import { describe, expect, it } from 'vitest';
import { expectFail, expectOk, masterFile, unitInput, useHarness } from './harness';

const harness = useHarness();

describe('units', () => {
  it('creates, lists sorted by name, and survives a restart', async () => {
    const h = await harness.open();
    expectOk(await h.call('units:create', unitInput({ nama: 'Kecamatan Ciruas', jenis: 'KECAMATAN', kepalaNip: '' })));
    const bapenda = expectOk(await h.call('units:create', unitInput({ nama: 'Badan Pendapatan Daerah', afirmasi: true })));
    expect(bapenda).toMatchObject({ aktif: true, afirmasi: true, kepalaNip: '197005182005031005' });
    await h.close();
    const again = await harness.open(h.dataDir);
    expect(expectOk(await again.call('units:list', undefined)).map((u) => u.nama)).toEqual(['Badan Pendapatan Daerah', 'Kecamatan Ciruas']);
  });

  it('refuses a second unit with the same name, ignoring case and spaces', async () => {
    const h = await harness.open();
    expectOk(await h.call('units:create', unitInput({ nama: 'Dinas Sosial' })));
    const before = await masterFile(h.dataDir);
    const error = expectFail(await h.call('units:create', unitInput({ nama: '  dinas   SOSIAL ' })), 'DUPLICATE');
    expect(error.message).toContain('Dinas Sosial');
    expect(await masterFile(h.dataDir)).toEqual(before);
  });

  it('updates a unit, refusing a rename onto another unit', async () => {
    const h = await harness.open();
    const a = expectOk(await h.call('units:create', unitInput({ nama: 'Dinas A' })));
    expectOk(await h.call('units:create', unitInput({ nama: 'Dinas B' })));
    expect(expectOk(await h.call('units:update', { id: a.id, data: unitInput({ nama: 'Dinas A', singkatan: 'DA' }) })).singkatan).toBe('DA');
    expectFail(await h.call('units:update', { id: a.id, data: unitInput({ nama: 'dinas b' }) }), 'DUPLICATE');
  });

  it('answers NOT_FOUND for unknown ids', async () => {
    const h = await harness.open();
    expectFail(await h.call('units:update', { id: 'unit-tidak-ada', data: unitInput() }), 'NOT_FOUND');
    expectFail(await h.call('units:setActive', { id: 'unit-tidak-ada', aktif: false }), 'NOT_FOUND');
    expect(await masterFile(h.dataDir)).toBeNull();
  });

  it('hides deactivated units unless asked', async () => {
    const h = await harness.open();
    const unit = expectOk(await h.call('units:create', unitInput()));
    expect(expectOk(await h.call('units:setActive', { id: unit.id, aktif: false })).aktif).toBe(false);
    expect(expectOk(await h.call('units:list', {}))).toEqual([]);
    expect(expectOk(await h.call('units:list', { includeInactive: true })).map((u) => u.id)).toEqual([unit.id]);
  });
});
