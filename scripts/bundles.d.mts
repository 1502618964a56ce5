// Types of scripts/bundles.mjs for the TypeScript tests that use it.
import type { BuildOptions } from 'esbuild';
export function nodeBundles(outdir: string): BuildOptions[];
export function coldStartBenchBundles(outdir: string): BuildOptions[];
