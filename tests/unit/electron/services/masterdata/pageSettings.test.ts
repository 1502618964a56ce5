import { promises as fsp } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { masterSpec } from '../../../../../electron/services/masterdata';
import { createStorage, type Storage } from '../../../../../electron/services/storage';
import { emptyInstitution, institutionInputSchema } from '../../../../../shared/masterdata/schemas';

/** The page standard's settings stored with the institution: defaults for old files, validated input. */

const dirs: string[] = [];
const open: Storage[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((storage) => storage.close().catch(() => undefined)));
  await Promise.all(dirs.splice(0).map((dir) => fsp.rm(dir, { recursive: true, force: true })));
});

/** An institution as version 1 stored it: no margins, no family. */
const { margin: _margin, huruf: _huruf, ...empty } = emptyInstitution();
const institutionV1 = { ...empty, pemerintahDaerah: 'Pemerintah Kabupaten Serang', namaInspektorat: 'Inspektorat Kabupaten Serang', kota: 'Serang', kertas: 'A4' as const };

describe('master data version 1 → 2', () => {
  it('reads an old file with the page standard defaults: margins 20/30/20/20 mm and Arimo', async () => {
    const dataDir = await fsp.mkdtemp(path.join(os.tmpdir(), 'zi-master-v1-'));
    dirs.push(dataDir);
    await fsp.writeFile(path.join(dataDir, 'master.json'), JSON.stringify({ schemaVersion: 1, data: { institution: institutionV1, units: [], people: [] } }));
    const storage = await createStorage({ dataDir });
    open.push(storage);
    const { data } = await storage.open(masterSpec);
    expect(data.institution).toEqual({ ...institutionV1, margin: { top: 20, left: 30, right: 20, bottom: 20 }, huruf: 'Arimo' });
  });
});

describe('the settings form', () => {
  const input = { ...institutionV1, inspektur: { ...institutionV1.inspektur } };

  it('keeps the defaults when a caller sends no page settings, and takes the chosen ones', () => {
    expect(institutionInputSchema.parse(input)).toMatchObject({ margin: { top: 20, left: 30, right: 20, bottom: 20 }, huruf: 'Arimo' });
    expect(institutionInputSchema.parse({ ...input, margin: { top: 25, left: 35, right: 15, bottom: 22.5 }, huruf: 'Bonum' })).toMatchObject({
      margin: { top: 25, left: 35, right: 15, bottom: 22.5 },
      huruf: 'Bonum',
    });
  });

  it('refuses margins out of range and an unknown family, in Indonesian', () => {
    const result = institutionInputSchema.safeParse({ ...input, margin: { top: 5, left: 60, right: Number.NaN, bottom: 20 }, huruf: 'Comic' });
    expect(result.success).toBe(false);
    const messages = result.error?.issues.map((issue) => issue.message) ?? [];
    expect(messages).toEqual(
      expect.arrayContaining(['Margin atas paling kecil 10 mm.', 'Margin kiri paling besar 45 mm.', 'Margin kanan harus berupa angka (mm).', 'Jenis huruf dokumen harus Arimo atau TeX Gyre Bonum.']),
    );
  });
});
