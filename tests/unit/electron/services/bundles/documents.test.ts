import { promises as fsp } from 'node:fs';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { BundleKind, BundleManifest } from '../../../../../shared/bundles';
import type { InputOf, Contract } from '../../../../../shared/contract';
import type { DeclarationInput } from '../../../../../shared/declarations';
import { makeSignaturePng } from '../pdf/fixtures';
import { INSTITUTION, expectOk, personInput, unitInput, useHarness, type Harness } from '../../handlers/harness';

const harnesses = useHarness();
const YEAR = 2022;
type CreateInput = InputOf<Contract['pledges']['create']>;
const SIGNATURE_BASE64 = Buffer.from(makeSignaturePng(3)).toString('base64');

async function exportBundle(h: Harness, destination: string, kinds: BundleKind[] = ['master', 'documents'], unitIds: string[] = []): Promise<string> {
  const { jobId } = expectOk(await h.call('bundles:export', { destination, years: [YEAR], unitIds, kinds }));
  for (;;) {
    const status = expectOk(await h.call('bundles:exportStatus', { jobId }));
    if (status.state === 'failed') throw new Error(status.error ?? 'failed');
    if (status.state === 'done' && status.result) return status.result.file;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

function declaration(unitId: string): DeclarationInput {
  return {
    title: 'Pencanangan Pembangunan Zona Integritas Disdukcapil 2022',
    place: 'Serang',
    date: '2022-03-10',
    unitIds: [unitId],
    signatories: [
      { jabatan: 'Bupati Serang', nama: 'Hj. Ratna Fiktif Lestari, S.E.', nip: '' },
      { jabatan: 'Kepala Dinas Kependudukan dan Pencatatan Sipil', nama: 'Ahmad Fiktif, S.STP., M.Si.', nip: '19750210 200212 1 003' },
    ],
    witnesses: [],
  };
}

/**
 * Laptop A (the Inspektorat's) with Disdukcapil, two employees, a wet pledge (printed), a digital
 * pledge with a drawn signature, and a declaration covering the unit; laptop B fresh.
 */
async function laptops() {
  const a = await harnesses.open();
  const b = await harnesses.open();
  expectOk(await a.call('settings:save', INSTITUTION));
  expectOk(await b.call('settings:save', INSTITUTION));
  expectOk(await a.call('app:setUserName', { name: 'Ketua Tim Rahmat' }));
  const unit = expectOk(await a.call('units:create', unitInput({ nama: 'Dinas Kependudukan dan Pencatatan Sipil', singkatan: 'Disdukcapil' })));
  const rina = expectOk(await a.call('people:create', personInput(unit.id, { nama: 'Rina Contoh Fiktif', nip: '19850312 201001 2 004', golongan: 'III/d' })));
  const budi = expectOk(await a.call('people:create', personInput(unit.id, { nama: 'Budi Fiktif Santoso', nip: '19900101 201503 1 002', golongan: 'III/a' })));
  const input = (personId: string, signature: CreateInput['signature']): CreateInput => ({ signer: { source: 'roster', personId }, year: YEAR, date: '2022-06-23', witness: null, signature });
  const wet = expectOk(await a.call('pledges:print', input(rina.id, { kind: 'basah' }))).pledge;
  const digital = expectOk(await a.call('pledges:create', input(budi.id, { kind: 'digital', pngBase64: SIGNATURE_BASE64 })));
  const piagam = expectOk(await a.call('declarations:create', declaration(unit.id)));
  return { a, b, unit, wet, digital, piagam, out: await harnesses.tempDir() };
}

function readZip(bytes: Uint8Array): { manifest: BundleManifest; files: Record<string, Uint8Array> } {
  const files = unzipSync(bytes);
  const manifest = JSON.parse(Buffer.from(files['manifest.json'] as Uint8Array).toString('utf8')) as BundleManifest;
  return { manifest, files };
}

const json = <T>(bytes: Uint8Array | undefined): T => JSON.parse(Buffer.from(bytes as Uint8Array).toString('utf8')) as T;

describe('bundles carry pledges and declarations ("Pakta & piagam")', () => {
  it('exports the pledges this laptop issued with their texts, blobs and whole status log, and the declarations of the year', async () => {
    const { a, wet, digital, piagam, out } = await laptops();
    const file = await exportBundle(a, out);
    const { manifest, files } = readZip(await fsp.readFile(file));
    expect(manifest.selection.kinds).toEqual(['master', 'documents']);
    expect(manifest.counts).toMatchObject({ pledges: 2, declarations: 1 });
    const names = manifest.entries.map((entry) => entry.name);
    expect(names).toEqual(expect.arrayContaining(['documents/issuer.json', 'documents/pledges-2022.json', 'documents/declarations.json']));
    const year = json<{ year: number; pledges: { id: string; textRef: string; signature: { imageSha256: string | null } }[]; texts: Record<string, unknown>; events: unknown[] }>(files['documents/pledges-2022.json']);
    expect(year.year).toBe(YEAR);
    expect(year.pledges.map((p) => p.id).sort()).toEqual([wet.id, digital.id].sort());
    expect(Object.keys(year.texts)).toEqual([...new Set(year.pledges.map((p) => p.textRef))]);
    expect(Array.isArray(year.events)).toBe(true);
    // The drawn signature travels as a blob.
    const drawn = year.pledges.find((p) => p.id === digital.id)?.signature.imageSha256;
    expect(drawn).toMatch(/^[0-9a-f]{64}$/);
    expect(names).toContain(`blobs/${drawn}`);
    expect(json<{ records: { id: string }[] }>(files['documents/declarations.json']).records.map((r) => r.id)).toEqual([piagam.id]);
    const issuer = json<{ installationId: string; fingerprint: string; certificatePem: string }>(files['documents/issuer.json']);
    expect(issuer).toMatchObject({ installationId: a.services.installation.id, fingerprint: manifest.sender.fingerprint });
    expect(issuer.certificatePem).toContain('BEGIN CERTIFICATE');

    // Without the kind, or for a unit without pledges, nothing of it is written.
    const plain = readZip(await fsp.readFile(await exportBundle(a, out, ['master'])));
    expect(plain.manifest.entries.some((entry) => entry.name.startsWith('documents/'))).toBe(false);
    const other = expectOk(await a.call('units:create', unitInput({ nama: 'Badan Pendapatan Daerah', singkatan: 'Bapenda' })));
    const none = readZip(await fsp.readFile(await exportBundle(a, out, ['documents'], [other.id])));
    expect(none.manifest.entries.some((entry) => entry.name.startsWith('documents/'))).toBe(false);
  });
});
