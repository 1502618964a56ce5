// What electron-builder puts into app.asar, app.asar.unpacked and resources/ for electron-builder.yml,
// computed offline. Shared by scripts/check-builder.mjs (which measures it and checks the
// exclusions) and the packaged-layout unit test (which packs app.asar from it with @electron/asar
// and runs the PDF worker from the result).
//
// The production packages and where they land come from electron-builder's own collector (it runs
// `npm ls` and re-hoists the tree: a package may land elsewhere than in the project's node_modules).
// The files follow electron-builder 26.17's own rules (app-builder-lib/out): `fileMatcher.js`
// (getMainFileMatchers: the `files` patterns plus its default exclusions; getNodeModuleFileMatcher:
// `**/*` plus only the "!" patterns of `files`, matched against node_modules/<package>/...),
// `util/filter.js` (patterns applied in order, last match wins), `util/NodeModuleCopyHelper.js`
// (names and extensions always left out of packages) and `platformPackager.js` (asarUnpack as a
// file matcher). Not modelled: smartUnpack of packages holding native binaries (none here).
// Checked once (2026-12) against a real electron-builder 26.17 Linux `--dir` build with a stand-in
// Electron binary: the same files in app.asar and in app.asar.unpacked.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire, isBuiltin } from 'node:module';
import path from 'node:path';
import { build } from 'esbuild';
import { Minimatch } from 'minimatch';
import { externalPackages, packageName } from './externals.mjs';

const require = createRequire(import.meta.url);
const { load } = require('js-yaml');

export const WORKER_ENTRY = 'electron/services/pdf/worker.ts';
export const WORKER_BUNDLE = 'dist/electron/pdf-worker.js';
/**
 * Packages the PDF engine resolves by name at run time (electron/services/pdf/modules.ts:
 * `createRequire(...).resolve('pdfmake')`), which no bundler sees; pdfkit and fontkit come with
 * pdfmake's dependency tree.
 */
export const WORKER_RUNTIME_PACKAGES = ['pdfmake'];

/** The Electron fuses electron-builder.yml must set (README, Windows section). */
export const REQUIRED_FUSES = {
  runAsNode: false,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  onlyLoadAppFromAsar: true,
  enableEmbeddedAsarIntegrityValidation: true,
  enableCookieEncryption: true,
};

/**
 * Files the package must not carry: the web host's command line (it serves the app over HTTP, the
 * packaged app never starts it), source maps, browser builds and sources of packages Node never
 * loads, and pdfmake's copy of the fonts (the app reads resources/fonts).
 */
export const EXCLUDED_FROM_PACKAGE = [
  /^dist\/electron\/web-host\.js$/,
  /\.map$/,
  /(^|\/)node_modules\/exceljs\/dist\//,
  /(^|\/)node_modules\/pdfmake\/(build|fonts|src)\//,
  /\/pdfkit\/js\/pdfkit\.standalone\.js$/,
  /\/fontkit\/dist\/browser/,
  /(^|\/)node_modules\/pngjs\/browser\.js$/,
  /(^|\/)node_modules\/(node-forge|jszip)\/dist\//,
  /\/\.yarn\//,
];

/** Where the unpacked build for the Electron smoke test is written (scripts/dist-smoke.mjs). */
export const SMOKE_OUTPUT = 'release/smoke';

/**
 * The configuration of the smoke-test build: the release configuration with the `--inspect` fuse
 * left on, because Playwright drives Electron through the Node inspector and cannot start a build
 * without it. Every other fuse, file pattern and resource stays as released.
 */
export function smokeBuildConfig(config) {
  return {
    ...config,
    directories: { ...config.directories, output: SMOKE_OUTPUT },
    electronFuses: { ...config.electronFuses, enableNodeCliInspectArguments: true },
  };
}

// fileMatcher.js: excludedNames / excludedExts; NodeModuleCopyHelper.js: excludedFiles,
// topLevelExcludedFiles; appFileCopier.js: getNodeModuleExcludedExts (Windows build).
const EXCLUDED_NAMES =
  '.git,.hg,.svn,CVS,RCS,SCCS,__pycache__,.DS_Store,thumbs.db,.gitignore,.gitkeep,.gitattributes,.npmignore,' +
  '.idea,.vs,.flowconfig,.jshintrc,.eslintrc,.circleci,.yarn-integrity,.yarn-metadata.json,yarn-error.log,yarn.lock,' +
  'package-lock.json,npm-debug.log,pnpm-lock.yaml,bun.lock,bun.lockb,appveyor.yml,.travis.yml,circle.yml,.nyc_output,.husky,.github,electron-builder.env';
