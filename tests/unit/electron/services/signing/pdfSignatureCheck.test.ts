import { beforeAll, describe, expect, it } from 'vitest';
import { pledgePdf } from '../../../../../electron/services/pdf/pledge';
import { createSigningService, type SigningService } from '../../../../../electron/services/signing';
import { checkPdfSignature } from '../../../../../electron/services/signing/pdfSignatureCheck';
import { canonicalPledgeContent } from '../../../../../shared/pakta/canonical';
import { freshTempDirs } from '../../../support/tempDirs';
import { makeLogoPng, sampleInstitution, samplePledge } from '../pdf/fixtures';

const tempDir = freshTempDirs('zi-pdfcheck-');
const LABELS = { name: 'Inspektorat Kabupaten Serang', reason: 'Pakta Integritas', location: 'Serang', contactInfo: '' };
const SIGNED_AT = new Date('2026-12-06T03:04:05Z');

let unsigned: Uint8Array;
beforeAll(async () => {
  const pledge = samplePledge();
  const service = await createSigningService(await tempDir());
  unsigned = await pledgePdf({ pledge, signatureImage: null, verification: service.signDocument(canonicalPledgeContent(pledge)) }, { institution: sampleInstitution(makeLogoPng()), paper: 'A4' });
});

async function signedBy(service: SigningService): Promise<Uint8Array> {
  return service.signPdf(unsigned, LABELS, SIGNED_AT);
}

describe('checkPdfSignature', () => {
  it('reads the signer, the signing time and a valid signature over the whole file', async () => {
    const service = await createSigningService(await tempDir());
    const check = checkPdfSignature(await signedBy(service));
    expect(check).toMatchObject({ signatureCount: 1, signingTime: SIGNED_AT.toISOString(), coversWholeFile: true, digestMatches: true, signatureValid: true });
    expect(check?.signer.fingerprint256).toBe(service.certificate().certificate.fingerprint256);
  });

  it('refuses a hostile /Contents by its size before parsing it, with a reason', () => {
    const head = '%PDF-1.7\n1 0 obj\n<< /Type /Sig /ByteRange [0 52 200054 20] /Contents <';
    const hostile = Buffer.from(`${head}${'3082'.repeat(50_000)}> >>\nendobj\n%%EOF\n`, 'latin1');
    expect(() => checkPdfSignature(hostile)).toThrow(expect.objectContaining({ code: 'TOO_LARGE', message: expect.stringMatching(/tidak wajar besarnya/) }));
  });

  it('finds no signature in an unsigned PDF or in bytes that are no PDF', () => {
    expect(checkPdfSignature(unsigned)).toBeNull();
    expect(checkPdfSignature(new TextEncoder().encode('bukan PDF /ByteRange [0 1 2 3]'))).toBeNull();
  });

  it('sees a changed byte: the digest no longer matches', async () => {
    const signed = await signedBy(await createSigningService(await tempDir()));
    const tampered = new Uint8Array(signed);
    const at = Buffer.from(signed).indexOf('stream') + 40;
    tampered[at] = (tampered[at] ?? 0) ^ 1;
    expect(checkPdfSignature(tampered)).toMatchObject({ coversWholeFile: true, digestMatches: false, signatureValid: true });
  });

  it('sees bytes appended after signing (an incremental update): the signature no longer covers the file', async () => {
    const signed = await signedBy(await createSigningService(await tempDir()));
    const appended = Buffer.concat([Buffer.from(signed), Buffer.from('\n1 0 obj\n<< /Title (Palsu) >>\nendobj\n%%EOF\n')]);
    expect(checkPdfSignature(appended)).toMatchObject({ coversWholeFile: false, digestMatches: true, signatureValid: true });
  });

  it('tells signers apart: a document of another installation names its certificate', async () => {
    const own = await createSigningService(await tempDir());
    const other = await createSigningService(await tempDir());
    const check = checkPdfSignature(await signedBy(other));
    expect(check?.signatureValid).toBe(true);
    expect(check?.signer.fingerprint256).not.toBe(own.certificate().certificate.fingerprint256);
  });
});
