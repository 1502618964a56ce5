import { describe, expect, it } from 'vitest';
import { expectFail, expectOk, useHarness, type Harness } from './harness';
import { printedPledge } from './printedPledge';

const harnesses = useHarness();

const pledgeWithPdf = (h: Harness) => printedPledge(h);

describe('verification', () => {
  it('accepts the typed code in any spelling, and the dropped PDF', async () => {
    const h = await harnesses.open();
    const { pledge, bytes } = await pledgeWithPdf(h);
    for (const typed of [pledge.code, pledge.code.toLowerCase(), ` ${pledge.code.replace(/-/g, '–')} `]) {
      expect(expectOk(await h.call('verification:verify', { code: typed })), typed).toMatchObject({ valid: true, status: 'VALID', code: pledge.code });
    }
    const dropped = expectOk(await h.call('verification:verify', { pdfBase64: bytes.toString('base64') }));
    expect(dropped).toMatchObject({ valid: true, status: 'VALID', docId: pledge.id, issuer: { own: true }, record: { kind: 'pakta', source: 'tersimpan' } });
    expect(dropped.record?.fields[0]).toEqual({ label: 'Nama', value: pledge.signer.nama });
  });

  it('says why a code is not valid', async () => {
    const h = await harnesses.open();
    const { pledge } = await pledgeWithPdf(h);
    expect(expectOk(await h.call('verification:verify', { code: 'bukan kode' }))).toMatchObject({ valid: false, reason: 'MALFORMED' });
    const wrongDigest = pledge.code.replace(/.$/, (c) => (c === '0' ? '1' : '0'));
    expect(expectOk(await h.call('verification:verify', { code: wrongDigest }))).toMatchObject({ valid: false, reason: 'NOT_FOUND' });
    const notPdf = expectFail(await h.call('verification:verify', { pdfBase64: Buffer.from('teks biasa').toString('base64') }), 'UNSUPPORTED_FILE');
    expect(notPdf.message).toMatch(/bukan PDF/);
    const plainPdf = expectOk(await h.call('verification:verify', { pdfBase64: Buffer.from('%PDF-1.4\n%%EOF').toString('base64') }));
    expect(plainPdf).toMatchObject({ valid: false, reason: 'NO_CODE' });
  });

  it('verifies a PDF from another installation only after its key is trusted, using the content the PDF carries', async () => {
    const issuer = await harnesses.open();
    const { bytes, pledge } = await pledgeWithPdf(issuer);
    const exported = expectOk(await issuer.call('verification:exportPublicKey', undefined));
    const other = await harnesses.open();
    const before = expectOk(await other.call('verification:verify', { pdfBase64: bytes.toString('base64') }));
    expect(before).toMatchObject({ valid: false, reason: 'UNKNOWN_KEY' });
    expectFail(await other.call('verification:importTrustedKey', { pem: 'bukan kunci', label: 'Inspektorat Lain' }), 'INVALID_INPUT');
    const trusted = expectOk(await other.call('verification:importTrustedKey', { pem: exported.pem, label: 'Inspektorat Kabupaten Serang' }));
    expect(trusted.fingerprint).toBe(exported.fingerprint);
    expect(expectOk(await other.call('verification:listTrustedKeys', undefined)).map((k) => k.label)).toEqual(['Inspektorat Kabupaten Serang']);
    const after = expectOk(await other.call('verification:verify', { pdfBase64: bytes.toString('base64') }));
    expect(after).toMatchObject({ valid: true, issuer: { own: false, label: 'Inspektorat Kabupaten Serang' }, record: { kind: 'pakta', source: 'dokumen' } });
    expect(after.record?.fields[0]).toEqual({ label: 'Nama', value: pledge.signer.nama });
    // A typed code needs the stored record: the other installation cannot check it fully.
    expect(expectOk(await other.call('verification:verify', { code: pledge.code }))).toMatchObject({ valid: false, reason: 'NOT_FOUND' });
  });
});

describe('documents:open and the generated files', () => {
  it('answers the web host with a same-origin URL and refuses unknown ids', async () => {
    const h = await harnesses.open();
    const { pdf } = await pledgeWithPdf(h);
    expect(expectOk(await h.call('documents:open', { id: pdf.documentId }))).toEqual({ opened: false, url: `/documents/${pdf.documentId}` });
    expectFail(await h.call('documents:open', { id: 'dok-0123456789abcdef' }), 'NOT_FOUND');
  });
});
