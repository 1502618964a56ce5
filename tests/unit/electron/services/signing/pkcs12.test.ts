import { execFile } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import * as pkijs from 'pkijs';
import { describe, expect, it } from 'vitest';
import { createSelfSignedCertificate } from '../../../../../electron/services/signing/certificate';
import { createSigningService } from '../../../../../electron/services/signing';
import { pledgePdf } from '../../../../../electron/services/pdf/pledge';
import { freshTempDirs } from '../../../support/tempDirs';
import { makeLogoPng, sampleInstitution, samplePledge } from '../pdf/fixtures';
import { pdfsig } from './poppler';

const run = promisify(execFile);
const tempDir = freshTempDirs('zi-pkcs12-');
const PASSPHRASE = 'Rahasia-Uji-123';
const LABELS = { name: 'Inspektorat Kabupaten Serang', reason: 'Pakta Integritas', location: 'Serang', contactInfo: '' };

/** A PKCS#12 made by OpenSSL, as an office's certificate would be exported. */
async function pkcs12(dir: string, name: string, keyPem: string, certPems: string[], legacy = false): Promise<Uint8Array> {
  const keyFile = path.join(dir, `${name}.key`);
  const certFile = path.join(dir, `${name}.crt`);
  const out = path.join(dir, `${name}.p12`);
  await writeFile(keyFile, keyPem, { mode: 0o600 });
  await writeFile(certFile, certPems.join('\n'));
  await run('openssl', ['pkcs12', '-export', ...(legacy ? ['-legacy'] : []), '-inkey', keyFile, '-in', certFile, '-passout', `pass:${PASSPHRASE}`, '-out', out]);
  return new Uint8Array(await readFile(out));
}

/** An RSA-3072 leaf issued by a fictional EC CA (OpenSSL), in a PKCS#12 with its chain. */
async function rsaWithChain(dir: string): Promise<Uint8Array> {
  const file = (name: string) => path.join(dir, name);
  await run('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', file('ca.key'), '-out', file('ca.crt'), '-subj', '/CN=CA Uji Fiktif/O=Lembaga Sertifikasi Fiktif', '-days', '30']);
  await run('openssl', ['req', '-newkey', 'rsa:3072', '-nodes', '-keyout', file('leaf.key'), '-subj', '/CN=Inspektorat Kabupaten Serang/O=Pemerintah Kabupaten Serang', '-out', file('leaf.csr')]);
  await run('openssl', ['x509', '-req', '-in', file('leaf.csr'), '-CA', file('ca.crt'), '-CAkey', file('ca.key'), '-CAcreateserial', '-days', '30', '-out', file('leaf.crt')]);
  await run('openssl', ['pkcs12', '-export', '-inkey', file('leaf.key'), '-in', file('leaf.crt'), '-certfile', file('ca.crt'), '-passout', `pass:${PASSPHRASE}`, '-out', file('rsa.p12')]);
  return new Uint8Array(await readFile(file('rsa.p12')));
}

/** An EC P-256 key with a self-signed certificate valid from `now` for `years`. */
async function ecSelfSigned(dir: string, now: Date, years: number, legacy = false): Promise<Uint8Array> {
  const pair = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const certificate = await createSelfSignedCertificate({ ...pair, inspektorat: 'Inspektorat Kabupaten Contoh', now, years });
  return pkcs12(dir, `ec-${years}-${legacy ? 'legacy' : 'modern'}`, pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), [certificate.toString()], legacy);
}

/** Certificates carried in the CMS of a signed PDF. */
function cmsCertificateCount(pdf: Uint8Array): number {
  const text = Buffer.from(pdf).toString('latin1');
  const start = text.lastIndexOf('/Contents <') + '/Contents <'.length;
  const hex = text.slice(start, text.indexOf('>', start)).replace(/(00)+$/, '');
  const info = pkijs.ContentInfo.fromBER(Buffer.from(hex.length % 2 ? `${hex}0` : hex, 'hex'));
  return new pkijs.SignedData({ schema: info.content }).certificates?.length ?? 0;
}

async function samplePdf(): Promise<Uint8Array> {
  const service = await createSigningService(await tempDir());
  const pledge = samplePledge();
  return pledgePdf({ pledge, signatureImage: null, verification: service.signDocument(JSON.stringify({ id: pledge.id })) }, { institution: sampleInstitution(makeLogoPng()), paper: 'A4' });
}

describe('importing a PKCS#12', () => {
  it('signs with an imported RSA key and includes its chain; settings show which certificate signs', async () => {
    const dir = await tempDir();
    const service = await createSigningService(dir);
    const own = service.certificate();
    expect(own.source).toBe('installation');
    const imported = await service.importPkcs12(await rsaWithChain(await tempDir()), PASSPHRASE);
    expect(imported.source).toBe('pkcs12');
    expect(imported.certificate.subject).toContain('CN=Inspektorat Kabupaten Serang');
    expect(imported.certificate.keyType).toBe('RSA 3072');
    expect(imported.chain.map((c) => c.subject)).toEqual([expect.stringContaining('CN=CA Uji Fiktif')]);
    // The installation's own certificate is kept, so documents it signed still verify.
    expect(imported.retired.map((c) => c.fingerprint256)).toContain(own.certificate.fingerprint256);

    const signed = await service.signPdf(await samplePdf(), LABELS, new Date());
    const report = await pdfsig(signed);
    expect(report).toContain('Signature Validation: Signature is Valid.');
    expect(report).toContain('Signer Certificate Common Name: Inspektorat Kabupaten Serang');
    expect(cmsCertificateCount(signed)).toBe(2);

    // Chosen once, kept: the next start signs with the same certificate.
    expect((await createSigningService(dir)).certificate().certificate.fingerprint256).toBe(imported.certificate.fingerprint256);
  });

  it.each([false, true])('signs with an imported EC key (legacy encryption: %s)', async (legacy) => {
    const service = await createSigningService(await tempDir());
    const imported = await service.importPkcs12(await ecSelfSigned(await tempDir(), new Date(), 2, legacy), PASSPHRASE);
    expect(imported.certificate.keyType).toBe('EC P-256');
    expect(await pdfsig(await service.signPdf(await samplePdf(), LABELS, new Date()))).toContain('Signature is Valid.');
  });

  it('refuses a wrong passphrase, an expired certificate and a file that is not one, changing nothing', async () => {
    const dir = await tempDir();
    const service = await createSigningService(dir);
    const before = service.certificate();
    const p12 = await ecSelfSigned(await tempDir(), new Date(), 2);
    await expect(service.importPkcs12(p12, 'salah-sekali')).rejects.toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining('Kata sandi sertifikat salah') });
    const expired = await ecSelfSigned(await tempDir(), new Date('2019-03-01T00:00:00Z'), 1);
    const refusal = service.importPkcs12(expired, PASSPHRASE);
    await expect(refusal).rejects.toMatchObject({ code: 'INVALID_INPUT', message: expect.stringMatching(/kedaluwarsa: berlaku \d+ \w+ 2019 sampai \d+ \w+ 2020/) });
    await expect(service.importPkcs12(new TextEncoder().encode('%PDF-1.7 bukan sertifikat'), PASSPHRASE)).rejects.toMatchObject({ code: 'UNSUPPORTED_FILE' });
    expect(service.certificate()).toEqual(before);
    expect((await createSigningService(dir)).certificate()).toEqual(before);
  });
});
