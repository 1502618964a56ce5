import { PNG } from 'pngjs';
import { toBuffer } from 'qrcode';
import { describe, expect, it } from 'vitest';
import { VERIFICATION_STATE_LABEL } from '../../../../shared/documents';
import { readPdfForVerification } from '../../../../electron/services/sandbox/pdf';
import { PLACEHOLDER_CONSTANTS } from '../../../../electron/services/signing/placeholder';
import { expectFail, expectOk, useHarness, type Harness } from './harness';
import { printedPledge } from './printedPledge';

/**
 * Forgeries of a genuine signed pledge PDF, each made by editing bytes: verification checks the PDF
 * signature over the bytes before the record the file carries, and says why it is not valid.
 */

const harnesses = useHarness();

const LABELS = { name: 'Instalasi Lain', reason: 'Uji', location: 'Serang', contactInfo: '' };

const signedPledge = printedPledge;

const verifyPdf = async (h: Harness, bytes: Uint8Array) => expectOk(await h.call('verification:verify', { pdfBase64: Buffer.from(bytes).toString('base64') }));

/**
 * The file as pdfkit wrote it, before signing: the signature field written while rendering emptied
 * again (ByteRange placeholder, zero `/Contents`, the label slot of spaces), as a forger would.
 */
function unsignedPart(bytes: Buffer): Buffer {
  const pdf = Buffer.from(bytes);
  const text = pdf.toString('latin1');
  const range = text.indexOf('/ByteRange [');
  const placeholder = `/ByteRange [0 /${PLACEHOLDER_CONSTANTS.byteRange} /${PLACEHOLDER_CONSTANTS.byteRange} /${PLACEHOLDER_CONSTANTS.byteRange}]`;
  pdf.write(placeholder, range, 'latin1');
  const contents = text.indexOf('<', text.indexOf('/Contents ', range));
  pdf.fill('0', contents + 1, text.indexOf('>', contents));
  const labels = text.indexOf('/Name <', range);
  const slot = '/ZIDeskLabels (';
  pdf.write(`${slot}${' '.repeat(1536)})`, labels, 'latin1');
  return pdf;
}

/** The Info entries that carry the code and the record, read back and written as plain literal strings. */
function infoEntries(bytes: Buffer): string {
  const { qrPayload, content } = readPdfForVerification(bytes);
  if (!qrPayload || !content) throw new Error('no ZI Desk data');
  return `/Keywords (${qrPayload}) /ZIDeskContent (${Buffer.from(content, 'utf8').toString('base64url')})`;
}

