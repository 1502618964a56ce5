// Builds the three bundles: renderer (Vite), main + web host (ESM) and preload (one CommonJS file,
// as a sandboxed preload requires). Plain Vite + esbuild: two small, well-known tools instead of a
// wrapper, and the web host must be buildable without anything Electron-specific.
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';
import { rmSync } from 'node:fs';
import { nodeBundles } from './bundles.mjs';

const onlyNode = process.argv.includes('--node-only');
rmSync('dist/electron', { recursive: true, force: true });

await Promise.all(nodeBundles('dist/electron').map((options) => esbuild(options)));

if (!onlyNode) {
  await viteBuild({ configFile: 'vite.config.ts', logLevel: 'warn' });
}
console.log('Build selesai: dist/electron dan dist/renderer.');
