import { describe, expect, it } from 'vitest';
import { base64ToBytes } from '../../../../renderer/src/lib/download';
import { bytesToBase64 } from '../../../../renderer/src/lib/files';

describe('base64ToBytes', () => {
  const rows: Array<[string, string, number[]]> = [
    ['empty', '', []],
    ['one byte', 'AA==', [0]],
    ['the zip magic of an .xlsx', 'UEsDBA==', [0x50, 0x4b, 0x03, 0x04]],
    ['high bytes', '/+7dzA==', [0xff, 0xee, 0xdd, 0xcc]],
  ];
  it.each(rows)('%s', (_name, base64, bytes) => {
    expect([...base64ToBytes(base64)]).toEqual(bytes);
  });

  it('reverses bytesToBase64 over every byte value and a chunk boundary', () => {
    const bytes = new Uint8Array(0x8000 + 300).map((_, index) => (index * 7) % 256);
    expect(base64ToBytes(bytesToBase64(bytes))).toEqual(bytes);
  });
});