describe('verification of a dropped PDF: the signature over the bytes first', () => {
  it('accepts the genuine file and shows the signer certificate, time, pages, record and signature image', async () => {
    const h = await harnesses.open();
    const { pledge, bytes } = await signedPledge(h);
    const view = await verifyPdf(h, bytes);
    const certificate = (await h.services.signing()).certificate().certificate;
    expect(view).toMatchObject({ valid: true, state: 'SIGNED', stateLabel: 'Sah dan sudah ditandatangani', docId: pledge.id });
    expect(view.pdf).toMatchObject({ certificate: 'current', intact: true, signatureCount: 1, pageCount: 1, signer: { fingerprint256: certificate.fingerprint256 } });
    expect(view.pdf?.signingTime).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(view.signatureImage).toMatch(/^data:image\/png;base64,/);
  });

  it('refuses the record metadata copied into another, unsigned PDF', async () => {
    const h = await harnesses.open();
    const { bytes } = await signedPledge(h);
    const copy = Buffer.from(`%PDF-1.4\n1 0 obj\n<< ${infoEntries(bytes)} >>\nendobj\ntrailer << /Info 1 0 R >>\n%%EOF\n`, 'latin1');
    expect(copy.toString('latin1')).toContain('ZID1.');
    const view = await verifyPdf(h, copy);
    expect(view).toMatchObject({ valid: false, reason: 'UNSIGNED', state: 'UNKNOWN' });
    expect(view.message).toContain('tidak ditandatangani');
  });

  it('refuses a changed byte, an appended update and another signed PDF given the metadata: diubah setelah ditandatangani', async () => {
    const h = await harnesses.open();
    const { bytes } = await signedPledge(h);
    const flipped = Buffer.from(bytes);
    const at = Math.floor(unsignedPart(bytes).length / 2);
    flipped[at] = (flipped[at] ?? 0) ^ 0x01;
    const appended = Buffer.concat([bytes, Buffer.from('\n99 0 obj\n<< /Type /Page >>\nendobj\n%%EOF\n', 'latin1')]);
    // The genuine file's metadata appended to it as an incremental update (an Info dictionary of its own).
    const relabelled = Buffer.concat([bytes, Buffer.from(`\n98 0 obj\n<< ${infoEntries(bytes)} >>\nendobj\ntrailer << /Info 98 0 R >>\n%%EOF\n`, 'latin1')]);
    for (const forged of [flipped, appended, relabelled]) {
      const view = await verifyPdf(h, forged);
      expect(view).toMatchObject({ valid: false, reason: 'MODIFIED_AFTER_SIGNING', state: 'ALTERED', stateLabel: 'Isi diubah' });
      expect(view.message).toContain('diubah setelah ditandatangani');
      expect(view.pdf).toMatchObject({ intact: false });
    }
  });

  it('refuses a file re-signed with a certificate not ours (penerbit tidak dikenal) and a second signature', async () => {
    const h = await harnesses.open();
    const other = await harnesses.open();
    const { bytes } = await signedPledge(h);
    const stranger = await other.services.signing();
    const resigned = await stranger.signPdf(unsignedPart(bytes), LABELS, new Date('2024-01-16T00:00:00Z'));
    const view = await verifyPdf(h, resigned);
    expect(view).toMatchObject({ valid: false, reason: 'UNKNOWN_SIGNER', state: 'UNKNOWN', pdf: { certificate: 'other', intact: true } });
    expect(view.message).toContain('penerbit tidak dikenal');

    // Two signatures: a ZI Desk document is signed once, so a second one is a change after signing.
    const twice = await stranger.signPdf(bytes, LABELS, new Date('2024-01-16T00:00:00Z'));
    const double = await verifyPdf(h, twice);
    expect(double).toMatchObject({ valid: false, reason: 'MULTIPLE_SIGNATURES', state: 'ALTERED', pdf: { signatureCount: 2 } });
  });

  it('still verifies a file signed with a retired certificate of this installation', async () => {
    const h = await harnesses.open();
    const { bytes } = await signedPledge(h);
    await (await h.services.signing()).rotateKeys();
    expect(await verifyPdf(h, bytes)).toMatchObject({ valid: true, state: 'SIGNED', pdf: { certificate: 'retired' } });
  });
});

