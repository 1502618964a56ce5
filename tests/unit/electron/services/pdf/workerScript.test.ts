import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { asarUnpackedPath, bundledWorkerScript } from '../../../../../electron/services/pdf/workerClient';
import { freshTempDirs } from '../../../support/tempDirs';

/** In a packaged app the worker starts from app.asar.unpacked, where electron-builder.yml puts it. */
describe('bundled PDF worker script', () => {
  const tempDir = freshTempDirs('zi-worker-script-');

  it('rewrites a path inside app.asar to app.asar.unpacked, on Windows and POSIX', () => {
    expect(asarUnpackedPath('C:\\Program Files\\ZI Desk\\resources\\app.asar\\dist\\electron\\pdf-worker.js')).toBe(
      'C:\\Program Files\\ZI Desk\\resources\\app.asar.unpacked\\dist\\electron\\pdf-worker.js',
    );
    expect(asarUnpackedPath('/opt/ZI Desk/resources/app.asar/dist/electron/pdf-worker.js')).toBe('/opt/ZI Desk/resources/app.asar.unpacked/dist/electron/pdf-worker.js');
  });

  it('leaves other paths alone', () => {
    const others = ['/opt/ZI Desk/resources/app.asar.unpacked/dist/electron/pdf-worker.js', '/work/zi-desk/dist/electron/pdf-worker.js', '/work/my.app.asar.notes/pdf-worker.js'];
    expect(others.map(asarUnpackedPath)).toEqual(others);
  });

  it('points a bundle inside app.asar at the unpacked copy, and is null when there is none', async () => {
    const root = await tempDir();
    const unpacked = path.join(root, 'resources', 'app.asar.unpacked', 'dist', 'electron');
    const inArchive = pathToFileURL(path.join(root, 'resources', 'app.asar', 'dist', 'electron', 'pdf-worker.js'));
    expect(bundledWorkerScript(inArchive)).toBeNull();
    mkdirSync(unpacked, { recursive: true });
    writeFileSync(path.join(unpacked, 'pdf-worker.js'), '');
    const script = bundledWorkerScript(inArchive);
    expect(script?.script instanceof URL ? fileURLToPath(script.script) : script?.script).toBe(path.join(unpacked, 'pdf-worker.js'));
  });
});
