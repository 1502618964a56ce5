import { mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  createSigningService,
  type SigningService,
  type StoredVerification,
  type VerificationLookup,
} from '../../../../../electron/services/signing';
import { formatPayload, parsePayload } from '../../../../../electron/services/signing/codes';
import { canonicalPledgeContent } from '../../../../../shared/pakta/canonical';
import type { PledgeRecord } from '../../../../../shared/pakta/types';
import { AppFailure } from '../../../../../shared/result';
import { samplePledge } from '../pdf/fixtures';
import { PLEDGE_MUTATIONS } from '../../../shared/pakta/mutations';
import { freshTempDirs } from '../../../support/tempDirs';

const dataDir = freshTempDirs('zi-signing-');

const SHA = '9'.repeat(64);

/** A tiny document store: records by id, with the payload issued for each. */
function store(records: PledgeRecord[], issued: Map<string, { code: string; qrPayload: string }>): VerificationLookup {
  return (query) => {
    const record = query.docId !== undefined ? records.find((r) => r.id === query.docId) : records.find((r) => issued.get(r.id)?.code === query.code);
    if (!record) return null;
    const stamp = issued.get(record.id);
    if (!stamp) return null;
    const found: StoredVerification = { canonicalContent: canonicalPledgeContent(record), qrPayload: stamp.qrPayload };
    return found;
  };
}

async function signed(service: SigningService, record: PledgeRecord) {
  const stamp = service.signDocument(canonicalPledgeContent(record));
  return { stamp, lookup: store([record], new Map([[record.id, stamp]])) };
}

describe('installation key', () => {
  it('is created on first run with a private key readable by the owner only, then reused', async () => {
    const dir = await dataDir();
    const first = await createSigningService(dir);
    const keys = await readdir(path.join(dir, 'keys'));
    // Key custody: private keys are sealed at rest (keystore.ts), never a clear PEM in the data folder.
    expect(keys.sort()).toEqual(['document-signing.json', 'document-signing.key.sealed', 'document-signing.pem', 'installation-ed25519.key.sealed', 'installation-ed25519.pub']);
    for (const sealed of ['installation-ed25519.key.sealed', 'document-signing.key.sealed']) {
      if (process.platform !== 'win32') {
        expect((await stat(path.join(dir, 'keys', sealed))).mode & 0o777).toBe(0o600);
      }
      expect(await readFile(path.join(dir, 'keys', sealed), 'utf8')).not.toContain('PRIVATE KEY');
    }
    const again = await createSigningService(dir);
    expect(again.fingerprint).toBe(first.fingerprint);
    expect(first.fingerprint).toMatch(/^[0-9a-f]{16}$/);
    const exported = first.exportPublicKey();
    expect(exported.pem).toContain('BEGIN PUBLIC KEY');
    expect(exported.fingerprintDisplay).toMatch(/^[0-9A-F]{4}( [0-9A-F]{4}){3}$/);
  });

  it('never replaces a damaged key file silently', async () => {
    const other = await dataDir();
    await mkdir(path.join(other, 'keys'));
    await writeFile(path.join(other, 'keys', 'installation-ed25519.key'), 'rusak');
    await expect(createSigningService(other)).rejects.toMatchObject({ code: 'STORAGE_ERROR' });
    expect(await readFile(path.join(other, 'keys', 'installation-ed25519.key'), 'utf8')).toBe('rusak');
  });
});

