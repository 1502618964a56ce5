import { promises as fsp } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PostProcess, PostProcessMeta } from '../../../../../electron/services/documents';
import { expectOk, useHarness, type Harness } from '../../handlers/harness';
import { storedDocument, unitWithDrawnPledge } from '../../handlers/printedPledge';

const harnesses = useHarness();

/** A hook that appends a PDF comment naming what it was given, so each stored file shows it ran. */
function markingHook(seen: PostProcessMeta[]): PostProcess {
  return async (bytes, meta) => {
    seen.push(meta);
    const mark = new TextEncoder().encode(`\n%ZI-MARK ${meta.kind} ${meta.part} ${meta.fileName}\n`);
    const out = new Uint8Array(bytes.byteLength + mark.byteLength);
    out.set(bytes);
    out.set(mark, bytes.byteLength);
    return out;
  };
}

async function stored(h: Harness, id: string): Promise<string> {
  return (await storedDocument(h, id)).toString('latin1');
}

describe('the document pipeline', () => {
  it('runs the post-process hooks over every kind, and over each per-person file of a batch', async () => {
    const seen: PostProcessMeta[] = [];
    const h = await harnesses.open(undefined, { postProcess: [markingHook(seen)] });
    const { unit, pledge } = await unitWithDrawnPledge(h, 'F4', [
      { nama: 'Sari Contoh Fiktif', nip: '19860412 201001 2 005' },
      { nama: 'Tono Contoh Fiktif', nip: '19870512 201001 1 006' },
    ]);
    const single = expectOk(await h.call('pledges:pdf', { id: pledge.id }));
    expect(await stored(h, single.documentId)).toMatch(/%ZI-MARK pakta document .+\.pdf\n$/);

    const started = expectOk(await h.call('pledges:batch', { unitIds: [unit.id], year: 2022, separateFiles: true, date: '2022-06-23' }));
    const batch = await h.services.batches.settled(started.jobId);
    expect(batch.state).toBe('done');
    expect(await stored(h, batch.result?.documentId ?? '')).toMatch(/%ZI-MARK pakta-batch document .+\.pdf\n$/);
    expect(batch.result?.files).toHaveLength(2);
    for (const file of batch.result?.files ?? []) {
      expect(await stored(h, file.documentId)).toContain(`%ZI-MARK pakta-batch file ${file.fileName}\n`);
    }

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
    const piagam = expectOk(await h.call('declarations:print', { id: declaration.id })).pdf;
    expect(await stored(h, piagam.documentId)).toMatch(/%ZI-MARK piagam document .+\.pdf\n$/);

    const worksheet = expectOk(await h.call('worksheets:create', { unitId: unit.id, year: 2022 }));
    const lhe = expectOk(await h.call('reports:printLhe', { id: worksheet.worksheet.id })).pdf;
    expect(await stored(h, lhe.documentId)).toMatch(/%ZI-MARK lhe document .+\.pdf\n$/);

    const recap = expectOk(await h.call('reports:recapPdf', { year: 2022 }));
    expect(await stored(h, recap.documentId)).toMatch(/%ZI-MARK rekap document .+\.pdf\n$/);

    expect(new Set(seen.map((meta) => meta.kind))).toEqual(new Set(['pakta', 'pakta-batch', 'piagam', 'lhe', 'rekap']));
    expect(seen.filter((meta) => meta.part === 'file')).toHaveLength(2);
  });

  it('opens documents through the port the container was given', async () => {
    const opened: string[] = [];
    // The stand-in bytes below are no complete PDF, so the default signing hook is left out.
    const h = await harnesses.open(undefined, {
      postProcess: [],
      openDocument: async (document) => {
        opened.push(`${document.id} ${document.fileName} ${document.filePath.startsWith(h.services.documents.root) ? 'inside' : 'outside'}`);
        return { opened: true, url: null };
      },
    });
    const meta = await h.services.documents.produce({
      kind: 'rekap',
      title: 'Uji',
      fileName: 'uji.pdf',
      sourceIds: [],
      render: async () => ({ bytes: new TextEncoder().encode('%PDF-1.7\n'), pages: 1 }),
    });
    expect(expectOk(await h.call('documents:open', { id: meta.id }))).toEqual({ opened: true, url: null });
    expect(opened).toEqual([`${meta.id} uji.pdf inside`]);
  });

  it('stores nothing when a hook fails', async () => {
    const failing: PostProcess = async () => {
      throw new Error('hook failed');
    };
    const h = await harnesses.open(undefined, { postProcess: [failing] });
    const meta = h.services.documents.produce({
      kind: 'lhe',
      title: 'Uji',
      fileName: 'uji.pdf',
      sourceIds: [],
      render: async () => ({ bytes: new TextEncoder().encode('%PDF-1.7\n'), pages: 1 }),
    });
    await expect(meta).rejects.toThrow('hook failed');
    await expect(fsp.readdir(h.services.documents.root)).rejects.toThrow();
  });
});
