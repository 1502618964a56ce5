import { promises as fsp } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createGeneratedDocumentStore } from '../../../../../electron/services/documents';
import { nodeFileOps, type FileOps } from '../../../../../electron/services/files';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => fsp.rm(dir, { recursive: true, force: true })));
});

async function dataDir(): Promise<string> {
  const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'zi-desk-documents-'));
  dirs.push(dir);
  return dir;
}

/** Metadata as earlier versions wrote it, with their kind names. */
async function writeOldDocument(dir: string, id: string, kind: string, files: { fileName: string; size: number }[] = []): Promise<void> {
  const root = path.join(dir, 'documents');
  await fsp.mkdir(root, { recursive: true });
  await fsp.writeFile(path.join(root, `${id}.pdf`), '%PDF-1.7\n');
  for (const file of files) {
    await fsp.mkdir(path.join(root, `${id}-berkas`), { recursive: true });
    await fsp.writeFile(path.join(root, `${id}-berkas`, file.fileName), '%PDF-1.7\n');
  }
  const meta = { id, kind, title: `Dokumen ${kind}`, fileName: `${kind}.pdf`, createdAt: '2022-06-23T01:02:03.000Z', pages: 1, size: 9, sourceIds: ['p0123456789abcdef'], files };
  await fsp.writeFile(path.join(root, `${id}.json`), `${JSON.stringify(meta, null, 1)}\n`);
}

