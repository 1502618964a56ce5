import { generateKeyPairSync } from 'node:crypto';
import { cp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  createSigningService,
  machineKeyProtector,
  passphraseKeyProtector,
  safeStorageKeyProtector,
  type KeyProtector,
  type SafeStorageLike,
  type StoredVerification,
  type VerificationLookup,
} from '../../../../../electron/services/signing';
import { canonicalPledgeContent } from '../../../../../shared/pakta/canonical';
import { freshTempDirs } from '../../../support/tempDirs';
import { samplePledge } from '../pdf/fixtures';
import { INSTITUTION, expectFail, expectOk, personInput, unitInput, useHarness } from '../../handlers/harness';
import { pdfsig } from './poppler';

const tempDir = freshTempDirs('zi-custody-');
const harnesses = useHarness();

async function secretProtector(): Promise<KeyProtector> {
  return machineKeyProtector(await tempDir());
}

function lookupOf(content: string, qrPayload: string): VerificationLookup {
  return () => ({ canonicalContent: content, qrPayload }) satisfies StoredVerification;
}

/** A stand-in for Electron's safeStorage: reversible, recognisable, and refusing what it did not seal. */
function fakeSafeStorage(available = true): SafeStorageLike {
  return {
    isEncryptionAvailable: () => available,
    encryptString: (plain) => Buffer.from(`DPAPI:${Buffer.from(plain).toString('hex')}`),
    decryptString: (encrypted) => {
      const text = encrypted.toString();
      if (!text.startsWith('DPAPI:')) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      return Buffer.from(text.slice(6), 'hex').toString();
    },
  };
}

