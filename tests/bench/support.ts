import { spawn } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import type { Result } from '../../shared/result';

/** Helpers shared by the benchmark scripts (figures only, never assertions). */

/** The value of a channel result; throws with the code and message on failure. */
export function value<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

/** Median (mean of the two middle values for an even count); NaN for no values. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1 ? (sorted[middle] ?? Number.NaN) : ((sorted[middle - 1] ?? Number.NaN) + (sorted[middle] ?? Number.NaN)) / 2;
}

/** Nearest-rank percentile (`fraction` 0.5 = median, 0.95 = p95); NaN for no samples. */
export function percentile(samples: readonly number[], fraction: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))] ?? Number.NaN;
}

/** Runs `work` once and returns its result with the time it took (ms). */
export async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const result = await work();
  return { ms: performance.now() - start, value: result };
}

/** Deterministic PRNG (mulberry32), so every run of a benchmark works on the same data. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** One of `values`, chosen with `random`. */
export function pick<V>(random: () => number, values: readonly V[]): V {
  const value = values[Math.floor(random() * values.length)];
  if (value === undefined) throw new Error('empty list');
  return value;
}

/**
 * Runs `file` in a fresh `node --import tsx` process (or with `nodeArgs` instead: `[]` for a built
 * JavaScript file) with `env` added, and resolves with the first line of its output that is a JSON
 * object (how the benchmarks' child processes report).
 */
export function jsonFromChild<T>(file: string, env: Record<string, string>, label: string, nodeArgs: readonly string[] = ['--import', 'tsx']): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeArgs, file], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (code !== 0 || !line) reject(new Error(`child ${label} failed (${String(code)}): ${err.slice(-800)}`));
      else resolve(JSON.parse(line) as T);
    });
  });
}

/**
 * Runs `main` when `moduleUrl` is the script node was started with (a bench imported by another
 * runs nothing). A failure is printed and sets a failing exit code; `exit`: the process ends as soon
 * as `main` does, for benches whose worker threads would otherwise keep it alive.
 */
export function runIfMain(moduleUrl: string, main: () => Promise<void> | void, options: { exit?: boolean } = {}): void {
  const entry = process.argv[1];
  if (entry === undefined || moduleUrl !== pathToFileURL(entry).href) return;
  Promise.resolve()
    .then(main)
    .then(
      () => {
        if (options.exit) process.exit(0);
      },
      (error: unknown) => {
        console.error(error);
        if (options.exit) process.exit(1);
        process.exitCode = 1;
      },
    );
}
