import { createHash, generateKeyPairSync } from 'node:crypto';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { certificateSha256, createSelfSignedCertificate } from '../../../../../electron/services/signing/certificate';
import { importTrustedKey, listTrustedKeys } from '../../../../../electron/services/signing/keys';
import { importTrustedCertificate, listTrustedCertificates } from '../../../../../electron/services/signing/trustedCertificates';
import { readTrustedFolder, type TrustedFolderFormat } from '../../../../../electron/services/signing/trustedFolder';
import { AppFailure } from '../../../../../shared/result';
import { freshTempDirs } from '../../../support/tempDirs';

const tempDir = freshTempDirs('zi-trusted-');

interface Note {
  text: string;
}

function fingerprintOf(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 8);
}

/** A small format: a note is trusted under the first 8 hex of its text's SHA-256. */
const notes: TrustedFolderFormat<Note> = {
  fingerprint: /[0-9a-f]{8}/,
  decode(parsed) {
    if (typeof parsed !== 'object' || parsed === null || !('text' in parsed) || typeof parsed.text !== 'string') return undefined;
    if (parsed.text === 'meledak') throw new Error('cannot read this entry');
    return { fingerprint: fingerprintOf(parsed.text), entry: { text: parsed.text } };
  },
};

async function put(dir: string, name: string, content: string): Promise<void> {
  await writeFile(path.join(dir, name), content, 'utf8');
}

describe('readTrustedFolder', () => {
  it('holds nothing when the folder is missing or empty', async () => {
    const dir = await tempDir();
    expect(await readTrustedFolder(path.join(dir, 'belum-ada'), notes)).toEqual([]);
    expect(await readTrustedFolder(dir, notes)).toEqual([]);
  });

  it('returns the entries whose file is named by their fingerprint, in file-name order', async () => {
    const dir = await tempDir();
    const texts = ['Inspektorat Kabupaten Serang', 'Inspektorat Kabupaten Lebak'];
    for (const text of texts) await put(dir, `${fingerprintOf(text)}.json`, JSON.stringify({ text }));
    const expected = [...texts].sort((a, b) => fingerprintOf(a).localeCompare(fingerprintOf(b))).map((text) => ({ text }));
    expect(await readTrustedFolder(dir, notes)).toEqual(expected);
  });

  it('skips a file whose name is not its fingerprint, a corrupt file, a non-entry and an unreadable entry', async () => {
    const dir = await tempDir();
    const good = 'Inspektorat Kabupaten Serang';
    await put(dir, `${fingerprintOf(good)}.json`, JSON.stringify({ text: good }));
    const other = 'Inspektorat Kabupaten Pandeglang';
    // Valid content under a name of the right shape that is not its fingerprint.
    await put(dir, `${fingerprintOf('nama lain')}.json`, JSON.stringify({ text: other }));
    await put(dir, 'abcdef01.json', '{"text": "Inspektorat Kab');
    await put(dir, 'abcdef02.json', 'null');
    await put(dir, 'abcdef03.json', JSON.stringify({ label: 'bukan catatan' }));
    await put(dir, `${fingerprintOf('meledak')}.json`, JSON.stringify({ text: 'meledak' }));
    // Names of another shape are never read (temporary files of an interrupted write, notes).
    await put(dir, `${fingerprintOf(other)}.json.tmp-0a1b2c`, JSON.stringify({ text: other }));
    await put(dir, `x${fingerprintOf(other)}.json`, JSON.stringify({ text: other }));
    await mkdir(path.join(dir, 'abcdef04.json'));
    expect(await readTrustedFolder(dir, notes)).toEqual([{ text: good }]);
  });

  it('reports a folder it cannot list as a storage failure in Indonesian', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'bukan-folder');
    await put(dir, 'bukan-folder', '');
    await expect(readTrustedFolder(file, notes)).rejects.toBeInstanceOf(AppFailure);
  });
});

describe('the trusted folders read through it', () => {
  it('skips a trusted key copied under another fingerprint', async () => {
    const dataDir = await tempDir();
    const { publicKey } = generateKeyPairSync('ed25519');
    const trusted = await importTrustedKey(dataDir, publicKey.export({ type: 'spki', format: 'pem' }).toString(), 'Inspektorat Kabupaten Lebak');
    const dir = path.join(dataDir, 'keys', 'trusted');
    await copyFile(path.join(dir, `${trusted.fingerprint}.json`), path.join(dir, `${'0'.repeat(16)}.json`));
    expect((await listTrustedKeys(dataDir)).map((key) => key.fingerprint)).toEqual([trusted.fingerprint]);
  });

  it('skips a trusted certificate copied under another fingerprint', async () => {
    const dataDir = await tempDir();
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const certificate = await createSelfSignedCertificate({ privateKey, publicKey, inspektorat: 'Inspektorat Kabupaten Lebak', now: new Date('2026-12-01T00:00:00Z') });
    const trusted = await importTrustedCertificate(dataDir, certificate.toString(), 'Inspektorat Kabupaten Lebak', () => false);
    const dir = path.join(dataDir, 'keys', 'trusted-certificates');
    const stored = `${certificateSha256(certificate)}.json`;
    await copyFile(path.join(dir, stored), path.join(dir, `${'0'.repeat(64)}.json`));
    expect((await listTrustedCertificates(dataDir)).map((entry) => entry.fingerprint256)).toEqual([trusted.fingerprint256]);
  });
});
