// Offline check of the Windows release path: validates electron-builder.yml against
// electron-builder's own schema and checks the promises the README makes (per-user NSIS, portable,
// icon, fonts outside asar, the PDF worker and its packages unpacked from asar), then checks
// .github/workflows/windows.yml (it parses, every npm script and file it names exists).
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { createRequire, isBuiltin } from 'node:module';
import { build } from 'esbuild';
import { Minimatch } from 'minimatch';
import { BUNDLED_PACKAGES, externalPackages, packageName } from './externals.mjs';

const require = createRequire(import.meta.url);
const { load } = require('js-yaml');
const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js');
const { DebugLogger } = require('builder-util');

const config = load(readFileSync('electron-builder.yml', 'utf8'));
await validateConfiguration(config, new DebugLogger(false));

const problems = [];
const expect = (condition, message) => {
  if (!condition) problems.push(message);
};
expect(config.productName === 'ZI Desk', 'productName must be "ZI Desk"');
const targets = (config.win?.target ?? []).map((t) => (typeof t === 'string' ? t : t.target));
expect(targets.includes('nsis') && targets.includes('portable'), 'win targets must include nsis and portable');
expect(config.nsis?.perMachine === false && config.nsis?.allowElevation === false, 'NSIS must install per user without elevation');
expect(config.nsis?.deleteAppDataOnUninstall === false, 'uninstall must keep user data');
expect(existsSync(config.win?.icon ?? ''), 'win.icon must exist');
const fonts = (config.extraResources ?? []).find((r) => r.to === 'fonts');
expect(fonts && existsSync(fonts.from) && readdirSync(fonts.from).some((f) => f.endsWith('.ttf')), 'fonts must ship as extraResources');
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
expect(/^\d+\.\d+\.\d+$/.test(pkg.devDependencies?.electron ?? ''), 'electron must be pinned exactly');
expect(!('react' in (pkg.dependencies ?? {})), 'renderer libraries belong in devDependencies');
for (const name of BUNDLED_PACKAGES) {
  expect(name in (pkg.devDependencies ?? {}) && !(name in (pkg.dependencies ?? {})), `${name} is bundled into dist/electron (scripts/externals.mjs): keep it in devDependencies`);
}

