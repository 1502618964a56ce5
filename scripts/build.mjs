// Builds the three bundles: renderer (Vite), main + web host (ESM) and preload (one CommonJS file,
// as a sandboxed preload requires). Plain Vite + esbuild: two small, well-known tools instead of a
// wrapper, and the web host must be buildable without anything Electron-specific.
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';
import { rmSync } from 'node:fs';
import { externalPackages } from './externals.mjs';

const onlyNode = process.argv.includes('--node-only');
rmSync('dist/electron', { recursive: true, force: true });

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  plugins: [externalPackages],
};

await Promise.all([
  esbuild({
    ...common,
    // web-host: the web host's command line (electron/web/main.ts); pdf-worker: the PDF engine's
    // worker thread (electron/services/pdf/worker.ts), found next to main.js and web-host.js.
    entryPoints: { main: 'electron/main/index.ts', 'web-host': 'electron/web/main.ts', 'pdf-worker': 'electron/services/pdf/worker.ts' },
    outdir: 'dist/electron',
    format: 'esm',
    outExtension: { '.js': '.js' },
    external: ['electron'],
    banner: { js: "import { createRequire as __ziCreateRequire } from 'node:module'; const require = __ziCreateRequire(import.meta.url);" },
  }),
  esbuild({
    ...common,
    // sandbox-worker: the parsing sandbox's worker thread (electron/services/sandbox/worker.ts),
    // one file with every package it loads (exceljs, pngjs, zod …) bundled in, so the packaged app
    // unpacks this single file from app.asar (electron-builder.yml asarUnpack) and nothing else.
    plugins: [],
    entryPoints: { 'sandbox-worker': 'electron/services/sandbox/worker.ts' },
    outdir: 'dist/electron',
    format: 'esm',
    outExtension: { '.js': '.js' },
    banner: { js: "import { createRequire as __ziCreateRequire } from 'node:module'; const require = __ziCreateRequire(import.meta.url);" },
  }),
  esbuild({
    ...common,
    plugins: [],
    entryPoints: { preload: 'electron/preload/index.ts' },
    outdir: 'dist/electron',
    format: 'cjs',
    outExtension: { '.js': '.cjs' },
    external: ['electron'],
    target: 'chrome130',
    platform: 'node',
  }),
]);

if (!onlyNode) {
  await viteBuild({ configFile: 'vite.config.ts', logLevel: 'warn' });
}
console.log('Build selesai: dist/electron dan dist/renderer.');
