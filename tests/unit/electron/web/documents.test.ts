import { promises as fsp } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startWebHost, type WebHost } from '../../../../electron/web/host';
import { contentDisposition } from '../../../../electron/web/documents';

describe('contentDisposition', () => {
  it('sends the real name as RFC 5987 filename* with an ASCII fallback', () => {
    expect(contentDisposition("Pakta Integritas 2022 - Siti Nur'aini (2).pdf", 'attachment')).toBe(
      `attachment; filename="Pakta Integritas 2022 - Siti Nur'aini (2).pdf"; filename*=UTF-8''Pakta%20Integritas%202022%20-%20Siti%20Nur%27aini%20%282%29.pdf`,
    );
    expect(contentDisposition('Laporan "Ña".pdf', 'inline')).toBe(`inline; filename="Laporan __a_.pdf"; filename*=UTF-8''Laporan%20%22%C3%91a%22.pdf`);
  });
});

/** A one-page PDF (every stored document gets the installation's PDF signature). */
function onePagePdf(): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument();
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
    doc.text('Pakta Integritas');
    doc.end();
  });
}

describe('GET /documents/<id>', () => {
  let root: string;
  let host: WebHost;
  beforeEach(async () => {
    root = await fsp.mkdtemp(path.join(os.tmpdir(), 'zi-desk-web-documents-'));
    host = await startWebHost({ dataDir: path.join(root, 'data'), rendererDir: path.join(root, 'renderer'), version: 'test', log: () => undefined });
  });
  afterEach(async () => {
    await host.close();
    await fsp.rm(root, { recursive: true, force: true });
  });

  it('shows inline and downloads with ?unduh=1, both under the real name', async () => {
    const meta = await host.services.documents.produce({
      kind: 'pakta',
      title: 'Pakta Integritas 2022 – Budi Santoso',
      fileName: '199001012015031001_Budi Santoso.pdf',
      sourceIds: [],
      render: async () => ({ bytes: await onePagePdf(), pages: 1 }),
    });
    const get = (query: string): Promise<Response> => fetch(`${host.url}documents/${meta.id}${query}`, { headers: { 'x-zi-token': host.token } });
    const inline = await get('');
    expect(inline.headers.get('content-disposition')).toMatch(/^inline; filename="Pakta Integritas 2022 - Budi Santoso\.pdf"/);
    const download = await get('?unduh=1');
    expect(download.status).toBe(200);
    expect(download.headers.get('content-disposition')).toBe(
      `attachment; filename="Pakta Integritas 2022 - Budi Santoso.pdf"; filename*=UTF-8''Pakta%20Integritas%202022%20-%20Budi%20Santoso.pdf`,
    );
    const served = new Uint8Array(await download.arrayBuffer());
    expect(Buffer.from(served).equals(await fsp.readFile((await host.services.documents.resolve(meta.id)).filePath))).toBe(true);
  });
});
