import { promises as fsp } from 'node:fs';
import { makeSignaturePng } from '../services/pdf/fixtures';
import { INSTITUTION, expectOk, personInput, unitInput, type Harness } from './harness';

/** A demo person's 2024 pledge (drawn signature, or wet when asked) printed: the pledge and the signed PDF's bytes. */
export async function printedPledge(h: Harness, wet = false) {
  expectOk(await h.call('demo:load', {}));
  const person = expectOk(await h.call('people:list', { unitId: 'demo-bapenda' }))[0];
  if (!person) throw new Error('demo');
  const pledge = expectOk(
    await h.call('pledges:create', {
      signer: { source: 'roster', personId: person.id },
      year: 2024,
      date: '2024-01-15',
      signature: wet ? { kind: 'basah' } : { kind: 'digital', pngBase64: Buffer.from(makeSignaturePng(7)).toString('base64') },
    }),
  );
  const pdf = expectOk(await h.call('pledges:pdf', { id: pledge.id }));
  const resolved = await h.services.documents.resolve(pdf.documentId);
  return { pledge, pdf, bytes: await fsp.readFile(resolved.filePath) };
}

/**
 * The institution on `kertas` paper, Disdukcapil with Rina Contoh Fiktif and the `others`, and Rina's
 * 2022 pledge with a drawn signature (created, not printed).
 */
export async function unitWithDrawnPledge(h: Harness, kertas: 'A4' | 'F4', others: { nama: string; nip: string }[]) {
  expectOk(await h.call('settings:save', { ...INSTITUTION, kertas }));
  const unit = expectOk(await h.call('units:create', unitInput({ nama: 'Dinas Kependudukan dan Pencatatan Sipil', singkatan: 'Disdukcapil' })));
  const person = expectOk(await h.call('people:create', personInput(unit.id, { nama: 'Rina Contoh Fiktif', nip: '19850312 201001 2 004' })));
  for (const other of others) expectOk(await h.call('people:create', personInput(unit.id, other)));
  const pledge = expectOk(
    await h.call('pledges:create', {
      signer: { source: 'roster', personId: person.id },
      year: 2022,
      date: '2022-06-23',
      witness: null,
      signature: { kind: 'digital', pngBase64: Buffer.from(makeSignaturePng(3)).toString('base64') },
    }),
  );
  return { unit, pledge };
}

/** The bytes of a stored generated document. */
export async function storedDocument(h: Harness, id: string): Promise<Buffer> {
  return fsp.readFile((await h.services.documents.resolve(id)).filePath);
}