describe('signing and verification', () => {
  it('verifies the original by QR payload and by typed code', async () => {
    const service = await createSigningService(await dataDir());
    const record = samplePledge({}, SHA);
    const { stamp, lookup } = await signed(service, record);
    expect(stamp.code).toMatch(/^ZI-20220001-[0-9A-F]{8}-[0-9A-F]{8}$/);
    const byPayload = await service.verifyCode(stamp.qrPayload, lookup);
    expect(byPayload).toMatchObject({ valid: true, status: 'VALID', docId: 'pk-2022-0001', issuer: { own: true } });
    expect(byPayload.message).toContain('Dokumen sah');
    const byCode = await service.verifyCode(stamp.code.toLowerCase(), lookup);
    expect(byCode).toMatchObject({ valid: true, status: 'VALID', code: stamp.code });
    if (byCode.valid) expect(byCode.content).toBe(canonicalPledgeContent(record));
  });

  it.each(PLEDGE_MUTATIONS)('fails after a one-byte change of %s in the stored record', async (_field, change) => {
    const service = await createSigningService(await dataDir());
    const record = samplePledge({}, SHA);
    const { stamp } = await signed(service, record);
    const tampered = change(record);
    // The store now holds the tampered record (under its original id, so it is found) with the old payload.
    const lookup: VerificationLookup = () => ({ canonicalContent: canonicalPledgeContent(tampered), qrPayload: stamp.qrPayload });
    for (const input of [stamp.qrPayload, stamp.code]) {
      const result = await service.verifyCode(input, lookup);
      expect(result.valid).toBe(false);
      expect(result).toMatchObject({ status: 'INVALID', reason: 'CONTENT_MISMATCH' });
      expect(result.message).toContain('telah berubah');
    }
  });

  it('fails when the payload itself is altered', async () => {
    const service = await createSigningService(await dataDir());
    const record = samplePledge({}, SHA);
    const { stamp, lookup } = await signed(service, record);
    const payload = parsePayload(stamp.qrPayload);
    if (!payload) throw new Error('payload');
    const otherHash = formatPayload({ ...payload, sha256: `${payload.sha256.slice(0, 63)}0` === payload.sha256 ? `${payload.sha256.slice(0, 63)}1` : `${payload.sha256.slice(0, 63)}0` });
    expect(await service.verifyCode(otherHash, lookup)).toMatchObject({ valid: false, reason: 'BAD_SIGNATURE' });
    const flipped = new Uint8Array(payload.signature);
    flipped[10] = (flipped[10] ?? 0) ^ 1;
    expect(await service.verifyCode(formatPayload({ ...payload, signature: flipped }), lookup)).toMatchObject({ valid: false, reason: 'BAD_SIGNATURE' });
  });

  it('refuses an unknown key with a clear Indonesian reason, and accepts it once trusted', async () => {
    const issuer = await createSigningService(await dataDir());
    const verifier = await createSigningService(await dataDir());
    const record = samplePledge({}, SHA);
    const { stamp } = await signed(issuer, record);
    const embedded = { embeddedContent: canonicalPledgeContent(record) };
    const unknown = await verifier.verifyCode(stamp.qrPayload, () => null, embedded);
    expect(unknown).toMatchObject({ valid: false, reason: 'UNKNOWN_KEY' });
    expect(unknown.message).toContain('kunci yang tidak dikenal');
    expect(unknown.message).toContain('Impor kunci publik');

    const trusted = await verifier.importTrustedKey(issuer.exportPublicKey().pem, 'Inspektorat Kabupaten Contoh');
    expect(trusted.fingerprint).toBe(issuer.fingerprint);
    expect((await verifier.listTrustedKeys()).map((k) => k.label)).toEqual(['Inspektorat Kabupaten Contoh']);
    const ok = await verifier.verifyCode(stamp.qrPayload, () => null, embedded);
    expect(ok).toMatchObject({ valid: true, issuer: { own: false, label: 'Inspektorat Kabupaten Contoh', fingerprint: issuer.fingerprint } });

    const withoutContent = await verifier.verifyCode(stamp.qrPayload, () => null);
    expect(withoutContent).toMatchObject({ valid: false, status: 'SIGNATURE_ONLY' });

    const tamperedEmbedded = await verifier.verifyCode(stamp.qrPayload, () => null, { embeddedContent: canonicalPledgeContent({ ...record, place: 'Cilegon' }) });
    expect(tamperedEmbedded).toMatchObject({ valid: false, reason: 'CONTENT_MISMATCH' });

    await verifier.removeTrustedKey(issuer.fingerprint);
    expect(await verifier.verifyCode(stamp.qrPayload, () => null, embedded)).toMatchObject({ valid: false, reason: 'UNKNOWN_KEY' });
  });

  it('keeps trusted keys on disk across restarts', async () => {
    const issuer = await createSigningService(await dataDir());
    const dir = await dataDir();
    const verifier = await createSigningService(dir);
    await verifier.importTrustedKey(issuer.exportPublicKey().pem, 'Inspektorat Lain');
    expect(await readdir(path.join(dir, 'keys', 'trusted'))).toEqual([`${issuer.fingerprint}.json`]);
    const restarted = await createSigningService(dir);
    expect((await restarted.listTrustedKeys()).map((k) => k.fingerprint)).toEqual([issuer.fingerprint]);
  });

  it.each([
    ['not a key', 'bukan kunci', 'tidak valid'],
    ['an RSA key', 'RSA', 'bukan kunci Ed25519'],
  ])('refuses to import %s', async (_name, input, message) => {
    const verifier = await createSigningService(await dataDir());
    let pem = input;
    if (input === 'RSA') {
      const { generateKeyPairSync } = await import('node:crypto');
      pem = generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey.export({ type: 'spki', format: 'pem' }).toString();
    }
    await expect(verifier.importTrustedKey(pem, 'X')).rejects.toThrow(message);
  });

  it('refuses to import its own key or a key without a name', async () => {
    const service = await createSigningService(await dataDir());
    await expect(service.importTrustedKey(service.exportPublicKey().pem, 'Saya')).rejects.toThrow('kunci instalasi ZI Desk ini sendiri');
    const other = await createSigningService(await dataDir());
    await expect(service.importTrustedKey(other.exportPublicKey().pem, '  ')).rejects.toBeInstanceOf(AppFailure);
  });

  it.each([
    ['garbage', 'halo', 'MALFORMED'],
    ['an unknown code', 'ZI-12345678-ABCDEF01-23456789', 'NOT_FOUND'],
    ['an unknown code of an earlier version', 'ZI-12345678-ABCDEF01', 'NOT_FOUND'],
  ])('explains %s', async (_name, input, reason) => {
    const service = await createSigningService(await dataDir());
    const result = await service.verifyCode(input, () => null);
    expect(result).toMatchObject({ valid: false, reason });
    expect(result.message.length).toBeGreaterThan(20);
  });

  it('refuses to sign content without a document id', async () => {
    const service = await createSigningService(await dataDir());
    expect(() => service.signDocument('{"a":1}')).toThrow(AppFailure);
    expect(() => service.signDocument('{"id":"a.b"}')).toThrow(AppFailure);
  });

  it('still verifies a record issued with an earlier 32-bit code, by that code only', async () => {
    const service = await createSigningService(await dataDir());
    const record = samplePledge({}, SHA);
    const stamp = service.signDocument(canonicalPledgeContent(record));
    const payload = parsePayload(stamp.qrPayload);
    if (!payload) throw new Error('payload');
    const earlierCode = `ZI-20220001-${payload.sha256.slice(0, 8).toUpperCase()}`;
    const lookup = store([record], new Map([[record.id, { code: earlierCode, qrPayload: stamp.qrPayload }]]));
    expect(await service.verifyCode(earlierCode.toLowerCase(), lookup)).toMatchObject({ valid: true, status: 'VALID', code: earlierCode });
    // The current spelling of the same record's digest is not what that record was issued with.
    expect(await service.verifyCode(stamp.code, lookup)).toMatchObject({ valid: false, reason: 'NOT_FOUND' });
    // A current code whose second group differs from the record's digest does not match it.
    const wrongTail = `${stamp.code.slice(0, -1)}${stamp.code.endsWith('0') ? '1' : '0'}`;
    const issuedNow = store([record], new Map([[record.id, { code: wrongTail, qrPayload: stamp.qrPayload }]]));
    expect(await service.verifyCode(wrongTail, issuedNow)).toMatchObject({ valid: false, reason: 'CONTENT_MISMATCH' });
  });

  it('makes one key when two first-run requests race', async () => {
    const dir = await dataDir();
    const [a, b] = await Promise.all([createSigningService(dir), createSigningService(dir)]);
    expect(a.fingerprint).toBe(b.fingerprint);
    expect((await readdir(path.join(dir, 'keys'))).filter((name) => name.includes('.tmp-'))).toEqual([]);
  });
});
