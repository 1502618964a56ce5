import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectFail, expectOk, masterFile, unitInput, useHarness } from './harness';

const harness = useHarness();

describe('app', () => {
  it('reports version, host, data folder and an empty store', async () => {
    const h = await harness.open();
    expect(expectOk(await h.call('app:status', undefined))).toEqual({
      version: 'test',
      host: 'web',
      dataDir: h.dataDir,
      userName: '',
      notices: [],
      isEmpty: true,
      activeYear: null,
    });
  });

  it('keeps the active evaluation year in preferences across a restart, and clears it with null', async () => {
    const h = await harness.open();
    expect(expectOk(await h.call('app:setActiveYear', { year: 2022 })).activeYear).toBe(2022);
    await h.close();
    const again = await harness.open(h.dataDir);
    expect(expectOk(await again.call('app:status', undefined)).activeYear).toBe(2022);
    expect(expectOk(await again.call('app:setActiveYear', { year: null })).activeYear).toBeNull();
    expect(expectFail(await again.call('app:setActiveYear', { year: 1999 }), 'INVALID_INPUT').message).toMatch(/2000/);
  });

  it('reads a version-1 preferences file (before the active year): migrated, nothing lost', async () => {
    const h = await harness.open();
    await h.close();
    await fsp.writeFile(
      path.join(h.dataDir, 'preferences.json'),
      JSON.stringify({ schemaVersion: 1, data: { userName: 'Dewi Auditor', dismissedNoticesAt: '' } }),
    );
    const again = await harness.open(h.dataDir);
    const status = expectOk(await again.call('app:status', undefined));
    expect(status).toMatchObject({ userName: 'Dewi Auditor', activeYear: null });
  });

  it('is no longer empty once a unit exists', async () => {
    const h = await harness.open();
    expectOk(await h.call('units:create', unitInput()));
    expect(expectOk(await h.call('app:status', {})).isEmpty).toBe(false);
  });

  it('is no longer empty once the institution is filled in', async () => {
    const h = await harness.open();
    expectOk(
      await h.call('settings:save', {
        pemerintahDaerah: 'Pemerintah Kota Contoh',
        namaInspektorat: 'Inspektorat Kota Contoh',
        alamat: '',
        kota: 'Contoh',
        inspektur: { nama: '', nip: '', golongan: '' },
        kertas: 'A4',
      }),
    );
    expect(expectOk(await h.call('app:status', {})).isEmpty).toBe(false);
  });

  it('keeps the user name in preferences, not in the master data', async () => {
    const h = await harness.open();
    expect(expectOk(await h.call('app:setUserName', { name: '  Dewi Auditor  ' })).userName).toBe('Dewi Auditor');
    expect(await masterFile(h.dataDir)).toBeNull();
    await h.close();
    const again = await harness.open(h.dataDir);
    expect(expectOk(await again.call('app:status', undefined)).userName).toBe('Dewi Auditor');
  });

  it('refuses a blank user name', async () => {
    const h = await harness.open();
    const error = expectFail(await h.call('app:setUserName', { name: '   ' }), 'INVALID_INPUT');
    expect(error.message).toBe('Nama pengguna wajib diisi.');
  });

  it('dismisses notices', async () => {
    const h = await harness.open();
    expect(expectOk(await h.call('app:dismissNotices', undefined)).notices).toEqual([]);
  });
});
