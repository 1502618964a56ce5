import { createPrivateKey, createPublicKey, generateKeyPairSync, verify, type KeyObject } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../../../shared/pakta/canonical';
import { createSigningService, machineKeyProtector, type KeyProtector } from '../../../../../electron/services/signing';
import { keyFingerprint } from '../../../../../electron/services/signing/keys';
import { KEY_SUCCESSION_CONTEXT, checkSuccession, endorseSuccessor, endorsedPredecessors, type KeySuccession } from '../../../../../electron/services/signing/succession';
import { freshTempDirs } from '../../../support/tempDirs';

const tempDir = freshTempDirs('zi-succession-');
const INSTALLATION = '5f0c8f4e-2b7a-4d3e-9c1a-0d2e3f4a5b6c';

/** The current code key's private key, opened from its sealed file as the keystore does. */
async function currentPrivateKey(dir: string, protector: KeyProtector): Promise<KeyObject> {
  const sealed = await readFile(path.join(dir, 'keys', 'installation-ed25519.key.sealed'), 'utf8');
  return createPrivateKey({ key: await protector.open(sealed), format: 'der', type: 'pkcs8' });
}

async function rotatedService() {
  const dir = await tempDir();
  const protector = await machineKeyProtector(await tempDir());
  const options = { dataDir: dir, protector, installationId: () => INSTALLATION, now: () => new Date('2026-03-01T02:00:00.000Z') };
  const service = await createSigningService(options);
  const oldKey = service.exportPublicKey();
  await service.rotateKeys();
  return { dir, options, service, oldKey, file: path.join(dir, 'keys', 'retired', `ed25519-${oldKey.fingerprint}.next.json`) };
}

/** Flips one character of the base64url signature (another valid character, so the schema still passes). */
function flipped(link: KeySuccession): KeySuccession {
  const at = 10;
  const char = link.signature[at] === 'A' ? 'B' : 'A';
  return { ...link, signature: `${link.signature.slice(0, at)}${char}${link.signature.slice(at + 1)}` };
}

describe('"Ganti kunci" endorses the new code key with the old one', () => {
  it('writes the endorsement next to the retired key; it verifies with the old public key and names the new one', async () => {
    const { service, oldKey, file } = await rotatedService();
    const link = JSON.parse(await readFile(file, 'utf8')) as KeySuccession;
    expect(link).toMatchObject({ installation: INSTALLATION, at: '2026-03-01T02:00:00.000Z' });
    const from = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: link.from }, format: 'jwk' });
    const to = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: link.to }, format: 'jwk' });
    expect(keyFingerprint(from)).toBe(oldKey.fingerprint);
    expect(keyFingerprint(to)).toBe(service.fingerprint);
    // The statement the old key signed: canonical JSON under the succession context.
    const statement = canonicalJson({ context: KEY_SUCCESSION_CONTEXT, installation: link.installation, from: link.from, to: link.to, at: link.at });
    expect(verify(null, Buffer.from(statement), createPublicKey(oldKey.pem), Buffer.from(link.signature, 'base64url'))).toBe(true);
    expect(service.keySuccession()).toEqual([link]);
    expect(endorsedPredecessors(service.keySuccession(), service.fingerprint)).toEqual(new Set([oldKey.fingerprint]));
  });

  it('two rotations make a chain of two links, read back after a restart', async () => {
    const { options, service, oldKey } = await rotatedService();
    const middle = service.fingerprint;
    await service.rotateKeys();
    const reopened = await createSigningService(options);
    expect(reopened.keySuccession()).toHaveLength(2);
    expect(endorsedPredecessors(reopened.keySuccession(), reopened.fingerprint)).toEqual(new Set([oldKey.fingerprint, middle]));
    // From the middle key only the first rotation leads there.
    expect(endorsedPredecessors(reopened.keySuccession(), middle)).toEqual(new Set([oldKey.fingerprint]));
  });

  it('a damaged or forged endorsement file is ignored, and nothing else is affected', async () => {
    const { dir, options, service, oldKey, file } = await rotatedService();
    const link = JSON.parse(await readFile(file, 'utf8')) as KeySuccession;
    for (const damaged of ['{ not json', JSON.stringify(flipped(link)), JSON.stringify({ ...link, at: '2020-01-01T00:00:00.000Z' })]) {
      await writeFile(file, damaged);
      const reopened = await createSigningService(options);
      expect(reopened.keySuccession()).toEqual([]);
      expect(reopened.fingerprint).toBe(service.fingerprint);
      expect(reopened.retiredPublicKeys().codeKeys.map((key) => key.fingerprint)).toEqual([oldKey.fingerprint]);
      expect(reopened.certificate().retired).toHaveLength(1);
    }
    // A valid endorsement under another key's name is not this key's.
    const other = generateKeyPairSync('ed25519');
    await writeFile(file, JSON.stringify(endorseSuccessor(other, createPublicKey(oldKey.pem), INSTALLATION, new Date())));
    expect((await createSigningService(options)).keySuccession()).toEqual([]);
    expect(await readdir(path.join(dir, 'keys', 'retired'))).toEqual(expect.arrayContaining([`ed25519-${oldKey.fingerprint}.next.json`, `ed25519-${oldKey.fingerprint}.pub`]));
  });

  it('an endorsement by the current key (a rotation interrupted before the new key was stored) is left out', async () => {
    const { dir, options, service } = await rotatedService();
    const link = service.keySuccession()[0];
    // What an interrupted second rotation leaves: the current key's endorsement of a key never stored.
    const { privateKey } = generateKeyPairSync('ed25519');
    const current = { publicKey: createPublicKey(service.exportPublicKey().pem), privateKey: await currentPrivateKey(dir, options.protector) };
    const dangling = endorseSuccessor(current, createPublicKey(privateKey), INSTALLATION, new Date());
    await writeFile(path.join(dir, 'keys', 'retired', `ed25519-${service.fingerprint}.next.json`), JSON.stringify(dangling));
    const reopened = await createSigningService(options);
    expect(reopened.fingerprint).toBe(service.fingerprint);
    expect(reopened.keySuccession()).toEqual([link]);
    // The next rotation endorses the key it really stores.
    await reopened.rotateKeys();
    expect(endorsedPredecessors(reopened.keySuccession(), reopened.fingerprint)).toContain(service.fingerprint);
  });

  it('a link signed by another key than the one it names as earlier does not verify', async () => {
    const { service } = await rotatedService();
    const [link] = service.keySuccession();
    if (!link) throw new Error('link');
    expect(checkSuccession(link)).not.toBeNull();
    expect(checkSuccession(flipped(link))).toBeNull();
    const stranger = generateKeyPairSync('ed25519');
    const forged = endorseSuccessor(stranger, createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: link.to }, format: 'jwk' }), INSTALLATION, new Date());
    expect(checkSuccession({ ...forged, from: link.from })).toBeNull();
    expect(endorsedPredecessors([{ ...forged, from: link.from }], service.fingerprint)).toEqual(new Set());
  });
});
