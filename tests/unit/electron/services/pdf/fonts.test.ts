import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FONTS_DIR_ENV, FONT_FILES, exportFontsDir, loadFontBytes, resolveFontsDir } from '../../../../../electron/services/pdf/fonts';

/** One fonts folder per process: the host sets ZI_FONTS_DIR once, services and workers read it. */
describe('the fonts folder chosen by the host', () => {
  const saved = process.env[FONTS_DIR_ENV];
  const dirs: string[] = [];
  afterEach(async () => {
    if (saved === undefined) delete process.env.ZI_FONTS_DIR;
    else process.env[FONTS_DIR_ENV] = saved;
    await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
  });

  async function fontsCopy(): Promise<string> {
    const dir = await mkdtemp(path.join(tmpdir(), 'zi-fonts-env-'));
    dirs.push(dir);
    for (const file of Object.values(FONT_FILES)) await writeFile(path.join(dir, file), loadFontBytes().normal);
    return dir;
  }

  it('exports the folder as ZI_FONTS_DIR, and every later lookup without a folder uses it', async () => {
    const dir = await fontsCopy();
    const env: NodeJS.ProcessEnv = {};
    expect(exportFontsDir(dir, env)).toBe(dir);
    expect(env.ZI_FONTS_DIR).toBe(dir);
    process.env.ZI_FONTS_DIR = dir;
    expect(resolveFontsDir()).toBe(dir);
    // An explicit folder (tests, a caller's option) still wins.
    expect(resolveFontsDir(path.resolve('resources/fonts'))).toBe(path.resolve('resources/fonts'));
  });

  it('never searches elsewhere when ZI_FONTS_DIR names a folder without the fonts', async () => {
    const empty = await mkdtemp(path.join(tmpdir(), 'zi-fonts-empty-'));
    dirs.push(empty);
    process.env.ZI_FONTS_DIR = empty;
    expect(() => resolveFontsDir()).toThrow(`Berkas huruf (font) untuk PDF tidak ditemukan di ${empty}. Pasang ulang aplikasi ZI Desk.`);
    delete process.env.ZI_FONTS_DIR;
    expect(resolveFontsDir()).toBe(path.resolve('resources/fonts'));
  });

  it('refuses to export a folder without the fonts, and leaves the environment alone', () => {
    const env: NodeJS.ProcessEnv = {};
    expect(() => exportFontsDir(path.join(tmpdir(), 'zi-tidak-ada'), env)).toThrow('Berkas huruf (font) untuk PDF tidak ditemukan');
    expect(env).toEqual({});
  });
});