// The PDF worker thread runs from app.asar.unpacked (electron/services/pdf/workerClient.ts), so the
// bundle and the whole dependency tree of every package it may load must be unpacked. Packages
// only the main process loads stay in app.asar.
const WORKER_BUNDLE = 'dist/electron/pdf-worker.js';
const MAIN_PROCESS_ONLY = ['exceljs', 'lowdb'];
const unpackPatterns = (config.asarUnpack ?? []).map((pattern) => new Minimatch(pattern, { dot: true }));
const isUnpacked = (file) => unpackPatterns.some((pattern) => pattern.match(file));
expect(/['"]pdf-worker['"]\s*:/.test(readFileSync('scripts/build.mjs', 'utf8')), `scripts/build.mjs must emit the PDF worker as ${WORKER_BUNDLE}`);
expect(isUnpacked(WORKER_BUNDLE), `asarUnpack must hold ${WORKER_BUNDLE}`);
// The parsing sandbox's worker (electron/services/sandbox/index.ts) also starts from a real file;
// it carries its packages inside the bundle, so only the file itself is unpacked.
const SANDBOX_BUNDLE = 'dist/electron/sandbox-worker.js';
expect(/['"]sandbox-worker['"]\s*:/.test(readFileSync('scripts/build.mjs', 'utf8')), `scripts/build.mjs must emit the parsing sandbox as ${SANDBOX_BUNDLE}`);
expect(isUnpacked(SANDBOX_BUNDLE), `asarUnpack must hold ${SANDBOX_BUNDLE}`);
const { metafile } = await build({
  entryPoints: ['electron/services/pdf/worker.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  plugins: [externalPackages],
  write: false,
  metafile: true,
  outdir: 'dist/check-builder',
  logLevel: 'silent',
});
const workerPackages = new Set(
  Object.values(metafile.outputs)
    .flatMap((output) => output.imports)
    .filter((entry) => entry.external && !isBuiltin(entry.path))
    .map((entry) => packageName(entry.path)),
);
for (const name of workerPackages) {
  expect(name in (pkg.dependencies ?? {}) && !MAIN_PROCESS_ONLY.includes(name), `the PDF worker imports ${name}: it must be a dependency, not a main-process-only one`);
}
const lockPackages = JSON.parse(readFileSync('package-lock.json', 'utf8')).packages ?? {};
/** Where Node finds `name` from the package folder `from` ('' = the app), as package-lock records it. */
const locate = (from, name) => {
  for (let dir = from; ; dir = dir.includes('/node_modules/') ? dir.slice(0, dir.lastIndexOf('/node_modules/')) : '') {
    const candidate = `${dir === '' ? '' : `${dir}/`}node_modules/${name}`;
    if (lockPackages[candidate]) return candidate;
    if (dir === '') return null;
  }
};
const workerTree = new Set();
const pending = Object.keys(pkg.dependencies ?? {})
  .filter((name) => !MAIN_PROCESS_ONLY.includes(name))
  .map((name) => locate('', name));
while (pending.length > 0) {
  const dir = pending.pop();
  if (!dir || workerTree.has(dir)) continue;
  workerTree.add(dir);
  const entry = lockPackages[dir];
  for (const name of Object.keys({ ...entry.dependencies, ...entry.optionalDependencies })) pending.push(locate(dir, name));
}
const packed = [...workerTree].filter((dir) => !isUnpacked(`${dir}/package.json`));
expect(packed.length === 0, `asarUnpack must hold the PDF worker's packages: add ${packed.map((dir) => `${dir}/**`).join(', ')}`);

// The Windows workflow: it parses, runs on Windows with Node 22, calls only scripts that exist,
// names only files that exist, and smoke-tests the executable electron-builder writes.
const WORKFLOW = '.github/workflows/windows.yml';
const workflow = load(readFileSync(WORKFLOW, 'utf8'));
const jobs = Object.values(workflow?.jobs ?? {});
expect(jobs.length > 0, `${WORKFLOW} must define a job`);
const steps = jobs.flatMap((job) => job.steps ?? []);
for (const job of jobs) expect(String(job['runs-on']).startsWith('windows'), `${WORKFLOW}: every job runs on a Windows runner`);
expect(steps.some((step) => String(step.uses).startsWith('actions/setup-node@') && String(step.with?.['node-version']) === '22'), `${WORKFLOW} must set up Node 22`);
for (const step of steps) {
  if (step.uses !== undefined) expect(/^[\w.-]+\/[\w.-]+@v\d+$/.test(step.uses), `${WORKFLOW}: "${step.uses}" must name an action at a major version`);
}
const commands = steps.map((step) => step.run).filter((run) => typeof run === 'string');
for (const command of commands) {
  for (const [, script] of command.matchAll(/\bnpm run(?:-script)? ([\w:.-]+)/g)) {
    expect(script in (pkg.scripts ?? {}), `${WORKFLOW} runs "npm run ${script}", which package.json does not define`);
  }
  for (const token of command.split(/\s+/)) {
    if (/^[\w.-]+(\/[\w.-]+)*\.(ts|mts|js|mjs|cjs|json|ya?ml)$/.test(token)) expect(existsSync(token), `${WORKFLOW} names ${token}, which does not exist`);
  }
}
for (const script of ['ci', 'run dist:win']) expect(commands.some((command) => command.includes(`npm ${script}`)), `${WORKFLOW} must run "npm ${script}"`);
const smoke = steps.find((step) => typeof step.run === 'string' && step.run.includes('playwright.electron.config.ts'));
expect(smoke !== undefined && existsSync('tests/electron/smoke.spec.ts'), `${WORKFLOW} must run the Electron smoke test (tests/electron/smoke.spec.ts)`);
const packagedExe = `${config.directories?.output ?? 'dist'}/win-unpacked/${config.productName}.exe`;
expect(smoke?.env?.ZI_DESK_ELECTRON_EXE === packagedExe, `${WORKFLOW}: the smoke test must launch ${packagedExe}`);
expect(/testDir:\s*'tests\/e2e'/.test(readFileSync('playwright.config.ts', 'utf8')), 'playwright.config.ts must keep testDir tests/e2e (tests/electron needs the packaged app)');

if (problems.length > 0) {
  console.error(`Windows release path: ${problems.join('; ')}`);
  process.exit(1);
}
console.log(
  `electron-builder.yml valid (schema + per-user NSIS, portable, icon, fonts outside asar, PDF worker and its ${workerTree.size} packages unpacked); ${WORKFLOW} consistent.`,
);
