import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { _electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { APP_USER_MODEL_ID } from '../../shared/app';
import type { ZiApi } from '../../shared/contract';
import { CONTENT_SECURITY_POLICY } from '../../electron/security';
import { defaultBounds, minimumSizeFor } from '../../electron/main/windowBounds';
import { SANDBOX_WORKER_BUNDLE } from '../../electron/services/sandbox';
import { IN_PROCESS_FALLBACK_WARNING } from '../../electron/services/pdf/workerClient';

/**
 * Smoke test of the packaged Windows app (after `npm run dist:win`, see .github/workflows/windows.yml):
 * the real Electron shell, app.asar, the unpacked PDF worker and the fonts shipped as extraResources.
 * It needs an Electron executable and never downloads one: `ZI_DESK_ELECTRON_EXE`, or the
 * smoke-test build `release/smoke/win-unpacked/ZI Desk.exe` (`node scripts/dist-smoke.mjs`: the
 * release configuration with the `--inspect` fuse left on, which Playwright needs; the released
 * executable's fuses are checked by scripts/check-fuses.mjs). Without either it is skipped; when
 * `ZI_DESK_ELECTRON_EXE` is set, the file must exist (CI must not pass by skipping).
 *
 * The tests share one app and run in order: each launch has its own data folder (ZI_DESK_DATA_DIR)
 * and Chromium profile (`--user-data-dir`, where the single-instance lock and the window bounds
 * live), so a ZI Desk the developer has open is never touched. Near the end the app is restarted
 * (bounds remembered); the last test closes the main window and expects the app to end.
 * ZI_DESK_SMOKE=1 turns on main's one test seam (electron/main/index.ts: the AppUserModelID it set).
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
let userDataDir: string;
let mainLog = '';

function launchEnv(): Record<string, string> {
  return { ...process.env, ZI_DESK_DATA_DIR: dataDir, ZI_DESK_SMOKE: '1' } as Record<string, string>;
}

function launchArgs(): string[] {
  return [`--user-data-dir=${userDataDir}`];
}

/** Starts the packaged app on the test's data folder and profile; its output goes to `mainLog`. */
async function launch(): Promise<void> {
  app = await _electron.launch({ executablePath, args: launchArgs(), env: launchEnv() });
  app.process().stdout?.on('data', (chunk: Buffer) => (mainLog += chunk.toString()));
  app.process().stderr?.on('data', (chunk: Buffer) => (mainLog += chunk.toString()));
  window = await app.firstWindow();
  await window.waitForLoadState('domcontentloaded');
}

/** Resolves with the exit code once the process has ended ('timeout' after `ms`). */
function exitOf(child: { exitCode: number | null; once(event: 'exit', listener: (code: number | null) => void): unknown }, ms: number): Promise<number | null | 'timeout'> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve('timeout'), ms);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

test.beforeAll(async () => {
  expect(existsSync(executablePath), `ZI_DESK_ELECTRON_EXE points at a missing file: ${executablePath}`).toBe(true);
  dataDir = mkdtempSync(path.join(tmpdir(), 'zi-desk-smoke-'));
  userDataDir = mkdtempSync(path.join(tmpdir(), 'zi-desk-smoke-profile-'));
  await launch();
});

