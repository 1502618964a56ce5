// The esbuild options of the Node bundles (main + web host + PDF worker + parsing sandbox as ESM, the preload as one
// CommonJS file, as a sandboxed preload requires). Shared by scripts/build.mjs and the
// packaged-layout unit test, which builds them into a temporary folder.
import { externalPackages } from './externals.mjs';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  plugins: [externalPackages],
};

/** esbuild options writing the bundles to `outdir` (e.g. dist/electron). */
export function nodeBundles(outdir) {
  return [
    {
      ...common,
      // web-host: the web host's command line (electron/web/main.ts). Split into chunks so that a
      // module the code loads with `import()` (the signing libraries) is read on first use, not at
      // start-up: without splitting esbuild inlines it and hoists its packages' imports to the top.
      entryPoints: { main: 'electron/main/index.ts', 'web-host': 'electron/web/main.ts' },
      outdir,
      format: 'esm',
      // Chunks stay next to the entries (esbuild's default names): code that finds the worker
      // scripts relative to its own module (`import.meta.url`) may end up in a chunk.
      splitting: true,
      outExtension: { '.js': '.js' },
      external: ['electron'],
      banner: { js: "import { createRequire as __ziCreateRequire } from 'node:module'; const require = __ziCreateRequire(import.meta.url);" },
    },
    {
      ...common,
      // pdf-worker: the PDF engine's worker thread (electron/services/pdf/worker.ts), found next to
      // main.js and web-host.js; one file without chunks, as the packaged app unpacks it from app.asar.
      entryPoints: { 'pdf-worker': 'electron/services/pdf/worker.ts' },
      outdir,
      format: 'esm',
      outExtension: { '.js': '.js' },
      external: ['electron'],
      banner: { js: "import { createRequire as __ziCreateRequire } from 'node:module'; const require = __ziCreateRequire(import.meta.url);" },
    },
    {
      ...common,
      // sandbox-worker: the parsing sandbox's worker thread (electron/services/sandbox/worker.ts),
      // one file with every package it loads (exceljs, pngjs, zod …) bundled in, so the packaged app
      // unpacks this single file from app.asar (electron-builder.yml asarUnpack) and nothing else.
      // signature-worker: its signature threads (signatureWorker.ts, node:crypto only), a file of its
      // own so that a thread started for signatures does not read the parsers' 5 MB.
      plugins: [],
      entryPoints: { 'sandbox-worker': 'electron/services/sandbox/worker.ts', 'signature-worker': 'electron/services/sandbox/signatureWorker.ts' },
      outdir,
      format: 'esm',
      outExtension: { '.js': '.js' },
      banner: { js: "import { createRequire as __ziCreateRequire } from 'node:module'; const require = __ziCreateRequire(import.meta.url);" },
    },
    {
      ...common,
      plugins: [],
      entryPoints: { preload: 'electron/preload/index.ts' },
      outdir,
      format: 'cjs',
      outExtension: { '.js': '.cjs' },
      external: ['electron'],
      target: 'chrome130',
      platform: 'node',
    },
  ];
}

/**
 * The cold-start benchmark's child process (tests/bench/coldstartChild.ts) built with the app's own
 * options — the split ESM bundle of main/web-host, the PDF worker and the parsing sandbox next to
 * it — so the benchmark measures the modules as the shipped app loads them. Written to its own
 * `outdir` (e.g. dist/bench-coldstart, inside the project so that the external packages resolve
 * from node_modules), never into dist/electron: the app's bundles stay as they are.
 */
export function coldStartBenchBundles(outdir) {
  const [app, pdfWorker, sandboxWorker] = nodeBundles(outdir);
  return [{ ...app, entryPoints: { 'coldstart-child': 'tests/bench/coldstartChild.ts' } }, pdfWorker, sandboxWorker];
}
