import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { imageDataUrl, renderPdf } from '../../../../../electron/services/pdf/engine';
import { FONT_FILES, fontPaths, loadFontBytes, resolveFontsDir } from '../../../../../electron/services/pdf/fonts';
import { makeLogoPng, pdfInfo, pdfText } from './fixtures';

describe('fonts', () => {
  it('finds <repo>/resources/fonts from the module location', () => {
    const dir = resolveFontsDir();
    expect(dir).toBe(path.resolve('resources/fonts'));
    expect(fontPaths().bold).toBe(path.join(dir, FONT_FILES.bold));
    expect(loadFontBytes().normal.length).toBeGreaterThan(100_000);
  });

  it('says so in Indonesian when an explicit folder has no fonts', () => {
    expect(() => resolveFontsDir('/tidak/ada')).toThrow('Berkas huruf (font) untuk PDF tidak ditemukan');
  });

  it('uses an explicit folder (as Electron passes resourcesPath/fonts)', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'zi-fonts-'));
    try {
      for (const file of Object.values(FONT_FILES)) await writeFile(path.join(dir, file), loadFontBytes().normal);
      expect(resolveFontsDir(dir)).toBe(dir);
      const bytes = await renderPdf({ content: 'Halo' }, { fontsDir: dir });
      expect(await pdfText(bytes)).toContain('Halo');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('pdfmake engine', () => {
  it('renders a document definition with the app fonts and a custom page size', async () => {
    const bytes = await renderPdf({
      pageSize: { width: 609.45, height: 935.43 },
      content: [{ text: 'Kamis, 23 Juni 2022', bold: true }, { image: 'logo', width: 40 }, { qr: 'ZI-20220001-E3B0C442', fit: 60 }],
      images: { logo: imageDataUrl(makeLogoPng()) },
    });
    expect(await pdfText(bytes)).toContain('Kamis, 23 Juni 2022');
    expect(await pdfInfo(bytes)).toContain('609.45 x 935.43 pts');
  });

  it('never fetches a remote image', async () => {
    await expect(renderPdf({ content: [{ image: 'https://example.com/logo.png' }] })).rejects.toMatchObject({ code: 'PDF_ERROR' });
  });

  it('never reads a local file other than the fonts', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'zi-engine-'));
    try {
      const file = path.join(dir, 'logo.png');
      await writeFile(file, makeLogoPng());
      await expect(renderPdf({ content: [{ image: file }] })).rejects.toThrow('denied by resource access policy');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