test.afterAll(async () => {
  // The last test ends the app itself; closing an ended app only confirms it.
  await app?.close().catch(() => undefined);
  for (const dir of [dataDir, userDataDir]) if (dir) rmSync(dir, { recursive: true, force: true, maxRetries: 5 });
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

let demoLoaded = false;
let printedId: string | undefined;

async function loadDemoOnce(): Promise<void> {
  if (demoLoaded) return;
  await zi('demo', 'load', undefined);
  demoLoaded = true;
}

/** A pledge printed once per run (the PDF test prints it; later tests reuse it). */
async function printedPledge(): Promise<string> {
  if (printedId !== undefined) return printedId;
  await loadDemoOnce();
  const { pdf } = await zi('pledges', 'print', { signer: { source: 'roster', personId: 'demo-disdukcapil-kepala' }, year: YEAR, date: `${YEAR}-01-05`, signature: { kind: 'basah' } });
  printedId = pdf.documentId;
  return printedId;
}

/** The windows main knows: id, parent id, URL, and the state a second launch must restore. */
async function windowsFromMain() {
  return app.evaluate(({ BrowserWindow }) =>
    BrowserWindow.getAllWindows().map((w) => ({
      id: w.id,
      parent: w.getParentWindow()?.id ?? null,
      url: w.webContents.getURL(),
      minimized: w.isMinimized(),
      visible: w.isVisible(),
      focused: w.isFocused(),
    })),
  );
}

/** The one window without a parent: the main window (previews are its children). */
async function mainWindowFromMain() {
  const main = (await windowsFromMain()).filter((w) => w.parent === null);
  expect(main, 'exactly one window without a parent (the main window)').toHaveLength(1);
  return required(main[0], 'the main window');
}

/** Whether `check` turns true within `ms` (polled; a probe of the environment, not an assertion). */
async function becomes(check: () => Promise<boolean>, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  for (;;) {
    if (await check()) return true;
    if (Date.now() >= end) return false;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** The value, or a failed test naming what was missing. */
function required<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`${what} is missing`);
  return value;
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

  await loadDemoOnce();
  const { pdf: printed } = await zi('pledges', 'print', { signer: { source: 'roster', personId: 'demo-disdukcapil-kepala' }, year: YEAR, date: `${YEAR}-01-05`, signature: { kind: 'basah' } });
  printedId = printed.documentId;
  expect(printed.pages).toBe(1);
  const file = findFile(dataDir, `${printed.documentId}.pdf`);
  expect(file, 'the generated PDF is stored in the data folder').not.toBeNull();
  const pdf = readFileSync(file ?? '').toString('latin1');
  expect(pdf.startsWith('%PDF-')).toBe(true);
  // The page standard's default family (Arimo), embedded as a subset.
  expect(pdf).toMatch(/\/BaseFont\s*\/[A-Z]{6}\+Arimo/);

  const started = await zi('pledges', 'batch', { unitIds: ['demo-disdukcapil'], year: YEAR, separateFiles: false });
  expect(started.total).toBeGreaterThan(0);
  await expect.poll(async () => (await zi('pledges', 'batchStatus', { jobId: started.jobId })).state, { timeout: 60_000 }).toBe('done');
  const status = await zi('pledges', 'batchStatus', { jobId: started.jobId });
  expect(status.result?.pages).toBe(started.total);
  expect(mainLog).not.toContain(IN_PROCESS_FALLBACK_WARNING);
});

test('the AppUserModelID is set on Windows, equal to the installer appId', async () => {
  // Electron has no getter for it: main's test seam records the value once setAppUserModelId returned.
  const seen = await app.evaluate(() => ({ platform: process.platform, seam: (globalThis as { ziDeskSmoke?: unknown }).ziDeskSmoke ?? null }));
  expect(seen.platform).toBe('win32');
  expect(seen.seam).toEqual({ appUserModelId: APP_USER_MODEL_ID });
  // The shortcut the installer makes carries appId: the pinned icon and the window share one taskbar button.
  const builder = readFileSync(path.resolve('electron-builder.yml'), 'utf8');
  expect(/^appId:\s*(\S+)\s*$/m.exec(builder)?.[1]).toBe(APP_USER_MODEL_ID);
});

test('the application menu is the Indonesian one, without developer tools', async () => {
  const menu = await app.evaluate(({ app: electronApp, Menu }) => ({
    packaged: electronApp.isPackaged,
    items:
      Menu.getApplicationMenu()?.items.map((item) => ({
        label: item.label,
        submenu: item.submenu?.items.map((sub) => ({ label: sub.label, role: String(sub.role ?? '') })) ?? [],
      })) ?? null,
  }));
  expect(menu.packaged).toBe(true);
  expect(menu.items, 'an application menu is set').not.toBeNull();
  const items = menu.items ?? [];
  expect(items.map((item) => item.label.replace(/&/g, ''))).toEqual(['Berkas', 'Ubah', 'Tampilan', 'Bantuan']);
  const all = items.flatMap((item) => item.submenu);
  expect(all.map((sub) => sub.label)).not.toContain('Toggle Developer Tools');
  expect(all.map((sub) => sub.role.toLowerCase())).not.toContain('toggledevtools');
  expect(all.map((sub) => sub.role.toLowerCase())).not.toContain('reload');
  expect(items.find((item) => item.label.replace(/&/g, '') === 'Bantuan')?.submenu.map((sub) => sub.label)).toContain('Tentang ZI Desk');
});

test('the main window fits the primary work area, with the minimum size for it', async () => {
  const seen = await app.evaluate(({ BrowserWindow, screen }) => {
    const main = BrowserWindow.getAllWindows().find((w) => w.getParentWindow() === null);
    return main === undefined ? null : { bounds: main.getBounds(), minimum: main.getMinimumSize(), workArea: screen.getPrimaryDisplay().workArea };
  });
  const { bounds, minimum, workArea } = required(seen, 'the main window');
  expect(bounds.x).toBeGreaterThanOrEqual(workArea.x);
  expect(bounds.y).toBeGreaterThanOrEqual(workArea.y);
  expect(bounds.x + bounds.width).toBeLessThanOrEqual(workArea.x + workArea.width);
  expect(bounds.y + bounds.height).toBeLessThanOrEqual(workArea.y + workArea.height);
  const expectedMinimum = minimumSizeFor(workArea);
  expect(minimum).toEqual([expectedMinimum.width, expectedMinimum.height]);
  expect(bounds.width).toBeGreaterThanOrEqual(expectedMinimum.width);
  expect(bounds.height).toBeGreaterThanOrEqual(expectedMinimum.height);
  // A fresh profile has no saved bounds: the default size for this work area, centred (±1 px for scaling).
  const expected = defaultBounds(workArea);
  for (const key of ['x', 'y', 'width', 'height'] as const) expect(Math.abs(bounds[key] - expected[key]), key).toBeLessThanOrEqual(1);
});

test('the fonts come from process.resourcesPath/fonts (ZI_FONTS_DIR in main)', async () => {
  const seen = await app.evaluate(() => ({ fontsDir: process.env.ZI_FONTS_DIR ?? null, resources: (process as NodeJS.Process & { resourcesPath: string }).resourcesPath }));
  expect(seen.fontsDir).toBe(path.join(seen.resources, 'fonts'));
  expect(existsSync(path.join(seen.resources, 'fonts', 'Roboto-Regular.ttf'))).toBe(true);
});

test('a roster .csv is read by the parsing sandbox worker from app.asar.unpacked', async () => {
  const resources = await app.evaluate(() => (process as NodeJS.Process & { resourcesPath: string }).resourcesPath);
  // sandboxWorkerScript() takes the worker from app.asar.unpacked and has none when it is missing
  // there; the import then fails with "Pemeriksa berkas tidak tersedia …". There is no in-process parser.
  expect(existsSync(path.join(resources, 'app.asar.unpacked', 'dist', 'electron', SANDBOX_WORKER_BUNDLE))).toBe(true);
  await loadDemoOnce();
  const csv = [
    'nama;nip;jenis;pangkat/golongan;jabatan;unit',
    'Rina Kusumawati;198001012010011100;PNS;III/a;Analis Kebijakan;Bapenda',
    'Dedi Prasetyo;198001022010011101;PNS;III/a;Analis Kebijakan;Bapenda',
    'Tanpa NIP;12345;PNS;III/a;Analis Kebijakan;Bapenda',
  ].join('\r\n');
  const preview = await zi('people', 'importPreview', { fileName: 'pegawai-bapenda.csv', dataBase64: Buffer.from(`${csv}\r\n`, 'utf8').toString('base64') });
  expect(preview.fileErrors).toEqual([]);
  expect(preview.rows).toHaveLength(3);
  expect(preview.validCount).toBe(2);
  expect(preview.invalidCount).toBe(1);
  expect(mainLog).not.toContain('Parsing sandbox unavailable');
  expect(mainLog).not.toContain(IN_PROCESS_FALLBACK_WARNING);
});

test("a printed pledge's preview window is a child of the main window", async () => {
  const id = await printedPledge();
  const opened = await zi('documents', 'open', { id });
  expect(opened.opened).toBe(true);
  const main = await mainWindowFromMain();
  expect(main.url).toMatch(/^app:\/\/zi-desk\//);
  await expect.poll(async () => (await windowsFromMain()).filter((w) => w.url.endsWith(`${id}.pdf`)).length).toBe(1);
  const previews = (await windowsFromMain()).filter((w) => w.url.startsWith('file:'));
  expect(previews.length).toBeGreaterThan(0);
  for (const preview of previews) expect(preview.parent, preview.url).toBe(main.id);
});

test('a second launch opens no second main window and restores, shows and focuses the first', async () => {
  const before = await windowsFromMain();
  const main = await mainWindowFromMain();
  // Windows' foreground rules may keep a desktop without user input (a CI session) from giving focus
  // to any window: focus is checked only where focusing the main window works at all.
  await app.evaluate(({ BrowserWindow }, id) => BrowserWindow.fromId(id)?.focus(), main.id);
  const focusable = await becomes(async () => (await mainWindowFromMain()).focused, 5_000);
  if (!focusable) test.info().annotations.push({ type: 'note', description: 'This desktop gives no window the focus; focus not checked.' });
  await app.evaluate(({ BrowserWindow }, id) => BrowserWindow.fromId(id)?.minimize(), main.id);
  await expect.poll(async () => (await mainWindowFromMain()).minimized).toBe(true);

  // The same executable, environment and profile, as a second double-click would start it.
  const second = spawn(executablePath, launchArgs(), { env: launchEnv(), stdio: 'ignore' });
  const code = await exitOf(second, 60_000);
  if (code === 'timeout' && second.pid !== undefined) second.kill();
  expect(code, 'the second instance quits at once').toBe(0);

  await expect
    .poll(async () => {
      const { minimized, visible, focused } = await mainWindowFromMain();
      return { minimized, visible, focused: focusable ? focused : 'not checked' };
    })
    .toEqual({ minimized: false, visible: true, focused: focusable ? true : 'not checked' });
  const after = await windowsFromMain();
  expect(after.map((w) => w.id).sort()).toEqual(before.map((w) => w.id).sort());
});

test('the window bounds are remembered across a restart', async () => {
  const placed = await app.evaluate(({ BrowserWindow, screen }) => {
    const main = BrowserWindow.getAllWindows().find((w) => w.getParentWindow() === null);
    if (main === undefined) return null;
    if (main.isMaximized()) main.unmaximize();
    // Inside the work area, at least the minimum, and unlike the default (centred, as large as fits).
    const area = screen.getPrimaryDisplay().workArea;
    const [minWidth = 0, minHeight = 0] = main.getMinimumSize();
    const width = Math.max(minWidth, Math.min(area.width - 32, 1000));
    const height = Math.max(minHeight, Math.min(area.height - 24, 600));
    main.setBounds({ x: area.x + Math.min(16, area.width - width), y: area.y + Math.min(12, area.height - height), width, height });
    return main.getBounds();
  });
  const set = required(placed, 'the main window');
  const userData = await app.evaluate(({ app: electronApp }) => electronApp.getPath('userData'));
  await app.close();

  const saved = JSON.parse(readFileSync(path.join(userData, 'jendela.json'), 'utf8')) as Record<string, unknown>;
  expect(saved).toMatchObject({ ...set, maximized: false });

  await launch();
  const reopened = required(
    await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().find((w) => w.getParentWindow() === null)?.getBounds() ?? null),
    'the main window after the restart',
  );
  for (const key of ['x', 'y', 'width', 'height'] as const) expect(Math.abs(reopened[key] - set[key]), key).toBeLessThanOrEqual(1);
});

test('closing the main window (with a preview open) ends the app', async () => {
  const id = await printedPledge();
  await zi('documents', 'open', { id });
  await expect.poll(async () => (await windowsFromMain()).length).toBe(2);
  const main = await mainWindowFromMain();
  const exited = exitOf(app.process(), 60_000);
  // Closed a moment after evaluate has answered, so the answer is not lost with the process.
  await app.evaluate(({ BrowserWindow }, mainId) => void setTimeout(() => BrowserWindow.fromId(mainId)?.close(), 100), main.id);
  expect(await exited).toBe(0);
});
