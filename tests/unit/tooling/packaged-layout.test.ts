import { execFile } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, linkSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { createPackage, extractAll, listPackage } from '@electron/asar';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeBundles } from '../../../scripts/bundles.mjs';
import { EXCLUDED_FROM_PACKAGE, loadBuilderConfig, packageLayout, productionTree, type PackageLayout } from '../../../scripts/package-layout.mjs';
import { PdfWorker, bundledWorkerScript } from '../../../electron/services/pdf/workerClient';
import { sampleInstitution, samplePledge } from '../electron/services/pdf/fixtures';

/**
 * The packaged layout, simulated without Electron: the Node bundles are built into a temporary
 * project, the files electron-builder.yml selects (scripts/package-layout.mjs, the same computation
 * check:builder uses: electron-builder's own package collector, which re-hoists npm's tree, and its
 * file rules) are packed into `resources/app.asar` with @electron/asar, the `asarUnpack` ones put in
 * `resources/app.asar.unpacked`, the fonts in `resources/fonts`. Then the PDF worker
 * runs from that layout, and every production dependency is loaded from what the archive holds.
 */

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
let work = '';
let resources = '';
let layout: PackageLayout;
let archived: string[] = [];

/** Puts `source` at `target`: a hard link (same disk, instant), else a copy. */
function place(source: string, target: string): void {
  mkdirSync(path.dirname(target), { recursive: true });
  try {
    linkSync(source, target);
  } catch {
    copyFileSync(source, target);
  }
}

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'zi-packaged-'));
  const project = path.join(work, 'project');
  mkdirSync(path.join(project, 'dist', 'renderer'), { recursive: true });
  await Promise.all(nodeBundles(path.join(project, 'dist', 'electron')).map((options) => build({ ...options, absWorkingDir: root, logLevel: 'silent' })));
  writeFileSync(path.join(project, 'dist', 'renderer', 'index.html'), '<!doctype html><title>ZI Desk</title>');
  cpSync(path.join(root, 'package.json'), path.join(project, 'package.json'));
  // 'junction': a folder link Windows makes without privileges; other systems ignore the type.
  symlinkSync(path.join(root, 'resources'), path.join(project, 'resources'), 'junction');

  // The packages where electron-builder puts them (its own collector), the app files from the build.
  layout = await packageLayout(project, loadBuilderConfig(root), await productionTree(root));
  resources = path.join(work, 'ZI Desk', 'resources');
  const stage = path.join(work, 'stage');
  for (const file of layout.files) place(file.source, path.join(file.unpacked ? path.join(resources, 'app.asar.unpacked') : stage, file.path));
  for (const file of layout.resources) place(path.join(project, file.from), path.join(resources, file.to));
  await createPackage(stage, path.join(resources, 'app.asar'));
  archived = listPackage(path.join(resources, 'app.asar'), { isPack: false }).map((entry) => entry.replace(/\\/g, '/').replace(/^\//, ''));
}, 120_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the packaged layout (electron-builder.yml, packed with @electron/asar)', () => {
  it('holds the main bundle, the preload, the renderer and the runtime packages inside app.asar', () => {
    for (const file of ['package.json', 'dist/electron/main.js', 'dist/electron/preload.cjs', 'dist/renderer/index.html', 'node_modules/exceljs/package.json', 'node_modules/lowdb/package.json']) {
      expect(archived, file).toContain(file);
    }
  });

  it('carries no web host, no source maps and no browser builds', () => {
    expect(archived).not.toContain('dist/electron/web-host.js');
    const everything = [...archived, ...layout.files.map((file) => file.path)];
    for (const rule of EXCLUDED_FROM_PACKAGE) expect(everything.filter((file) => rule.test(file)), String(rule)).toEqual([]);
  });

  it('keeps the fonts outside app.asar, in resources/fonts', () => {
    expect(archived.filter((file) => file.endsWith('.ttf'))).toEqual([]);
    expect(readFileSync(path.join(resources, 'fonts', 'Roboto-Regular.ttf')).equals(readFileSync(path.join(root, 'resources', 'fonts', 'Roboto-Regular.ttf')))).toBe(true);
  });

  it('runs the PDF worker from app.asar.unpacked, with only the packages unpacked beside it', async () => {
    const mainBundle = pathToFileURL(path.join(resources, 'app.asar', 'dist', 'electron', 'main.js'));
    const script = bundledWorkerScript(new URL('./pdf-worker.js', mainBundle));
    expect(script).not.toBeNull();
    const worker = new PdfWorker({ ...(script ?? { script: '' }), fontsDir: path.join(resources, 'fonts'), warmUp: false });
    try {
      const document = { pledge: samplePledge(), signatureImage: null, verification: { code: 'ZI-20220001-00000001', qrPayload: `ZID1.pk-2022-0001.${'A'.repeat(43)}.${'B'.repeat(86)}.${'0'.repeat(16)}` } };
      const bytes = await worker.run({ kind: 'pledge', document, options: { institution: sampleInstitution(), paper: 'A4' } });
      expect(Buffer.from(bytes).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    } finally {
      await worker.terminate();
    }
  }, 60_000);

  it('loads every production dependency from what app.asar and app.asar.unpacked hold', async () => {
    // Electron reads app.asar as a folder and falls through to app.asar.unpacked: extract both into one.
    const view = path.join(work, 'view');
    extractAll(path.join(resources, 'app.asar'), view);
    cpSync(path.join(resources, 'app.asar.unpacked'), view, { recursive: true });
    const names = Object.keys((JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }).dependencies);
    writeFileSync(path.join(view, 'probe.mjs'), `for (const name of ${JSON.stringify(names)}) await import(name);\nconsole.log('loaded');\n`);
    const { stdout } = await promisify(execFile)(process.execPath, [path.join(view, 'probe.mjs')], { cwd: view });
    expect(stdout.trim()).toBe('loaded');
    expect(existsSync(path.join(view, 'node_modules', 'exceljs', 'dist'))).toBe(false);
  }, 60_000);
});
