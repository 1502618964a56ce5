import { describe, expect, it } from 'vitest';
import type { DocumentToOpen, FileToOpen, ShellPort } from '../../../../electron/services/documents';
import { CODES, createWorksheet } from '../services/worksheets/helpers';
import { expectFail, expectOk, unitInput, useHarness, type Harness } from './harness';

const harnesses = useHarness();
/** The documents here are stand-in bytes, not PDFs: no signature hook. */
const UNSIGNED = { postProcess: [] };

async function produce(h: Harness, title: string, fileName: string, files?: { fileName: string }[]): Promise<string> {
  const bytes = new TextEncoder().encode('%PDF-1.7\n');
  const meta = await h.services.documents.produce({
    kind: files === undefined ? 'pakta' : 'pakta-batch',
    title,
    fileName,
    sourceIds: [],
    render: async () => ({ bytes, pages: 1, ...(files === undefined ? {} : { files: files.map((file) => ({ fileName: file.fileName, bytes })) }) }),
  });
  return meta.id;
}

/** A shell that records what it was asked, as Electron's would act on it. */
function recordingShell(seen: string[]): ShellPort {
  const describe = (document: DocumentToOpen): string => `${document.id} ${document.saveName} ${document.filePath.endsWith('.pdf') ? 'pdf' : 'other'}`;
  return {
    saveDocument: async (document) => {
      seen.push(`save ${describe(document)}`);
      return { saved: true, fileName: document.saveName, path: `C:\\Users\\budi\\Documents\\${document.saveName}`, url: null };
    },
    showInFolder: async (document) => {
      seen.push(`show ${describe(document)}`);
      return { shown: true };
    },
    openExternal: async (url) => {
      seen.push(`external ${url}`);
      return { opened: true, url: null };
    },
    openFile: async (file: FileToOpen) => {
      seen.push(`file ${file.fileName} ${file.mimeType} ${file.bytes.byteLength}`);
      return { opened: true, url: null };
    },
    chooseFolder: async () => null,
    chooseFile: async () => null,
  };
}

describe('one way to open things', () => {
  it('in the web host: a download URL with the real name, no folder, the address back for a new tab', async () => {
    const h = await harnesses.open(undefined, UNSIGNED);
    const id = await produce(h, 'Pakta Integritas 2022 – Budi Santoso', '199001012015031001_Budi Santoso.pdf');
    expect(expectOk(await h.call('documents:save', { id }))).toEqual({
      saved: false,
      fileName: 'Pakta Integritas 2022 - Budi Santoso.pdf',
      path: null,
      url: `/documents/${id}?unduh=1`,
    });
    expect(expectOk(await h.call('documents:showInFolder', { id }))).toEqual({ shown: false });
    expect(expectOk(await h.call('documents:openExternal', { url: ' https://www.serangkab.go.id/berita?id=1 ' }))).toEqual({
      opened: false,
      url: 'https://www.serangkab.go.id/berita?id=1',
    });
  });

  it('names a per-employee file of a batch after the batch and the employee', async () => {
    const h = await harnesses.open(undefined, UNSIGNED);
    const id = await produce(h, 'Pakta Integritas 2023 – semua unit (2 pegawai, 2 Januari 2023)', 'Pakta Integritas 2023 - semua unit.pdf', [
      { fileName: '198503122010012004_Rina Contoh Fiktif.pdf' },
      { fileName: '198604122010012005_Sari Contoh Fiktif.pdf' },
    ]);
    expect(expectOk(await h.call('documents:save', { id: `${id}_2` })).fileName).toBe('Pakta Integritas 2023 - Sari Contoh Fiktif.pdf');
    expect(expectOk(await h.call('documents:save', { id })).fileName).toBe('Pakta Integritas 2023 - semua unit (2 pegawai, 2 Januari 2023).pdf');
    expectFail(await h.call('documents:save', { id: `${id}_3` }), 'NOT_FOUND');
  });

  it('in Electron: hands the resolved file (never a path from the renderer) and the checked address to the shell', async () => {
    const seen: string[] = [];
    const h = await harnesses.open(undefined, { ...UNSIGNED, shell: recordingShell(seen) });
    const id = await produce(h, 'Pakta Integritas 2022 – Budi Santoso', '199001012015031001_Budi Santoso.pdf');
    expect(expectOk(await h.call('documents:save', { id })).saved).toBe(true);
    expect(expectOk(await h.call('documents:showInFolder', { id }))).toEqual({ shown: true });
    expectOk(await h.call('documents:openExternal', { url: 'HTTPS://Contoh.test/a b' }));
    expect(seen).toEqual([
      `save ${id} Pakta Integritas 2022 - Budi Santoso.pdf pdf`,
      `show ${id} Pakta Integritas 2022 - Budi Santoso.pdf pdf`,
      'external https://contoh.test/a%20b',
    ]);
  });

  it('opens an evidence file through the shell; a reference is not a file', async () => {
    const seen: string[] = [];
    const h = await harnesses.open(undefined, { ...UNSIGNED, shell: recordingShell(seen) });
    const unit = expectOk(await h.call('units:create', unitInput({ nama: 'Dinas Kependudukan dan Pencatatan Sipil' })));
    const { worksheet } = await createWorksheet(h, unit.id, 2022);
    const pdf = Buffer.from('%PDF-1.4\n%%EOF\n');
    expectOk(await h.call('worksheets:addEvidenceFile', { id: worksheet.id, code: CODES.abc, fileName: 'SK Tim ZI.pdf', dataBase64: pdf.toString('base64') }));
    const detail = expectOk(await h.call('worksheets:addEvidenceReference', { id: worksheet.id, code: CODES.abc, text: 'https://contoh.test/sk' }));
    const evidence = detail.worksheet.items[CODES.abc]?.evidence ?? [];
    const file = evidence.find((entry) => entry.kind === 'file');
    const reference = evidence.find((entry) => entry.kind !== 'file');
    expect(expectOk(await h.call('documents:openEvidence', { id: worksheet.id, evidenceId: file?.id ?? '' }))).toEqual({ opened: true, url: null });
    expect(seen).toEqual([`file SK Tim ZI.pdf application/pdf ${pdf.byteLength}`]);
    expectFail(await h.call('documents:openEvidence', { id: worksheet.id, evidenceId: reference?.id ?? '' }), 'INVALID_INPUT');
  });
});