describe('honest states', () => {
  it('a pledge printed for wet signing: Kode asli, belum ditandatangani — never "Dokumen sah"', async () => {
    const h = await harnesses.open();
    const { pledge, bytes } = await signedPledge(h, true);
    for (const view of [await verifyPdf(h, bytes), expectOk(await h.call('verification:verify', { code: pledge.code }))]) {
      expect(view).toMatchObject({ state: 'AWAITING_SIGNATURE', stateLabel: VERIFICATION_STATE_LABEL.AWAITING_SIGNATURE });
      expect(view.message).not.toContain('Dokumen sah');
    }
  });

  it('a revoked pledge: Dicabut with date and reason; an unknown code: Tidak dikenal', async () => {
    const h = await harnesses.open();
    const { pledge, bytes } = await signedPledge(h);
    expectOk(await h.call('pledges:revoke', { id: pledge.id, reason: 'Salah nama jabatan' }));
    const view = await verifyPdf(h, bytes);
    expect(view).toMatchObject({ state: 'REVOKED', stateLabel: 'Dicabut', revoked: { reason: 'Salah nama jabatan' } });
    expect(view.revoked?.at).toMatch(/^\d{4}-/);
    expect(expectOk(await h.call('verification:verify', { code: 'ZI-00000000-00000000-00000000' }))).toMatchObject({ state: 'UNKNOWN', stateLabel: 'Tidak dikenal' });
  });

  it('another installation under a trusted key: Diterbitkan instalasi lain, with its label, never as our own', async () => {
    const issuer = await harnesses.open();
    const { bytes } = await signedPledge(issuer);
    const exported = expectOk(await issuer.call('verification:exportPublicKey', undefined));
    const other = await harnesses.open();
    expectOk(await other.call('verification:importTrustedKey', { pem: exported.pem, label: 'instalasi ZI Desk ini' }));
    const view = await verifyPdf(other, bytes);
    expect(view).toMatchObject({ state: 'FOREIGN', stateLabel: 'Diterbitkan instalasi lain', issuer: { own: false }, pdf: { certificate: 'other', intact: true } });
    expect(view.message).toMatch(/^Diterbitkan instalasi lain: «instalasi ZI Desk ini»/);
  });

  it('another installation whose certificate is not trusted: penerbit tidak dikenal, even with its code key trusted; its certificate alone makes it known', async () => {
    const issuer = await harnesses.open();
    const { bytes } = await signedPledge(issuer);
    const exported = expectOk(await issuer.call('verification:exportPublicKey', undefined));
    const keyOnly = exported.pem.slice(0, exported.pem.indexOf('-----BEGIN CERTIFICATE-----'));
    const certificateOnly = exported.pem.slice(exported.pem.indexOf('-----BEGIN CERTIFICATE-----'));
    const other = await harnesses.open();
    expectOk(await other.call('verification:importTrustedKey', { pem: keyOnly, label: 'Inspektorat Kabupaten Lebak' }));
    const unknown = await verifyPdf(other, bytes);
    expect(unknown).toMatchObject({ valid: false, reason: 'UNKNOWN_SIGNER', state: 'UNKNOWN', pdf: { certificate: 'other', intact: true } });
    expect(unknown.message).toContain('penerbit tidak dikenal');
    expect(expectOk(await other.call('verification:listTrustedCertificates', undefined))).toEqual([]);
    expect(expectFail(await other.call('verification:importTrustedCertificate', { pem: keyOnly, label: 'Inspektorat Kabupaten Lebak' }), 'INVALID_INPUT').message).toMatch(/tidak memuat sertifikat/);
    const trusted = expectOk(await other.call('verification:importTrustedCertificate', { pem: certificateOnly, label: 'Inspektorat Kabupaten Lebak' }));
    expect(trusted).toMatchObject({ label: 'Inspektorat Kabupaten Lebak', subject: expect.stringContaining('ZI Desk') });
    expect(await verifyPdf(other, bytes)).toMatchObject({ state: 'FOREIGN', issuer: { own: false, label: 'Inspektorat Kabupaten Lebak' } });
    // Its own certificate is never "another installation's".
    const own = expectOk(await issuer.call('verification:exportPublicKey', undefined)).pem;
    expect(expectFail(await issuer.call('verification:importTrustedCertificate', { pem: own.slice(own.indexOf('-----BEGIN CERTIFICATE-----')), label: 'Saya' }), 'INVALID_INPUT').message).toMatch(/sertifikat instalasi ZI Desk ini sendiri/);
  });
});

describe('a photo or scan of the paper', () => {
  it('reads the QR of a PNG through the sandbox and verifies it; an image without QR: QR tidak ditemukan', async () => {
    const h = await harnesses.open();
    const { pledge, bytes } = await signedPledge(h);
    const qr = await toBuffer(readPdfForVerification(bytes).qrPayload ?? '', { type: 'png', margin: 4, scale: 4 });
    const found = expectOk(await h.call('verification:verify', { imageBase64: qr.toString('base64') }));
    expect(found).toMatchObject({ valid: true, state: 'SIGNED', docId: pledge.id, pdf: null });
    const blank = new PNG({ width: 120, height: 80 });
    blank.data.fill(0xff);
    const none = expectOk(await h.call('verification:verify', { imageBase64: PNG.sync.write(blank).toString('base64') }));
    expect(none).toMatchObject({ valid: false, reason: 'NO_QR', state: 'UNKNOWN' });
    expect(none.message).toContain('QR tidak ditemukan');
  });
});
