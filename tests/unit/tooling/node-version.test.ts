import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * One Node version: package.json `engines`, `.nvmrc` and the README name the same version, and every
 * package in the lock file (electron, electron-builder, @electron/get, ESLint …) accepts the lowest
 * version `engines` allows, so `npm ci` on it prints no engine warning.
 */

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const read = (file: string): string => readFileSync(path.join(root, file), 'utf8');
// semver is npm's own range parser; it is installed with the toolchain (a dependency of many of ours).
const semver = createRequire(import.meta.url)('semver') as {
  satisfies(version: string, range: string): boolean;
  minVersion(range: string): { version: string } | null;
};

interface LockFile {
  packages: Record<string, { engines?: { node?: unknown } }>;
}

const engines = (JSON.parse(read('package.json')) as { engines: { node: string } }).engines.node;
const lowest = semver.minVersion(engines)?.version ?? '';

describe('Node version', () => {
  it('every locked package accepts the lowest version engines allows', () => {
    const lock = JSON.parse(read('package-lock.json')) as LockFile;
    const refusing = Object.entries(lock.packages)
      .map(([name, entry]) => [name, entry.engines?.node] as const)
      .filter((pair): pair is readonly [string, string] => typeof pair[1] === 'string')
      .filter(([, range]) => !semver.satisfies(lowest, range))
      .map(([name, range]) => `${name} wants ${range}`);
    expect(lowest).toBe('22.13.0');
    expect(refusing).toEqual([]);
  });

  it('.nvmrc names a major that engines accepts in full', () => {
    const major = read('.nvmrc').trim();
    expect(major).toMatch(/^\d+$/);
    expect(semver.satisfies(`${major}.99.0`, engines)).toBe(true);
    expect(lowest.startsWith(`${major}.`)).toBe(true);
  });

  it('the README names the same version', () => {
    expect(read('README.md')).toContain(`Node.js ${lowest.replace(/\.0$/, '')}`);
  });
});
