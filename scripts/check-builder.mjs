// Offline check of the Windows release path: validates electron-builder.yml against
// electron-builder's own schema and checks the promises the README makes (per-user NSIS in
// Indonesian, portable with its own unpack folder and a splash, icon, the AppUserModelID, Electron
// fuses, fonts outside asar, the PDF worker and its packages unpacked from asar, no web host and no
// browser builds in the package), then checks .github/workflows/windows.yml (it parses, every npm
// script and file it names exists, the smoke test runs a build Playwright can drive).
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { transform } from 'esbuild';
import { Minimatch } from 'minimatch';
import { BUNDLED_PACKAGES } from './externals.mjs';
import { EXCLUDED_FROM_PACKAGE, REQUIRED_FUSES, WORKER_BUNDLE, appFileRule, dependencyClosure, packageLayout, productionTree, smokeBuildConfig, workerEntryPackages } from './package-layout.mjs';

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
// bundle and the whole dependency tree of every package it may load must be unpacked: the packages
// its bundle imports plus those the PDF engine resolves by name at run time. Packages only the main
// process loads stay in app.asar.
const MAIN_PROCESS_ONLY = ['exceljs', 'lowdb'];
const unpackPatterns = (config.asarUnpack ?? []).map((pattern) => new Minimatch(pattern, { dot: true }));
const isUnpacked = (file) => unpackPatterns.some((pattern) => pattern.match(file));
expect(/['"]pdf-worker['"]\s*:/.test(readFileSync('scripts/bundles.mjs', 'utf8')), `scripts/bundles.mjs must emit the PDF worker as ${WORKER_BUNDLE}`);
// The parsing sandbox's worker (electron/services/sandbox/index.ts) also starts from a real file;
// it carries its packages inside the bundle, so only the file itself is unpacked.
const SANDBOX_BUNDLE = 'dist/electron/sandbox-worker.js';
expect(/['"]sandbox-worker['"]\s*:/.test(readFileSync('scripts/bundles.mjs', 'utf8')), `scripts/bundles.mjs must emit the parsing sandbox as ${SANDBOX_BUNDLE}`);
expect(isUnpacked(SANDBOX_BUNDLE), `asarUnpack must hold ${SANDBOX_BUNDLE}`);
const SIGNATURE_BUNDLE = 'dist/electron/signature-worker.js';
expect(/['"]signature-worker['"]\s*:/.test(readFileSync('scripts/bundles.mjs', 'utf8')) && isUnpacked(SIGNATURE_BUNDLE), `scripts/bundles.mjs must emit the sandbox's signature threads as ${SIGNATURE_BUNDLE}, and asarUnpack must hold it`);
const workerPackages = await workerEntryPackages();
for (const name of workerPackages) {
  expect(name in (pkg.dependencies ?? {}) && !MAIN_PROCESS_ONLY.includes(name), `the PDF worker imports ${name}: it must be a dependency, not a main-process-only one`);
}
// Where electron-builder puts each production package (it re-hoists npm's tree), and the worker's
// packages among them as the worker thread resolves them from app.asar.unpacked.
const tree = await productionTree();
const workerTree = dependencyClosure(tree, [...workerPackages]);
const packed = [...workerTree].filter((dir) => !isUnpacked(`${dir}/package.json`));
expect(packed.length === 0, `asarUnpack must hold the PDF worker's packages: add ${packed.map((dir) => `${dir}/**`).join(', ')}`);

// The portable launcher: every launch unpacks into its own folder (`unpackDirName: true` leaves
// UNPACK_DIR_NAME undefined in templates/nsis/portable.nsi, so $PLUGINSDIR\app is used: a second
// launch can no longer delete the running copy's files), with a bitmap splash while it unpacks.
expect(config.portable?.unpackDirName === true, 'portable.unpackDirName must be true (a fresh unpack folder per launch)');
const splash = config.portable?.splashImage;
const splashBytes = typeof splash === 'string' && existsSync(splash) ? readFileSync(splash) : null;
expect(splashBytes !== null && splashBytes.subarray(0, 2).toString('latin1') === 'BM' && splashBytes.readUInt16LE(28) === 24, 'portable.splashImage must be an existing 24-bit .bmp (the launcher only shows bitmaps)');

// The installer: Indonesian pages, current user only, never elevated, no install-mode page.
expect(JSON.stringify(config.nsis?.installerLanguages) === JSON.stringify(['id_ID']) && config.nsis?.multiLanguageInstaller === true, 'nsis.installerLanguages must be [id_ID] in a multi-language build (English for the messages without a translation)');
expect(config.nsis?.language === '1057', 'nsis.language (version information) must be 1057, Indonesian');
expect(config.nsis?.oneClick === false && config.nsis?.selectPerMachineByDefault !== true, 'the assisted installer must default to the current user');
const nsisInclude = typeof config.nsis?.include === 'string' && existsSync(config.nsis.include) ? readFileSync(config.nsis.include, 'utf8') : '';
expect(/!macro customInstallMode\s+StrCpy \$isForceCurrentInstall "1"\s+!macroend/.test(nsisInclude), 'nsis.include must force the current-user install mode (customInstallMode), so no "for all users" page is shown');

// The AppUserModelID the shell sets must be the installer's appId, or Windows shows two taskbar buttons.
const appModule = await transform(readFileSync('shared/app.ts', 'utf8'), { loader: 'ts', format: 'esm' });
const { APP_USER_MODEL_ID } = await import(`data:text/javascript;base64,${Buffer.from(appModule.code).toString('base64')}`);
expect(config.appId === APP_USER_MODEL_ID, `appId (${config.appId}) must equal APP_USER_MODEL_ID in shared/app.ts (${APP_USER_MODEL_ID})`);

// Electron fuses, exactly as promised (README, Windows section).
for (const [fuse, value] of Object.entries(REQUIRED_FUSES)) {
  expect(config.electronFuses?.[fuse] === value, `electronFuses.${fuse} must be ${value}`);
}
const smokeConfig = smokeBuildConfig(config);
const changedFuses = Object.keys(REQUIRED_FUSES).filter((fuse) => smokeConfig.electronFuses[fuse] !== config.electronFuses?.[fuse]);
expect(JSON.stringify(changedFuses) === '["enableNodeCliInspectArguments"]', 'the smoke-test build may differ from the release only in enableNodeCliInspectArguments');

// What the package carries: the bundles and the worker, no web host, no browser builds, fonts outside.
const layout = await packageLayout('.', config, tree);
const packedPaths = new Set(layout.files.map((file) => file.path));
// The bundles scripts/bundles.mjs emits, by the rules (so without a build too), and as built.
const bundleFiles = ['dist/electron/main.js', 'dist/electron/preload.cjs', WORKER_BUNDLE, SANDBOX_BUNDLE, 'dist/renderer/index.html'];
for (const file of bundleFiles) expect(appFileRule(config, file).included, `the files patterns must pack ${file}`);
for (const file of [WORKER_BUNDLE, SANDBOX_BUNDLE]) expect(appFileRule(config, file).unpacked, `${file} must be outside app.asar`);
expect(!appFileRule(config, 'dist/electron/preload.cjs').unpacked && !appFileRule(config, 'dist/electron/main.js').unpacked, 'main.js and preload.cjs stay inside app.asar');
expect(!appFileRule(config, 'dist/electron/web-host.js').included, 'the files patterns must leave out dist/electron/web-host.js');
const builtDist = existsSync('dist/electron/main.js');
if (builtDist) {
  for (const file of bundleFiles) expect(packedPaths.has(file), `the package must carry ${file}`);
}
for (const file of layout.files) {
  const excluded = EXCLUDED_FROM_PACKAGE.find((rule) => rule.test(file.path));
  if (excluded) problems.push(`the package must not carry ${file.path} (files patterns in electron-builder.yml)`);
}
expect(!layout.files.some((file) => file.path.endsWith('.ttf')) && layout.resources.some((file) => file.to === 'fonts/Roboto-Regular.ttf'), 'the fonts must ship as resources/fonts, outside app.asar');
const megabytes = (files) => (files.reduce((total, file) => total + file.size, 0) / 1e6).toFixed(1);

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
// The release build's fuses block Playwright, so the smoke test launches the build scripts/dist-smoke.mjs
// makes, and a separate step reads the fuses of the released executable.
const releaseExe = `${config.directories?.output ?? 'dist'}/win-unpacked/${config.productName}.exe`;
const smokeExe = `${smokeConfig.directories.output}/win-unpacked/${config.productName}.exe`;
expect(commands.some((command) => command.includes('node scripts/dist-smoke.mjs')), `${WORKFLOW} must make the smoke-test build (node scripts/dist-smoke.mjs)`);
expect(smoke?.env?.ZI_DESK_ELECTRON_EXE === smokeExe, `${WORKFLOW}: the smoke test must launch ${smokeExe}`);
expect(commands.some((command) => command.includes(`node scripts/check-fuses.mjs "${releaseExe}"`)), `${WORKFLOW} must check the fuses of ${releaseExe} (node scripts/check-fuses.mjs)`);
expect(/testDir:\s*'tests\/e2e'/.test(readFileSync('playwright.config.ts', 'utf8')), 'playwright.config.ts must keep testDir tests/e2e (tests/electron needs the packaged app)');

if (problems.length > 0) {
  console.error(`Windows release path: ${problems.join('; ')}`);
  process.exit(1);
}
const unpackedFiles = layout.files.filter((file) => file.unpacked);
console.log(
  `electron-builder.yml valid (schema, per-user Indonesian NSIS, portable unpack folder + splash, appId = AppUserModelID, fuses, icon, fonts outside asar, PDF worker and its ${workerTree.size} packages unpacked, no web host or browser builds); ${WORKFLOW} consistent.`,
);
console.log(
  `Package: ${layout.packages.size} packages; app.asar ${megabytes(layout.files.filter((file) => !file.unpacked))} MB, app.asar.unpacked ${megabytes(unpackedFiles)} MB (${unpackedFiles.length} files)${builtDist ? '' : ' (without dist/: run npm run build first to count the bundles)'}.`,
);
