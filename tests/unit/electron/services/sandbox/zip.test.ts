import { describe, expect, it } from 'vitest';
import { checkZipContainer, readZipDirectory } from '../../../../../electron/services/sandbox/zip';
import { MAX_ZIP_ENTRIES } from '../../../../../shared/limits';
import { AppFailure } from '../../../../../shared/result';
import { xlsxBytes, HEADER, row } from '../roster/fixtures';
import { deflateBomb, entry, manyEmptyEntries, xlsxWithSheet, zipOf } from './zipFixtures';

function refusal(check: () => unknown): AppFailure {
  try {
    check();
  } catch (error) {
    if (error instanceof AppFailure) return error;
    throw error;
  }
  throw new Error('not refused');
}

describe('checkZipContainer', () => {
  it('passes a real .xlsx, and calls bytes that are no zip unreadable', async () => {
    expect(checkZipContainer(await xlsxBytes([HEADER, row(1)]))).toBe('ok');
    expect(checkZipContainer(new TextEncoder().encode('PK\u0003\u0004 bukan zip'))).toBe('unreadable');
    expect(checkZipContainer(new Uint8Array(0))).toBe('unreadable');
  });

  it('refuses an .xlsx whose sheet declares 1 GB compressed into 1 MB, from the directory alone', async () => {
    const bomb = xlsxWithSheet(await xlsxBytes([HEADER, row(1)]), { name: '', data: deflateBomb(1024), size: 1024 * 1024 * 1024 });
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    const failure = refusal(() => checkZipContainer(bomb));
    expect(failure.code).toBe('TOO_LARGE');
    expect(failure.message).toMatch(/^Berkas terlalu besar atau rusak: bagian "xl\/worksheets\/sheet1.xml" dimampatkan .* kali .*Tidak ada data yang disimpan/);
  });

  it('refuses a declared total over 50 MB even at a believable ratio', () => {
    const parts = Array.from({ length: 60 }, (_, i) => ({ name: `xl/media/image${i}.bin`, data: new Uint8Array(20_000), size: 1024 * 1024 }));
    expect(refusal(() => checkZipContainer(zipOf(parts))).message).toContain('isinya akan menjadi 60 MB setelah dibuka (paling banyak 50 MB)');
  });

  it('stops inflating an entry at the first byte past the size it declares', () => {
    const liar = zipOf([{ name: 'xl/worksheets/sheet1.xml', data: deflateBomb(64), size: 1000 }]);
    expect(refusal(() => checkZipContainer(liar)).message).toContain('berisi lebih banyak data daripada yang dinyatakan');
  });

  it('calls an entry that inflates short of its declared size, or a stored one of the wrong size, unreadable', () => {
    const short = entry('a.xml', new Uint8Array(100));
    expect(checkZipContainer(zipOf([{ ...short, size: 200 }]))).toBe('unreadable');
    expect(checkZipContainer(zipOf([{ ...short, data: new Uint8Array([1, 2, 3, 4]) }]))).toBe('unreadable');
  });
});

describe('readZipDirectory', () => {
  it('reads each entry with its declared sizes and where its data starts', () => {
    const zip = zipOf([entry('a.xml', new TextEncoder().encode('<a/>')), entry('b/c.xml', new Uint8Array(10))]);
    expect(readZipDirectory(zip)?.map(({ name, method, size }) => [name, method, size])).toEqual([
      ['a.xml', 8, 4],
      ['b/c.xml', 8, 10],
    ]);
  });

  it('refuses a zip of a million empty files from the entry count, before reading the entries', () => {
    const million = manyEmptyEntries(1_000_000);
    const failure = refusal(() => readZipDirectory(million));
    expect(failure.message).toContain(`berisi 1.000.000 berkas di dalamnya (paling banyak ${MAX_ZIP_ENTRIES.toLocaleString('id-ID')})`);
    // Just under the cap the same construction is a readable zip: the cap, not the layout, refused it.
    expect(readZipDirectory(manyEmptyEntries(MAX_ZIP_ENTRIES))).toHaveLength(MAX_ZIP_ENTRIES);
  });
});