describe('the generated-documents store', () => {
  it('still resolves documents whose metadata uses the old kind names', async () => {
    const dir = await dataDir();
    await writeOldDocument(dir, 'dok-0123456789abcdef', 'pakta-massal', [{ fileName: '198503122010012004_Rina.pdf', size: 9 }]);
    await writeOldDocument(dir, 'dok-fedcba9876543210', 'deklarasi');
    const store = createGeneratedDocumentStore(dir);
    expect(await store.resolve('dok-0123456789abcdef')).toMatchObject({ fileName: 'pakta-massal.pdf', title: 'Dokumen pakta-massal', size: 9 });
    expect(await store.resolve('dok-0123456789abcdef_1')).toMatchObject({ fileName: '198503122010012004_Rina.pdf' });
    expect(await store.resolve('dok-fedcba9876543210')).toMatchObject({ fileName: 'deklarasi.pdf' });
  });

  it('refuses an unknown kind as not found', async () => {
    const dir = await dataDir();
    await writeOldDocument(dir, 'dok-0123456789abcdef', 'surat-lain');
    await expect(createGeneratedDocumentStore(dir).resolve('dok-0123456789abcdef')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('writes the new kind names', async () => {
    const dir = await dataDir();
    const store = createGeneratedDocumentStore(dir);
    const meta = await store.write({ kind: 'piagam', title: 'Piagam', fileName: 'piagam.pdf', pages: 1, sourceIds: ['d0123456789abcdef'], bytes: new TextEncoder().encode('%PDF-1.7\n') });
    const text = await fsp.readFile(path.join(dir, 'documents', `${meta.id}.json`), 'utf8');
    expect(JSON.parse(text)).toMatchObject({ kind: 'piagam' });
  });

  it('lists the metadata of every stored document, skipping unreadable metadata; an empty folder lists nothing', async () => {
    const dir = await dataDir();
    const store = createGeneratedDocumentStore(dir);
    expect(await store.list()).toEqual([]);
    await writeOldDocument(dir, 'dok-0123456789abcdef', 'pakta-massal');
    await writeOldDocument(dir, 'dok-fedcba9876543210', 'surat-lain');
    const meta = await store.write({ kind: 'lhe', title: 'LHE', fileName: 'lhe.pdf', pages: 7, sourceIds: ['unit-2022'], bytes: new TextEncoder().encode('%PDF-1.7\n') });
    const listed = await store.list();
    expect(listed.map((m) => [m.id, m.kind]).sort()).toEqual([['dok-0123456789abcdef', 'pakta-batch'], [meta.id, 'lhe']].sort());
  });
});

const pdf = (text: string) => new TextEncoder().encode(`%PDF-1.7\n${text}\n`);

/** Sets the modification time of everything under `dir` (and itself) to `when`. */
async function age(dir: string, when: Date): Promise<void> {
  for (const entry of await fsp.readdir(dir, { recursive: true })) await fsp.utimes(path.join(dir, entry), when, when);
  await fsp.utimes(dir, when, when);
}

describe('the start-up sweep', () => {
  const batch = (n: number) => ({
    kind: 'pakta-batch' as const,
    title: 'Pakta Integritas 2022 – Dinas Fiktif',
    fileName: 'Pakta Integritas 2022 - Dinas Fiktif.pdf',
    pages: n,
    sourceIds: ['p0123456789abcdef'],
    bytes: pdf('merged'),
    files: Array.from({ length: n }, (_, i) => ({ fileName: `19850312201001200${i}_Pegawai_Fiktif_${i}.pdf`, bytes: pdf(`orang ${i}`) })),
  });

  it('deletes what a crash mid-batch left (per-person files, no metadata) and never-confirmed batches; keeps confirmed ones', async () => {
    const dir = await dataDir();
    const root = path.join(dir, 'documents');
    // Session 1 dies while the batch's merged PDF is being renamed: the per-person files are
    // already under their final names, the metadata is never written.
    let crash: () => void = () => undefined;
    const dying: FileOps = {
      ...nodeFileOps,
      rename: (from, to) => (to.endsWith('.pdf') && !to.includes('-berkas') ? new Promise<void>(() => { crash(); }) : nodeFileOps.rename(from, to)),
    };
    const crashed = new Promise<void>((resolve) => {
      crash = resolve;
    });
    void createGeneratedDocumentStore(dir, { ops: dying }).write(batch(40));
    await crashed;
    // Session 1 also stored a batch whose pledges were never recorded (crash before the record),
    // and one that was recorded and confirmed.
    const first = createGeneratedDocumentStore(dir);
    const unrecorded = await first.write({ ...batch(3), awaitsRecord: true });
    const recorded = await first.write({ ...batch(2), awaitsRecord: true });
    await first.confirm(recorded.id);
    const single = await first.write({ kind: 'lhe', title: 'LHE', fileName: 'lhe.pdf', pages: 1, sourceIds: [], bytes: pdf('lhe') });
    const orphanFolders = (await fsp.readdir(root)).filter((name) => name.endsWith('-berkas') && !name.startsWith(unrecorded.id) && !name.startsWith(recorded.id));
    expect(orphanFolders).toHaveLength(1);
    expect(await fsp.readdir(path.join(root, orphanFolders[0] ?? ''))).toHaveLength(40);
    await age(root, new Date(Date.now() - 3_600_000));

    const next = createGeneratedDocumentStore(dir);
    const report = await next.sweep();

    expect(report.removed.sort()).toEqual([orphanFolders[0]?.replace('-berkas', ''), unrecorded.id].sort());
    expect((await fsp.readdir(root)).sort()).toEqual(
      [`${recorded.id}.json`, `${recorded.id}.pdf`, `${recorded.id}-berkas`, `${single.id}.json`, `${single.id}.pdf`].sort(),
    );
    expect(await next.resolve(`${recorded.id}_2`)).toMatchObject({ fileName: '198503122010012001_Pegawai_Fiktif_1.pdf' });
    await expect(next.resolve(unrecorded.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('leaves recent files alone (a job of this session, or one that just started)', async () => {
    const dir = await dataDir();
    const store = createGeneratedDocumentStore(dir);
    const pending = await store.write({ ...batch(2), awaitsRecord: true });
    expect(await store.sweep()).toEqual({ removed: [] });
    expect(await store.resolve(`${pending.id}_1`)).toMatchObject({ id: `${pending.id}_1` });
  });
});