const EXCLUDED_EXTS = 'iml,hprof,orig,pyc,pyo,rbc,swp,csproj,sln,suo,xproj,cc,d.ts,mk,a,o,obj,forge-meta';
const MODULE_EXCLUDED_FILES = new Set(['.DS_Store', 'node_modules', 'CHANGELOG.md', 'ChangeLog', 'changelog.md', 'Changelog.md', 'Changelog', 'binding.gyp', '.npmignore', 'node_gyp_bins', ...EXCLUDED_NAMES.split(',')]);
const MODULE_TOP_LEVEL_EXCLUDED = new Set(['karma.conf.js', '.coveralls.yml', 'README.md', 'readme.markdown', 'README', 'readme.md', 'Readme.md', 'Readme', 'readme', 'test', 'tests', '__tests__', 'powered-test', 'example', 'examples', '.bin']);
const MODULE_EXCLUDED_EXTS = ['.o', '.obj', ...EXCLUDED_EXTS.split(',').map((ext) => `.${ext}`), '.pdb'];

/** electron-builder.yml, parsed. */
export function loadBuilderConfig(projectDir = '.') {
  return load(readFileSync(path.join(projectDir, 'electron-builder.yml'), 'utf8'));
}

const compile = (patterns) => patterns.map((pattern) => new Minimatch(path.posix.normalize(pattern.replace(/^\.\//, '')), { dot: true }));

/** util/filter.js minimatchAll: patterns in order; once matched, only exclusions are tried, and back. */
function matchAll(relative, patterns, isDirectory) {
  let match = false;
  for (const pattern of patterns) {
    if (match !== pattern.negate) continue;
    match = pattern.match(relative, isDirectory && !pattern.negate);
  }
  return match;
}

/** The patterns electron-builder applies to the app's own files (getMainFileMatchers). */
function appPatterns(config) {
  const patterns = [...(config.files ?? [])].filter((p) => typeof p === 'string');
  if (!patterns.includes('package.json')) patterns.push('package.json');
  const first = ['!**/node_modules/**'];
  const buildResources = config.directories?.buildResources ?? 'build';
  first.push(`!${buildResources}{,/**/*}`);
  first.push(`!${config.directories?.output ?? 'dist'}{,/**/*}`);
  let insertAt = 0;
  for (let i = patterns.length - 1; i >= 0; i -= 1) {
    if (patterns[i].startsWith('**/')) {
      insertAt = i + 1;
      break;
    }
  }
  patterns.splice(insertAt, 0, ...first);
  patterns.push(`!**/*.{${EXCLUDED_EXTS},pdb}`, '!**/._*', '!**/electron-builder.{yaml,yml,json,json5,toml,ts}', `!**/{${EXCLUDED_NAMES}}`, '!.yarn{,/**/*}', '!.editorconfig', '!.yarnrc.yml');
  return compile(patterns);
}

/**
 * Whether electron-builder would pack the app file `relative` (e.g. `dist/electron/preload.cjs`) if
 * it existed, and whether into app.asar.unpacked: checks the rules without a build.
 */
export function appFileRule(config, relative) {
  const parts = relative.split('/');
  const app = appPatterns(config);
  const included = parts.every((_, i) => matchAll(parts.slice(0, i + 1).join('/'), app, i < parts.length - 1));
  return { included, unpacked: included && matchAll(relative, compile(config.asarUnpack ?? []), false) };
}

/** The patterns for files inside packages (getNodeModuleFileMatcher): `**\/*` and the exclusions of `files`. */
function modulePatterns(config) {
  const exclusions = (config.files ?? []).filter((p) => typeof p === 'string' && p.startsWith('!'));
  return compile(exclusions.length > 0 ? ['**/*', ...exclusions] : []);
}

/** Where Node finds `name` from the package folder `from` ('' = the app) among the folders in `has`. */
export function locatePackage(has, from, name) {
  for (let dir = from; ; dir = dir.includes('/node_modules/') ? dir.slice(0, dir.lastIndexOf('/node_modules/')) : '') {
    const candidate = `${dir === '' ? '' : `${dir}/`}node_modules/${name}`;
    if (has(candidate)) return candidate;
    if (dir === '') return null;
  }
}

/**
 * The production packages as electron-builder places them in the app: a map from the folder in
 * the app (`node_modules/a`, `node_modules/a/node_modules/b`) to the folder it is copied from.
 * Uses app-builder-lib's collector exactly as `electron-builder` does for an npm project.
 */
export async function productionTree(projectDir = '.') {
  const { getCollectorByPackageManager, PM } = require('app-builder-lib/out/node-module-collector/index.js');
  const { TmpDir } = require('temp-file');
  const tmp = new TmpDir();
  try {
    const pkg = JSON.parse(readFileSync(path.join(projectDir, 'package.json'), 'utf8'));
    const { nodeModules } = await getCollectorByPackageManager(PM.NPM, path.resolve(projectDir), tmp).getNodeModules({ packageName: pkg.name });
    const tree = new Map();
    const visit = (modules, prefix) => {
      for (const module of modules ?? []) {
        const at = `${prefix}node_modules/${module.name}`;
        tree.set(at, module.dir);
        visit(module.dependencies, `${at}/`);
      }
    };
    visit(nodeModules, '');
    return tree;
  } finally {
    await tmp.cleanup();
  }
}

/**
 * Folders of `tree` reachable from the packages `roots` (resolved from the app), following each
 * package's dependencies, optional and peer dependencies as Node would resolve them in the app.
 */
export function dependencyClosure(tree, roots) {
  const closure = new Set();
  const has = (dir) => tree.has(dir);
  const pending = roots.map((name) => locatePackage(has, '', name));
  while (pending.length > 0) {
    const dir = pending.pop();
    if (!dir || closure.has(dir)) continue;
    closure.add(dir);
    const manifest = JSON.parse(readFileSync(path.join(tree.get(dir), 'package.json'), 'utf8'));
    for (const name of Object.keys({ ...manifest.dependencies, ...manifest.optionalDependencies, ...manifest.peerDependencies })) pending.push(locatePackage(has, dir, name));
  }
  return closure;
}

/** The packages the PDF worker may load: its bundle's external imports plus {@link WORKER_RUNTIME_PACKAGES}. */
export async function workerEntryPackages(projectDir = '.') {
  const { metafile } = await build({
    absWorkingDir: path.resolve(projectDir),
    entryPoints: [WORKER_ENTRY],
    bundle: true,
    platform: 'node',
    format: 'esm',
    plugins: [externalPackages],
    write: false,
    metafile: true,
    outdir: 'dist/check-builder',
    logLevel: 'silent',
  });
  const imported = Object.values(metafile.outputs)
    .flatMap((output) => output.imports)
    .filter((entry) => entry.external && !isBuiltin(entry.path))
    .map((entry) => packageName(entry.path));
  return new Set([...imported, ...WORKER_RUNTIME_PACKAGES]);
}

function walk(root, relative, visit) {
  for (const entry of readdirSync(path.join(root, relative), { withFileTypes: true })) {
    const child = relative === '' ? entry.name : `${relative}/${entry.name}`;
    const isDirectory = entry.isDirectory() || (entry.isSymbolicLink() && statSync(path.join(root, child)).isDirectory());
    if (visit(child, entry.name, isDirectory) && isDirectory) walk(root, child, visit);
  }
}

/**
 * Every file the package carries: `path` relative to the app, `/`-separated (`dist/electron/main.js`,
 * `node_modules/pdfkit/js/pdfkit.js`), `source` the file it is copied from, its size, and whether it
 * lies in app.asar.unpacked; plus the production packages (`tree`, from {@link productionTree}) and
 * the extra resources (`resources/<to>/...`). App files are looked for under the folders the positive
 * `files` patterns start with.
 */
export async function packageLayout(projectDir = '.', config = loadBuilderConfig(projectDir), tree = undefined) {
  const packages = tree ?? (await productionTree(projectDir));
  const files = [];
  const unpack = compile(config.asarUnpack ?? []);
  const add = (relative, source) => files.push({ path: relative, source, size: statSync(source).size, unpacked: matchAll(relative, unpack, false) });

  const app = appPatterns(config);
  const roots = new Set((config.files ?? []).filter((p) => typeof p === 'string' && !p.startsWith('!')).map((p) => p.split('/')[0]));
  for (const top of roots) {
    if (!existsSync(path.join(projectDir, top))) continue;
    if (!statSync(path.join(projectDir, top)).isDirectory()) {
      if (matchAll(top, app, false)) add(top, path.resolve(projectDir, top));
      continue;
    }
    walk(projectDir, top, (relative, _name, isDirectory) => {
      if (!matchAll(relative, app, isDirectory)) return false;
      if (!isDirectory) add(relative, path.resolve(projectDir, relative));
      return true;
    });
  }

  const modules = modulePatterns(config);
  for (const [at, source] of packages) {
    walk(source, '', (inside, name, isDirectory) => {
      const relative = `${at}/${inside}`;
      if (MODULE_EXCLUDED_FILES.has(name) || name.startsWith('._')) return false;
      if (!isDirectory && MODULE_EXCLUDED_EXTS.some((ext) => name.endsWith(ext))) return false;
      if (inside === name && MODULE_TOP_LEVEL_EXCLUDED.has(name)) return false;
      if (modules.length > 0 && !matchAll(relative, modules, isDirectory)) return false;
      if (!isDirectory) add(relative, path.join(source, inside));
      return true;
    });
  }

  const resources = [];
  for (const extra of config.extraResources ?? []) {
    const from = typeof extra === 'string' ? extra : extra.from;
    const to = typeof extra === 'string' ? extra : (extra.to ?? extra.from);
    const filter = compile(typeof extra === 'string' ? ['**/*'] : [].concat(extra.filter ?? ['**/*']));
    walk(projectDir, from, (relative, _name, isDirectory) => {
      const inside = relative.slice(from.length + 1);
      if (!matchAll(inside, filter, isDirectory)) return false;
      if (!isDirectory) resources.push({ from: relative, to: `${to}/${inside}` });
      return true;
    });
  }
  return { files, packages, resources };
}
