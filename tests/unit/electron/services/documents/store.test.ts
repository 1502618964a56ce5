import { promises as fsp } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createGeneratedDocumentStore } from '../../../../../electron/services/documents';

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
