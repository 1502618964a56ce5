import { describe, expect, it } from 'vitest';
import { createStorage, validateDocumentName } from '../../../../../electron/services/storage';
import { AppFailure } from '../../../../../shared/result';
import { sheetSpec, useTempDirs } from './helpers';

const temp = useTempDirs();

describe('validateDocumentName', () => {
  it.each([
    'master',
    'worksheets/unit-abc-2022',
    'worksheets/unit_abc.2022',
    'a/b/c',
    '2024',
    'x'.repeat(120),
  ])('accepts %j', (name) => {
    expect(validateDocumentName(name)).toBe(name);
  });

  it.each([
    ['empty', ''],
    ['parent segment', '../master'],
    ['parent inside', 'worksheets/../master'],
    ['double dot inside a segment', 'a..b'],
    ['absolute posix', '/etc/passwd'],
    ['drive letter', 'C:/data/master'],
    ['drive-relative', 'c:master'],
    ['backslash', 'worksheets\\unit'],
    ['NUL', 'master\0.json'],
    ['upper case', 'Master'],
    ['space', 'unit abc'],
    ['leading dot', '.hidden'],
    ['trailing dot', 'unit.'],
    ['empty segment', 'worksheets//unit'],
    ['trailing slash', 'worksheets/'],
    ['Windows device', 'con'],
    ['Windows device with extension', 'worksheets/nul.2022'],
    ['reserved backups folder', 'backups/master'],
    ['reserved blobs folder', 'blobs/ab'],
    ['too long', 'x'.repeat(121)],
  ])('refuses %s', (_why, name) => {
    let thrown: unknown;
    try {
      validateDocumentName(name);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(AppFailure);
    expect((thrown as AppFailure).code).toBe('INVALID_INPUT');
    expect((thrown as AppFailure).message).toMatch(/^Nama dokumen data tidak valid/);
  });

  it('is enforced by open and remove', async () => {
    const storage = temp.track(await createStorage({ dataDir: await temp.dir() }));
    await expect(storage.open(sheetSpec('../escape'))).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(storage.remove('C:\\Windows')).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });
});
