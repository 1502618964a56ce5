import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { _electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import type { ZiApi } from '../../shared/contract';
import { CONTENT_SECURITY_POLICY } from '../../electron/security';
import { IN_PROCESS_FALLBACK_WARNING } from '../../electron/services/pdf/workerClient';

/**
 * Smoke test of the packaged Windows app (after `npm run dist:win`, see .github/workflows/windows.yml):
 * the real Electron shell, app.asar, the unpacked PDF worker and the fonts shipped as extraResources.
 * It needs an Electron executable and never downloads one: `ZI_DESK_ELECTRON_EXE`, or the
 * smoke-test build `release/smoke/win-unpacked/ZI Desk.exe` (`node scripts/dist-smoke.mjs`: the
 * release configuration with the `--inspect` fuse left on, which Playwright needs; the released
 * executable's fuses are checked by scripts/check-fuses.mjs). Without either it is skipped; when
 * `ZI_DESK_ELECTRON_EXE` is set, the file must exist (CI must not pass by skipping).
 */

const DEFAULT_EXE = path.resolve('release', 'smoke', 'win-unpacked', 'ZI Desk.exe');
const explicitExe = process.env.ZI_DESK_ELECTRON_EXE;
const executablePath = path.resolve(explicitExe ?? DEFAULT_EXE);
const YEAR = 2026;

test.skip(
  explicitExe === undefined && !existsSync(executablePath),
  `No packaged ZI Desk here (${DEFAULT_EXE}); build it on Windows with "npm run dist:win" and "node scripts/dist-smoke.mjs", or set ZI_DESK_ELECTRON_EXE. The Electron binary is never downloaded by this test.`,
);

let app: ElectronApplication;
let window: Page;
let dataDir: string;
let mainLog = '';

test.beforeAll(async () => {
  expect(existsSync(executablePath), `ZI_DESK_ELECTRON_EXE points at a missing file: ${executablePath}`).toBe(true);
  dataDir = mkdtempSync(path.join(tmpdir(), 'zi-desk-smoke-'));
  app = await _electron.launch({ executablePath, args: [], env: { ...process.env, ZI_DESK_DATA_DIR: dataDir } as Record<string, string> });
  app.process().stdout?.on('data', (chunk: Buffer) => (mainLog += chunk.toString()));
  app.process().stderr?.on('data', (chunk: Buffer) => (mainLog += chunk.toString()));
  window = await app.firstWindow();
  await window.waitForLoadState('domcontentloaded');
});

test.afterAll(async () => {
  await app?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

type InputOf<F> = F extends (input: infer I) => unknown ? I : never;
type ValueOf<F> = F extends (input: never) => Promise<infer R> ? (R extends { ok: true; value: infer T } ? T : never) : never;

/** Calls a channel through the preload's `window.zi`, as the renderer does; throws on an error result. */
async function zi<D extends keyof ZiApi, V extends keyof ZiApi[D] & string>(domain: D, verb: V, input: InputOf<ZiApi[D][V]>): Promise<ValueOf<ZiApi[D][V]>> {
  const result = await window.evaluate(
    ({ domain: d, verb: v, input: i }) => {
      const api = (window as unknown as { zi: Record<string, Record<string, (input: unknown) => Promise<unknown>>> }).zi;
      const call = api[d]?.[v];
      if (!call) throw new Error(`window.zi.${d}.${v} is missing`);
      return call(i);
    },
    { domain: String(domain), verb, input: input as unknown },
  );
  const typed = result as { ok: true; value: ValueOf<ZiApi[D][V]> } | { ok: false; error: { message: string } };
  if (!typed.ok) throw new Error(`${String(domain)}:${verb}: ${typed.error.message}`);
  return typed.value;
}

function findFile(dir: string, name: string): string | null {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isFile() && entry.name === name) return full;
    if (entry.isDirectory()) {
      const found = findFile(full, name);
      if (found) return found;
    }
  }
  return null;
}

test('the window opens on app:// from inside app.asar', async () => {
  await expect(window).toHaveTitle(/ZI Desk/);
  expect(window.url()).toMatch(/^app:\/\/zi-desk\/index\.html/);
  const appPath = await app.evaluate(({ app: electronApp }) => electronApp.getAppPath());
  expect(path.basename(appPath)).toBe('app.asar');
});

test('the app:// page carries the CSP header, and the document enforces it', async () => {
  const header = await window.evaluate(async () => (await fetch('/index.html')).headers.get('content-security-policy'));
  expect(header).toBe(CONTENT_SECURITY_POLICY);
  const violated = await window.evaluate(
    () =>
      new Promise<string>((resolve) => {
        document.addEventListener('securitypolicyviolation', (event) => resolve(event.effectiveDirective), { once: true });
        const image = document.createElement('img');
        image.src = 'https://example.invalid/probe.png';
        document.body.append(image);
        setTimeout(() => resolve('none'), 5_000);
      }),
  );
  expect(violated).toBe('img-src');
});

test('window.zi exists and app:status answers from the Electron host', async () => {
  expect(await window.evaluate(() => typeof (window as unknown as { zi?: unknown }).zi)).toBe('object');
  const status = await zi('app', 'status', undefined);
  expect(status.host).toBe('electron');
  // The folder from ZI_DESK_DATA_DIR (compared by name: Windows may spell the temp path in 8.3 form).
  expect(path.basename(status.dataDir)).toBe(path.basename(dataDir));
});

test('a pledge PDF is printed with the packaged fonts, and a batch runs in the unpacked PDF worker', async () => {
  const resources = await app.evaluate(() => (process as NodeJS.Process & { resourcesPath: string }).resourcesPath);
  expect(existsSync(path.join(resources, 'fonts', 'Roboto-Regular.ttf'))).toBe(true);
  expect(existsSync(path.join(resources, 'app.asar.unpacked', 'dist', 'electron', 'pdf-worker.js'))).toBe(true);
  expect(existsSync(path.join(resources, 'app.asar.unpacked', 'node_modules', 'pdfmake', 'package.json'))).toBe(true);

  await zi('demo', 'load', undefined);
  const { pdf: printed } = await zi('pledges', 'print', { signer: { source: 'roster', personId: 'demo-disdukcapil-kepala' }, year: YEAR, date: `${YEAR}-01-05`, signature: { kind: 'basah' } });
  expect(printed.pages).toBe(1);
  const file = findFile(dataDir, `${printed.documentId}.pdf`);
  expect(file, 'the generated PDF is stored in the data folder').not.toBeNull();
  const pdf = readFileSync(file ?? '').toString('latin1');
  expect(pdf.startsWith('%PDF-')).toBe(true);
  expect(pdf).toMatch(/\/BaseFont\s*\/[A-Z]{6}\+Roboto/);

  const started = await zi('pledges', 'batch', { unitIds: ['demo-disdukcapil'], year: YEAR, separateFiles: false });
  expect(started.total).toBeGreaterThan(0);
  await expect.poll(async () => (await zi('pledges', 'batchStatus', { jobId: started.jobId })).state, { timeout: 60_000 }).toBe('done');
  const status = await zi('pledges', 'batchStatus', { jobId: started.jobId });
  expect(status.result?.pages).toBe(started.total);
  expect(mainLog).not.toContain(IN_PROCESS_FALLBACK_WARNING);
});
