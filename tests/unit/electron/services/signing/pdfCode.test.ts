import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { declarationPdf } from '../../../../../electron/services/pdf/declaration';
import { pledgeBatchPdf, pledgePdf } from '../../../../../electron/services/pdf/pledge';
import { createSigningService, extractCodeFromPdf, type SigningService } from '../../../../../electron/services/signing';
import { canonicalDeclarationContent, canonicalPledgeContent } from '../../../../../shared/pakta/canonical';
import { sampleDeclaration, sampleInstitution, samplePledge } from '../pdf/fixtures';

const dirs: string[] = [];
let issuer: SigningService;
let elsewhere: SigningService;

beforeAll(async () => {
  for (let i = 0; i < 2; i += 1) dirs.push(await mkdtemp(path.join(tmpdir(), 'zi-pdfcode-')));
  issuer = await createSigningService(dirs[0] ?? '');
  elsewhere = await createSigningService(dirs[1] ?? '');
});
afterAll(async () => {
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

const options = { institution: sampleInstitution(), paper: 'A4' as const };

describe('extractCodeFromPdf', () => {
  it('reads the payload and the signed content back from a generated pledge', async () => {
    const pledge = samplePledge();
    const stamp = issuer.signDocument(canonicalPledgeContent(pledge));
    const bytes = await pledgePdf({ pledge, signatureImage: null, verification: stamp }, options);
    const found = extractCodeFromPdf(bytes);
    expect(found).toEqual({ qrPayload: stamp.qrPayload, code: stamp.code, embeddedContent: canonicalPledgeContent(pledge) });
  });

  it('verifies a dropped PDF on another installation once the issuer key is trusted', async () => {
    const pledge = samplePledge({ id: 'pk-2022-0777' });
    const stamp = issuer.signDocument(canonicalPledgeContent(pledge));
    const found = extractCodeFromPdf(await pledgePdf({ pledge, signatureImage: null, verification: stamp }, options));
    if (!found) throw new Error('no payload');
    const before = await elsewhere.verifyCode(found.qrPayload, () => null, { embeddedContent: found.embeddedContent });
    expect(before).toMatchObject({ valid: false, reason: 'UNKNOWN_KEY' });
    await elsewhere.importTrustedKey(issuer.exportPublicKey().pem, 'Inspektorat Penerbit');
    const after = await elsewhere.verifyCode(found.qrPayload, () => null, { embeddedContent: found.embeddedContent });
    expect(after).toMatchObject({ valid: true, issuer: { label: 'Inspektorat Penerbit' } });
  });

  it('reads a declaration made by pdfmake', async () => {
    const declaration = sampleDeclaration();
    const stamp = issuer.signDocument(canonicalDeclarationContent(declaration));
    const bytes = await declarationPdf({ declaration, signatureImages: {}, verification: stamp }, options);
    expect(extractCodeFromPdf(bytes)).toEqual({ qrPayload: stamp.qrPayload, code: stamp.code, embeddedContent: canonicalDeclarationContent(declaration) });
  });

  it('finds nothing in a batch print (each page has its own QR)', async () => {
    const docs = [samplePledge({ id: 'pk-2022-0101' }), samplePledge({ id: 'pk-2022-0102' })].map((pledge) => ({
      pledge,
      signatureImage: null,
      verification: issuer.signDocument(canonicalPledgeContent(pledge)),
    }));
    expect(extractCodeFromPdf(await pledgeBatchPdf(docs, options))).toBeNull();
  });

  it('refuses a file that is not a PDF', () => {
    expect(() => extractCodeFromPdf(new TextEncoder().encode('hello'))).toThrow('bukan PDF');
  });

  it('falls back to a payload written as plain bytes', () => {
    const pledge = samplePledge({ id: 'pk-2022-0888' });
    const stamp = issuer.signDocument(canonicalPledgeContent(pledge));
    const pdf = new TextEncoder().encode(`%PDF-1.4\n1 0 obj (${stamp.qrPayload}) endobj\n%%EOF`);
    expect(extractCodeFromPdf(pdf)).toEqual({ qrPayload: stamp.qrPayload, code: stamp.code, embeddedContent: null });
  });
});
