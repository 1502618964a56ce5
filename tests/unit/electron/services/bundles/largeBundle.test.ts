import { randomBytes } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { CODES, createWorksheet } from '../worksheets/helpers';
import { expectOk, unitInput, useHarness, type Harness } from '../../handlers/harness';
import { exportBundle, failedExport, flipMiddleByte, withStickReturning } from './support';

/**
 * A bundle over 16 MB is read back through the parsing sandbox after writing (smaller ones on the
 * main thread, see bundles.test.ts): the same checks, the same refusal when the stick gives back
 * other bytes than were written.
 */

const harnesses = useHarness();
const YEAR = 2022;
const MB = 1024 * 1024;

/** An evidence "PDF" of incompressible bytes, so the bundle's size is what it carries. */
function largeEvidence(bytes: number): string {
  return Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(bytes), Buffer.from('\n%%EOF\n')]).toString('base64');
}

/** Laptop A with one worksheet of 2022 holding two 9 MB evidence files. */
async function laptopWithLargeEvidence(): Promise<Harness> {
  const a = await harnesses.open();
  const unit = expectOk(await a.call('units:create', unitInput({ nama: 'Dinas Kependudukan dan Pencatatan Sipil' })));
  const { worksheet } = await createWorksheet(a, unit.id, YEAR);
  for (const [index, code] of [CODES.abc, CODES.yaTidak].entries()) {
    expectOk(await a.call('worksheets:addEvidenceFile', { id: worksheet.id, code, fileName: `Laporan ${index + 1}.pdf`, dataBase64: largeEvidence(9 * MB) }));
  }
  return a;
}

describe('a bundle over 16 MB', () => {
  it('is read back in the sandbox: written whole it is named and previews on the other laptop; a flipped byte fails the job and leaves no file', async () => {
    const a = await laptopWithLargeEvidence();
    const readBundle = vi.spyOn(a.services.sandbox, 'readBundle');
    const out = await harnesses.tempDir();

    const file = await exportBundle(a, out, { years: [YEAR], kinds: ['worksheets', 'master'] });
    expect((await fsp.stat(file)).size).toBeGreaterThan(16 * MB);
    expect(readBundle).toHaveBeenCalledTimes(1);
    expect(readBundle.mock.calls[0]?.[0].byteLength).toBeGreaterThan(16 * MB);
    const b = await harnesses.open();
    const preview = expectOk(await b.call('bundles:preview', { path: file }));
    expect(preview.worksheets.map((w) => w.isNew)).toEqual([true]);

    const damagedOut = await harnesses.tempDir();
    const readsBefore = readBundle.mock.calls.length;
    // The stick answers a read of the bundle just written with one byte changed inside a blob.
    const failure = await withStickReturning(flipMiddleByte, () => failedExport(a, damagedOut, { years: [YEAR], kinds: ['worksheets', 'master'] }));
    expect(failure).toMatch(/tidak terbaca kembali dengan benar: .*rusak.*Berkas itu telah dihapus/);
    expect(readBundle).toHaveBeenCalledTimes(readsBefore + 1);
    expect(await fsp.readdir(damagedOut)).toEqual([]);
    expect(await fsp.readdir(out)).toEqual([path.basename(file)]);
  }, 120_000);
});
