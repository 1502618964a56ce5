import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { TINY_PNG_BASE64 } from '../../handlers/harness';
import { CODES, createWorksheet, documentFiles, expectFail, expectOk, openWithUnit, useHarness } from './helpers';

const harnesses = useHarness();

const PDF_BYTES = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const PDF_BASE64 = PDF_BYTES.toString('base64');

async function blobFiles(dataDir: string): Promise<string[]> {
  try {
    const entries = await fsp.readdir(path.join(dataDir, 'blobs'), { recursive: true, withFileTypes: true });
    return entries.filter((entry) => entry.isFile()).map((entry) => entry.name).sort();
  } catch {
    return [];
  }
}

describe('evidence files', () => {
  it('stores a file once by its SHA-256 and lists it with name, size and type on each item', async () => {
    const { h, unitId } = await openWithUnit(harnesses);
    const { worksheet } = await createWorksheet(h, unitId, 2022);
    const id = worksheet.id;
    const first = expectOk(
      await h.call('worksheets:addEvidenceFile', { id, code: CODES.abc, fileName: 'C:\\fakepath\\SK Tim ZI.pdf', dataBase64: PDF_BASE64 }),
    );
    const second = expectOk(await h.call('worksheets:addEvidenceFile', { id, code: CODES.abcd, fileName: 'salinan.pdf', dataBase64: PDF_BASE64 }));
    const hash = createHash('sha256').update(PDF_BYTES).digest('hex');
    expect(first.worksheet.items[CODES.abc]?.evidence).toEqual([
      {
        id: expect.stringMatching(/^[a-z0-9-]{8,64}$/),
        kind: 'file',
        hash,
        name: 'SK Tim ZI.pdf',
        size: PDF_BYTES.length,
        mimeType: 'application/pdf',
        addedAt: expect.any(String),
        addedBy: '(tanpa nama)',
      },
    ]);
    expect(second.worksheet.items[CODES.abcd]?.evidence[0]).toMatchObject({ hash, name: 'salinan.pdf' });
    expect(await blobFiles(h.dataDir)).toEqual([hash]);

    const evidenceId = first.worksheet.items[CODES.abc]?.evidence[0]?.id ?? '';
    const blob = expectOk(await h.call('worksheets:evidenceBlob', { id, evidenceId }));
    expect(blob).toEqual({ fileName: 'SK Tim ZI.pdf', mimeType: 'application/pdf', size: PDF_BYTES.length, dataBase64: PDF_BASE64 });
  });

  it('refuses the same file twice on one item', async () => {
    const { h, unitId } = await openWithUnit(harnesses);
    const { worksheet } = await createWorksheet(h, unitId, 2022);
    const input = { id: worksheet.id, code: CODES.abc, fileName: 'logo.png', dataBase64: TINY_PNG_BASE64 };
    expectOk(await h.call('worksheets:addEvidenceFile', input));
    const error = expectFail(await h.call('worksheets:addEvidenceFile', { ...input, fileName: 'lagi.png' }), 'DUPLICATE');
    expect(error.message).toContain('sudah dilampirkan');
  });

  it.each([
    ['an executable', 'setup.exe', Buffer.from('MZ\x90\x00').toString('base64'), 'UNSUPPORTED_FILE', /tidak didukung/],
    ['a PNG named .pdf', 'bukti.pdf', TINY_PNG_BASE64, 'UNSUPPORTED_FILE', /tidak sesuai dengan jenisnya/],
    ['a binary named .txt', 'catatan.txt', Buffer.from([0x41, 0x00, 0x42]).toString('base64'), 'UNSUPPORTED_FILE', /tidak sesuai/],
    ['an empty file', 'kosong.pdf', '', 'INVALID_INPUT', /kosong/],
    ['a file without extension', 'bukti', PDF_BASE64, 'UNSUPPORTED_FILE', /tidak didukung/],
  ] as const)('refuses %s and stores nothing', async (_name, fileName, dataBase64, code, message) => {
    const { h, unitId } = await openWithUnit(harnesses);
    const { worksheet } = await createWorksheet(h, unitId, 2022);
    const before = await documentFiles(h.dataDir);
    const error = expectFail(await h.call('worksheets:addEvidenceFile', { id: worksheet.id, code: CODES.abc, fileName, dataBase64 }), code);
    expect(error.message).toMatch(message);
    expect(await documentFiles(h.dataDir)).toEqual(before);
    expect(await blobFiles(h.dataDir)).toEqual([]);
  });

  it('refuses a file over 20 MB at the contract, before decoding it', async () => {
    const { h, unitId } = await openWithUnit(harnesses);
    const { worksheet } = await createWorksheet(h, unitId, 2022);
    const dataBase64 = 'A'.repeat(Math.ceil((20 * 1024 * 1024 + 3) / 3) * 4);
    const error = expectFail(await h.raw('worksheets:addEvidenceFile', { id: worksheet.id, code: CODES.abc, fileName: 'besar.pdf', dataBase64 }), 'INVALID_INPUT');
    expect(error.message).toContain('20 MB');
  });

  it('refuses evidence for an unknown item code', async () => {
    const { h, unitId } = await openWithUnit(harnesses);
    const { worksheet } = await createWorksheet(h, unitId, 2022);
    expectFail(await h.call('worksheets:addEvidenceFile', { id: worksheet.id, code: 'Z.1', fileName: 'a.pdf', dataBase64: PDF_BASE64 }), 'NOT_FOUND');
    expectFail(await h.call('worksheets:addEvidenceReference', { id: worksheet.id, code: 'Z.1', text: 'x' }), 'NOT_FOUND');
    expect(await blobFiles(h.dataDir)).toEqual([]);
  });
});

describe('evidence references and removal', () => {
  it('adds a reference, removes evidence by id and keeps the blob', async () => {
    const { h, unitId } = await openWithUnit(harnesses);
    const { worksheet } = await createWorksheet(h, unitId, 2022);
    const id = worksheet.id;
    let detail = expectOk(await h.call('worksheets:addEvidenceReference', { id, code: CODES.ipak, text: '  https://example.go.id/survei-ipak-2022  ' }));
    expect(detail.worksheet.items[CODES.ipak]?.evidence).toMatchObject([{ kind: 'reference', text: 'https://example.go.id/survei-ipak-2022' }]);
    detail = expectOk(await h.call('worksheets:addEvidenceFile', { id, code: CODES.ipak, fileName: 'survei.pdf', dataBase64: PDF_BASE64 }));
    const [reference, file] = detail.worksheet.items[CODES.ipak]?.evidence ?? [];
    if (reference === undefined || file === undefined) throw new Error('evidence missing');

    expectFail(await h.call('worksheets:evidenceBlob', { id, evidenceId: reference.id }), 'INVALID_INPUT');
    detail = expectOk(await h.call('worksheets:removeEvidence', { id, code: CODES.ipak, evidenceId: file.id }));
    expect(detail.worksheet.items[CODES.ipak]?.evidence.map((entry) => entry.id)).toEqual([reference.id]);
    expect(await blobFiles(h.dataDir)).toHaveLength(1);
    expectFail(await h.call('worksheets:removeEvidence', { id, code: CODES.ipak, evidenceId: file.id }), 'NOT_FOUND');
    expectFail(await h.call('worksheets:evidenceBlob', { id, evidenceId: file.id }), 'NOT_FOUND');
    expectFail(await h.raw('worksheets:addEvidenceReference', { id, code: CODES.ipak, text: '   ' }), 'INVALID_INPUT');
  });
});
