import { describe, expect, it } from 'vitest';
import { formatCode, formatPayload, normalizeCode, parsePayload, parseTypedCode, shortDocId } from '../../../../../electron/services/signing/codes';

const SHA = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

describe('verification codes', () => {
  it('formats the typable code from the end of the id and the start of the hash', () => {
    expect(shortDocId('pk-2022-0001')).toBe('20220001');
    expect(shortDocId('abc')).toBe('ABC0');
    // 64 bits of the content digest, in two groups of 8 hex digits.
    expect(formatCode('pk-2022-0001', SHA)).toBe('ZI-20220001-E3B0C442-98FC1C14');
  });

  it.each([
    ['ZI-20220001-E3B0C442-98FC1C14', 'ZI-20220001-E3B0C442-98FC1C14'],
    [' zi-20220001-e3b0c442-98fc1c14 ', 'ZI-20220001-E3B0C442-98FC1C14'],
    ['ZI – 20220001 – E3B0C442 – 98FC1C14', 'ZI-20220001-E3B0C442-98FC1C14'],
    ['ZI-20220001-E3B0C44298FC1C14', 'ZI-20220001-E3B0C442-98FC1C14'],
    ['20220001-E3B0C442-98FC1C14', 'ZI-20220001-E3B0C442-98FC1C14'],
    // Codes printed by earlier versions (32 bits) are still read, in their own spelling.
    ['ZI-20220001-E3B0C442', 'ZI-20220001-E3B0C442'],
    [' zi-20220001-e3b0c442 ', 'ZI-20220001-E3B0C442'],
    ['ZI – 20220001 – E3B0C442', 'ZI-20220001-E3B0C442'],
    ['20220001-E3B0C442', 'ZI-20220001-E3B0C442'],
    ['ZI-20220001-E3B0C44', null],
    ['ZI-20220001-E3B0C442-98FC1C1', null],
    ['ZI-20220001-E3B0C442-98FC1C14-00', null],
    ['halo', null],
  ])('normalises %j', (typed, normal) => {
    expect(normalizeCode(typed)).toBe(normal);
  });

  it('round-trips a QR payload', () => {
    const payload = { docId: 'pk-2022-0001', sha256: SHA, signature: new Uint8Array(64).map((_, i) => i), keyFingerprint: '0123456789abcdef' };
    const text = formatPayload(payload);
    expect(text).toMatch(/^ZID1\.pk-2022-0001\.[A-Za-z0-9_-]{43}\.[A-Za-z0-9_-]{86}\.0123456789abcdef$/);
    expect(parsePayload(text)).toEqual(payload);
    expect(parsePayload(`${text}x`)).toBeNull();
    expect(parsePayload(text.replace('ZID1', 'ZID2'))).toBeNull();
    expect(parseTypedCode(text)).toBeNull();
  });

  it('parses the digest prefix of both versions', () => {
    expect(parseTypedCode('ZI-20220001-E3B0C442-98FC1C14')).toEqual({ docIdShort: '20220001', shaPrefix: SHA.slice(0, 16) });
    expect(parseTypedCode('ZI-20220001-E3B0C442')).toEqual({ docIdShort: '20220001', shaPrefix: SHA.slice(0, 8) });
  });
});
