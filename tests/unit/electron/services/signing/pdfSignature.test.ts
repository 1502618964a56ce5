import { beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../pdf/fixtures';
import { expectOk, useHarness, type Harness } from '../../handlers/harness';
import { storedDocument, unitWithDrawnPledge } from '../../handlers/printedPledge';
import { beforeIncrementalUpdate, pdfsig } from './poppler';

const harnesses = useHarness();

interface Produced {
  label: string;
  bytes: Uint8Array;
}

async function storedBytes(h: Harness, id: string): Promise<Uint8Array> {
  return new Uint8Array(await storedDocument(h, id));
}

/** Every document kind, printed through the channels with the container's default hooks. */
async function produceEveryKind(h: Harness, kertas: 'A4' | 'F4'): Promise<Produced[]> {
  const { unit, pledge } = await unitWithDrawnPledge(h, kertas, [{ nama: 'Sari Contoh Fiktif', nip: '19860412 201001 2 005' }]);
  const produced: Produced[] = [];
  const single = expectOk(await h.call('pledges:pdf', { id: pledge.id }));
  produced.push({ label: 'pakta', bytes: await storedBytes(h, single.documentId) });

  const started = expectOk(await h.call('pledges:batch', { unitIds: [unit.id], year: 2022, separateFiles: true, date: '2022-06-23' }));
  const batch = await h.services.batches.settled(started.jobId);
  expect(batch.state).toBe('done');
  produced.push({ label: 'pakta-batch', bytes: await storedBytes(h, batch.result?.documentId ?? '') });
  const [file] = batch.result?.files ?? [];
  produced.push({ label: 'pakta-batch per pegawai', bytes: await storedBytes(h, file?.documentId ?? '') });

  const declaration = expectOk(
    await h.call('declarations:create', {
      title: 'Pencanangan Zona Integritas 2022',
      place: 'Serang',
      date: '2022-06-23',
      unitIds: [unit.id],
      signatories: [{ jabatan: 'Bupati Serang', nama: 'Hj. Ratna Fiktif Lestari, S.E.', nip: '' }],
      witnesses: [],
    }),
  );
  produced.push({ label: 'piagam', bytes: await storedBytes(h, expectOk(await h.call('declarations:print', { id: declaration.id })).pdf.documentId) });
  const worksheet = expectOk(await h.call('worksheets:create', { unitId: unit.id, year: 2022 }));
  produced.push({ label: 'lhe', bytes: await storedBytes(h, expectOk(await h.call('reports:printLhe', { id: worksheet.worksheet.id })).pdf.documentId) });
  produced.push({ label: 'rekap', bytes: await storedBytes(h, expectOk(await h.call('reports:recapPdf', { year: 2022 })).documentId) });
  return produced;
}

describe.each(['A4', 'F4'] as const)('the PDF signature on every kind (%s)', (kertas) => {
  let documents: Produced[] = [];
  beforeAll(async () => {
    const h = await harnesses.open();
    documents = await produceEveryKind(h, kertas);
    await h.close();
  }, 120_000);

  it('covers the whole file and pdfsig reports it valid, signed by the installation certificate', async () => {
    expect(documents.map((d) => d.label)).toEqual(['pakta', 'pakta-batch', 'pakta-batch per pegawai', 'piagam', 'lhe', 'rekap']);
    for (const document of documents) {
      const report = await pdfsig(document.bytes);
      expect(report, document.label).toContain('Signature Validation: Signature is Valid.');
      expect(report, document.label).toContain('Total document signed');
      expect(report, document.label).toContain('Signature Type: adbe.pkcs7.detached');
      expect(report, document.label).toContain('Signing Hash Algorithm: SHA-256');
      expect(report, document.label).toContain('Signer Certificate Common Name: ZI Desk – Inspektorat Kabupaten Serang');
      expect(report.match(/Signature #/g), document.label).toHaveLength(1);
    }
  });

  it('signs pledges in the field written while rendering (no incremental update), with the labels in place', async () => {
    for (const document of documents.filter((d) => d.label.startsWith('pakta'))) {
      const text = Buffer.from(document.bytes).toString('latin1');
      expect(text.match(/%%EOF/g), document.label).toHaveLength(1);
      expect(text, document.label).not.toContain('/ZIDeskLabels');
      expect(text, document.label).toContain('/SigFlags 3');
      const reason = /\/Reason <feff([0-9a-f]+)>/.exec(text)?.[1] ?? '';
      expect(Buffer.from(reason, 'hex').swap16().toString('utf16le'), document.label).toBe('Pakta Integritas diterbitkan oleh Inspektorat Kabupaten Serang melalui ZI Desk');
    }
    // pdfmake's documents get the field as an incremental update.
    for (const document of documents.filter((d) => !d.label.startsWith('pakta'))) {
      expect(Buffer.from(document.bytes).toString('latin1').match(/%%EOF/g)?.length, document.label).toBe(2);
    }
  });

  it('leaves the text as it was before signing', async () => {
    for (const document of documents) {
      expect(await pdfText(document.bytes), document.label).toBe(await pdfText(beforeIncrementalUpdate(document.bytes)));
    }
  });

  it('reads as invalid after one byte of the signed range changes', async () => {
    for (const document of documents) {
      const tampered = new Uint8Array(document.bytes);
      const text = Buffer.from(tampered).toString('latin1');
      // A byte inside the first page's content stream: the page still renders, the digest no longer matches.
      const at = text.indexOf('stream', text.indexOf('/Length')) + 40;
      tampered[at] = (tampered[at] ?? 0) ^ 0x01;
      const report = await pdfsig(tampered);
      expect(report, document.label).not.toContain('Signature is Valid');
      expect(report, document.label).toMatch(/Signature Validation: (Digest Mismatch|Signature is Invalid)/);
    }
  });
});
