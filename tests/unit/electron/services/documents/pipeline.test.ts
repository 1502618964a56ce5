import { promises as fsp } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PostProcess, PostProcessMeta, RenderedFile } from '../../../../../electron/services/documents';
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

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Files delivered one by one, as the PDF worker streams them; `events` logs what happened when. */
async function* streamedFiles(names: string[], events: string[], failAfter?: number): AsyncGenerator<RenderedFile> {
  for (const [index, fileName] of names.entries()) {
    if (index === failAfter) throw new Error('render failed');
    await new Promise((resolve) => setTimeout(resolve, 1));
    events.push(`rendered ${fileName}`);
    yield { fileName, bytes: encode(`%PDF-1.7\n% ${fileName}\n`) };
  }
}

/** The documents folder's files, or none when it was never created. */
async function documentsFolder(h: Harness): Promise<string[]> {
  return fsp.readdir(h.services.documents.root, { recursive: true }).catch(() => []);
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

  it('post-processes streamed files as they arrive, in order, and stores them once all are in', async () => {
    const events: string[] = [];
    const hook: PostProcess = async (bytes, meta) => {
      events.push(`processed ${meta.fileName}`);
      return bytes;
    };
    const h = await harnesses.open(undefined, { postProcess: [hook] });
    const names = ['1_Satu.pdf', '2_Dua.pdf', '3_Tiga.pdf'];
    const meta = await h.services.documents.produce({
      kind: 'pakta-batch',
      title: 'Uji',
      fileName: 'uji.pdf',
      sourceIds: [],
      render: async () => ({ bytes: encode('%PDF-1.7\n'), pages: 1, files: streamedFiles(names, events) }),
    });
    expect(events).toEqual(['processed uji.pdf', ...names.flatMap((name) => [`rendered ${name}`, `processed ${name}`])]);
    expect(meta.files.map((file) => file.fileName)).toEqual(names);
    expect((await storedDocument(h, `${meta.id}_2`)).toString('latin1')).toContain('% 2_Dua.pdf');
  });

  it('stores nothing when the file stream fails midway, and closes it when the document fails first', async () => {
    const h = await harnesses.open(undefined, { postProcess: [] });
    const events: string[] = [];
    const midway = h.services.documents.produce({
      kind: 'pakta-batch',
      title: 'Uji',
      fileName: 'uji.pdf',
      sourceIds: [],
      render: async () => ({ bytes: encode('%PDF-1.7\n'), pages: 1, files: streamedFiles(['1_Satu.pdf', '2_Dua.pdf', '3_Tiga.pdf'], events, 2) }),
    });
    await expect(midway).rejects.toThrow('render failed');
    expect(events).toEqual(['rendered 1_Satu.pdf', 'rendered 2_Dua.pdf']);
    expect(await documentsFolder(h)).toEqual([]);

    let closed = false;
    const files: AsyncIterable<RenderedFile> = {
      [Symbol.asyncIterator]: () => ({
        next: async () => ({ done: true, value: undefined }),
        return: async () => {
          closed = true;
          return { done: true, value: undefined };
        },
      }),
    };
    const failing: PostProcess = async () => {
      throw new Error('hook failed');
    };
    const first = await harnesses.open(undefined, { postProcess: [failing] });
    const document = first.services.documents.produce({ kind: 'pakta-batch', title: 'Uji', fileName: 'uji.pdf', sourceIds: [], render: async () => ({ bytes: encode('%PDF-1.7\n'), pages: 1, files }) });
    await expect(document).rejects.toThrow('hook failed');
    expect(closed).toBe(true);
    expect(await documentsFolder(first)).toEqual([]);
  });

  it('a batch whose signature fails on a streamed file stores no file and no pledge, and the next batch prints', async () => {
    let failNext = true;
    const failSecondFile: PostProcess = async (bytes, meta) => {
      if (meta.part === 'file' && meta.fileName.includes('Tono') && failNext) {
        failNext = false;
        throw new Error('signature failed');
      }
      return bytes;
    };
    const h = await harnesses.open(undefined, { postProcess: [failSecondFile] });
    const { unit } = await unitWithDrawnPledge(h, 'A4', [
      { nama: 'Sari Contoh Fiktif', nip: '19860412 201001 2 005' },
      { nama: 'Tono Contoh Fiktif', nip: '19870512 201001 1 006' },
      { nama: 'Wati Contoh Fiktif', nip: '19880612 201001 2 007' },
    ]);
    const input = { unitIds: [unit.id], year: 2022, separateFiles: true, date: '2022-06-23' };
    const failed = await h.services.batches.settled(expectOk(await h.call('pledges:batch', input)).jobId);
    expect(failed).toMatchObject({ state: 'failed', result: null });
    expect(await documentsFolder(h)).toEqual([]);
    expect(expectOk(await h.call('pledges:registry', { unitId: unit.id, year: 2022 })).coverage.byStatus.BELUM).toBe(3);

    const again = await h.services.batches.settled(expectOk(await h.call('pledges:batch', input)).jobId);
    expect(again).toMatchObject({ state: 'done', done: 6, total: 6 });
    expect(again.result?.files.map((file) => file.fileName)).toEqual([
      '198604122010012005_Sari Contoh Fiktif.pdf',
      '198705122010011006_Tono Contoh Fiktif.pdf',
      '198806122010012007_Wati Contoh Fiktif.pdf',
    ]);
  });
});
