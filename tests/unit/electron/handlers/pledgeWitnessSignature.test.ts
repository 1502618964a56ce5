import { execFile } from 'node:child_process';
import { promises as fsp } from 'node:fs';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { encodePng } from '../../../../electron/services/pdf/png';
import { makeSignaturePng, withPdfFile } from '../services/pdf/fixtures';
import { INSTITUTION, expectFail, expectOk, personInput, unitInput, useHarness } from './harness';

/** The witness of a pledge may draw a signature too: stored as a blob, signed, printed and shown on verification. */

const run = promisify(execFile);
const harnesses = useHarness();
const base64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64');
const WITNESS = { nama: 'Drs. Hendra Wijaya Fiktif, M.Si.', nip: '197005182005031005', jabatan: 'Kepala Dinas Kependudukan dan Pencatatan Sipil' };

async function setup() {
  const h = await harnesses.open();
  expectOk(await h.call('settings:save', INSTITUTION));
  const unit = expectOk(await h.call('units:create', unitInput({ nama: 'Dinas Kependudukan dan Pencatatan Sipil', singkatan: 'Disdukcapil' })));
  const rina = expectOk(await h.call('people:create', personInput(unit.id, { nama: 'Rina Contoh Fiktif', nip: '19850312 201001 2 004' })));
  const dodi = expectOk(await h.call('people:create', personInput(unit.id, { nama: 'Dodi Contoh Fiktif', nip: '19870512 201101 1 003' })));
  return { h, rina, dodi };
}

describe("the witness's drawn signature", () => {
  it('is stored, signed, printed in the witness block and shown on verification beside the signer', async () => {
    const { h, rina, dodi } = await setup();
    const pledge = expectOk(
      await h.call('pledges:create', {
        signer: { source: 'roster', personId: rina.id },
        year: 2022,
        date: '2022-06-23',
        witness: { ...WITNESS, signaturePngBase64: base64(makeSignaturePng(11)) },
        signature: { kind: 'digital', pngBase64: base64(makeSignaturePng(3)) },
      }),
    );
    expect(pledge.witness?.signatureSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(await h.services.blobs.has(pledge.witness?.signatureSha256 ?? '')).toBe(true);

    const pdf = expectOk(await h.call('pledges:pdf', { id: pledge.id }));
    const bytes = await fsp.readFile((await h.services.documents.resolve(pdf.documentId)).filePath);
    const images = await withPdfFile(bytes, async (file) => (await run('pdfimages', ['-list', file])).stdout);
    // The signer's and the witness's signature (the institution has no logo).
    expect(images.split('\n').filter((line) => /^\s*1\s+\d+\s+image\s/.test(line))).toHaveLength(2);

    const view = expectOk(await h.call('verification:verify', { code: pledge.code }));
    expect(view).toMatchObject({ valid: true, status: 'VALID' });
    expect(view.signatureImage).toMatch(/^data:image\/png;base64,/);
    expect(view.witnessSignatureImage).toMatch(/^data:image\/png;base64,/);
    expect(view.witnessSignatureImage).not.toBe(view.signatureImage);

    // Without a drawing the witness signs on paper: no field, and nothing shown.
    const plain = expectOk(
      await h.call('pledges:create', { signer: { source: 'roster', personId: dodi.id }, year: 2022, date: '2022-06-23', witness: WITNESS, signature: { kind: 'basah' } }),
    );
    expect(plain.witness).toEqual(WITNESS);
    expect(expectOk(await h.call('verification:verify', { code: plain.code })).witnessSignatureImage).toBeNull();
  });

  it('refuses an empty drawing of the witness, naming the witness, and stores nothing', async () => {
    const { h, rina } = await setup();
    const blank = encodePng(40, 20, new Uint8Array(40 * 20 * 4), 4);
    const failure = expectFail(
      await h.call('pledges:create', {
        signer: { source: 'roster', personId: rina.id },
        year: 2022,
        date: '2022-06-23',
        witness: { ...WITNESS, signaturePngBase64: base64(blank) },
        signature: { kind: 'basah' },
      }),
      'INVALID_INPUT',
    );
    expect(failure.message).toMatch(/^Tanda tangan saksi: /);
    expect(failure.issues?.map((issue) => issue.path)).toContain('witness.signaturePngBase64');
    expect(expectOk(await h.call('pledges:registry', { year: 2022 })).coverage.signed).toBe(0);
  });
});
