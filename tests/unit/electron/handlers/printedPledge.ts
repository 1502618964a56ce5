import { promises as fsp } from 'node:fs';
import { makeSignaturePng } from '../services/pdf/fixtures';
import { expectOk, type Harness } from './harness';

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