describe('keys at rest', () => {
  it('seals an unsealed key of an earlier version on first start; its codes keep verifying', async () => {
    const dir = await tempDir();
    const legacy = generateKeyPairSync('ed25519');
    await mkdir(path.join(dir, 'keys'));
    await writeFile(path.join(dir, 'keys', 'installation-ed25519.key'), legacy.privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
    const protector = await secretProtector();
    const service = await createSigningService({ dataDir: dir, protector, issuedBefore: async () => true });
    const files = await readdir(path.join(dir, 'keys'));
    expect(files).not.toContain('installation-ed25519.key');
    expect(files).toContain('installation-ed25519.key.sealed');
    expect(service.exportPublicKey().pem).toBe(legacy.publicKey.export({ type: 'spki', format: 'pem' }).toString());
    const content = canonicalPledgeContent(samplePledge());
    const stamp = service.signDocument(content);
    const restarted = await createSigningService({ dataDir: dir, protector, issuedBefore: async () => true });
    expect(restarted.fingerprint).toBe(service.fingerprint);
    expect(await restarted.verifyCode(stamp.qrPayload, lookupOf(content, stamp.qrPayload))).toMatchObject({ valid: true });
  });

  it('cannot be opened from a copy of the data folder on another computer', async () => {
    const dir = await tempDir();
    await createSigningService({ dataDir: dir, protector: await secretProtector() });
    const copy = await tempDir();
    await cp(dir, copy, { recursive: true });
    const failure = createSigningService({ dataDir: copy, protector: await secretProtector() });
    await expect(failure).rejects.toMatchObject({ code: 'STORAGE_ERROR', message: expect.stringContaining('rahasia komputer ini tidak cocok') });
  });

  it('refuses a wrong passphrase, and opens with the right one', async () => {
    const dir = await tempDir();
    const first = await createSigningService({ dataDir: dir, protector: passphraseKeyProtector('frasa sandi kantor 2026') });
    await expect(createSigningService({ dataDir: dir, protector: passphraseKeyProtector('frasa sandi keliru') })).rejects.toMatchObject({
      code: 'STORAGE_ERROR',
      message: expect.stringContaining('frasa sandi kunci (ZI_DESK_KEY_PASSPHRASE) salah'),
    });
    expect((await createSigningService({ dataDir: dir, protector: passphraseKeyProtector('frasa sandi kantor 2026') })).fingerprint).toBe(first.fingerprint);
    expect(() => passphraseKeyProtector('pendek')).toThrow('paling sedikit 8 karakter');
  });

  it('uses safeStorage in Electron, moving keys sealed before it to safeStorage; falls back where it is unavailable', async () => {
    const dir = await tempDir();
    const secretDir = await tempDir();
    const before = await createSigningService({ dataDir: dir, protector: await machineKeyProtector(secretDir) });
    const previous = process.env.ZI_DESK_SECRET_DIR;
    process.env.ZI_DESK_SECRET_DIR = secretDir;
    try {
      const protector = await safeStorageKeyProtector(fakeSafeStorage())();
      expect(protector.scheme).toBe('safeStorage');
      const after = await createSigningService({ dataDir: dir, protector });
      expect(after.fingerprint).toBe(before.fingerprint);
      for (const file of ['installation-ed25519.key.sealed', 'document-signing.key.sealed']) {
        expect(JSON.parse(await readFile(path.join(dir, 'keys', file), 'utf8'))).toMatchObject({ scheme: 'safeStorage' });
      }
      expect((await safeStorageKeyProtector(fakeSafeStorage(false))()).scheme).toBe('machine');
    } finally {
      if (previous === undefined) delete process.env.ZI_DESK_SECRET_DIR;
      else process.env.ZI_DESK_SECRET_DIR = previous;
    }
  });
});

describe('a missing or damaged key', () => {
  it('is never replaced silently once something was issued', async () => {
    const dir = await tempDir();
    const protector = await secretProtector();
    await createSigningService({ dataDir: dir, protector });
    await rm(path.join(dir, 'keys', 'installation-ed25519.key.sealed'));
    await expect(createSigningService({ dataDir: dir, protector })).rejects.toMatchObject({
      code: 'STORAGE_ERROR',
      message: expect.stringContaining('Pulihkan folder "keys" dari cadangan'),
    });
    expect(await readdir(path.join(dir, 'keys'))).not.toContain('installation-ed25519.key.sealed');

    const whole = await tempDir();
    await expect(createSigningService({ dataDir: whole, protector, issuedBefore: async () => true })).rejects.toMatchObject({ code: 'STORAGE_ERROR' });
    await expect(readdir(path.join(whole, 'keys'))).rejects.toThrow();
  });

  it('refuses a damaged sealed file or certificate without touching it', async () => {
    const dir = await tempDir();
    const protector = await secretProtector();
    await createSigningService({ dataDir: dir, protector });
    const sealed = path.join(dir, 'keys', 'document-signing.key.sealed');
    const original = await readFile(sealed, 'utf8');
    const envelope = JSON.parse(original) as { data: string };
    const data = Buffer.from(envelope.data, 'base64');
    data[0] = (data[0] ?? 0) ^ 0xff;
    await writeFile(sealed, JSON.stringify({ ...envelope, data: data.toString('base64') }));
    await expect(createSigningService({ dataDir: dir, protector })).rejects.toMatchObject({ code: 'STORAGE_ERROR' });
    await writeFile(sealed, original);
    await writeFile(path.join(dir, 'keys', 'document-signing.pem'), 'rusak');
    await expect(createSigningService({ dataDir: dir, protector })).rejects.toMatchObject({ code: 'STORAGE_ERROR', message: expect.stringContaining('Sertifikat tanda tangan PDF') });
    expect(await readFile(path.join(dir, 'keys', 'document-signing.pem'), 'utf8')).toBe('rusak');
  });

  it('stops issuing in the app after keys/ is deleted, with how to restore it; nothing new is made', async () => {
    const h = await harnesses.open();
    expectOk(await h.call('settings:save', INSTITUTION));
    const unit = expectOk(await h.call('units:create', unitInput()));
    const person = expectOk(await h.call('people:create', personInput(unit.id, { nama: 'Rina Contoh Fiktif', nip: '19850312 201001 2 004' })));
    const input = { signer: { source: 'roster' as const, personId: person.id }, year: 2022, date: '2022-06-23', witness: null, signature: { kind: 'basah' as const } };
    expectOk(await h.call('pledges:create', input));
    await h.close();
    await rm(path.join(h.dataDir, 'keys'), { recursive: true });

    const reopened = await harnesses.open(h.dataDir);
    const refused = expectFail(await reopened.call('pledges:print', input), 'STORAGE_ERROR');
    expect(refused.message).toContain('Pulihkan folder "keys" dari cadangan');
    await expect(readdir(path.join(h.dataDir, 'keys'))).rejects.toThrow();
  });
});

describe('Ganti kunci', () => {
  it('makes a new key and certificate; codes and documents of the old key still verify, also after a restart', async () => {
    const dir = await tempDir();
    const protector = await secretProtector();
    const service = await createSigningService({ dataDir: dir, protector });
    const content = canonicalPledgeContent(samplePledge());
    const old = service.signDocument(content);
    const oldCertificate = service.certificate().certificate;
    const oldFingerprint = service.fingerprint;

    const rotated = await service.rotateKeys();
    expect(service.fingerprint).not.toBe(oldFingerprint);
    expect(rotated.certificate.fingerprint256).not.toBe(oldCertificate.fingerprint256);
    expect(rotated.retired.map((c) => c.fingerprint256)).toEqual([oldCertificate.fingerprint256]);
    expect(await readdir(path.join(dir, 'keys', 'retired'))).toEqual(expect.arrayContaining([`ed25519-${oldFingerprint}.pub`]));

    for (const current of [service, await createSigningService({ dataDir: dir, protector })]) {
      expect(current.fingerprint).toBe(service.fingerprint);
      expect(await current.verifyCode(old.qrPayload, lookupOf(content, old.qrPayload))).toMatchObject({ valid: true, issuer: { own: true, fingerprint: oldFingerprint } });
      const fresh = current.signDocument(content);
      expect(await current.verifyCode(fresh.qrPayload, lookupOf(content, fresh.qrPayload))).toMatchObject({ valid: true, issuer: { own: true } });
    }
    const { pledgePdf } = await import('../../../../../electron/services/pdf/pledge');
    const { makeLogoPng, sampleInstitution } = await import('../pdf/fixtures');
    const pdf = await pledgePdf({ pledge: samplePledge(), signatureImage: null, verification: service.signDocument(content) }, { institution: sampleInstitution(makeLogoPng()), paper: 'A4' });
    expect(await pdfsig(await service.signPdf(pdf, { name: 'x', reason: 'y', location: 'Serang', contactInfo: '' }, new Date()))).toContain('Signature is Valid.');
  });
});
