import nodeModule from 'node:module';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { enableCompileCache } from '../../../../electron/services/compileCache';

const before = process.env.NODE_COMPILE_CACHE;
afterEach(() => {
  if (before === undefined) delete process.env.NODE_COMPILE_CACHE;
  else process.env.NODE_COMPILE_CACHE = before;
});

describe("Node's compile cache", () => {
  it('is turned on where the runtime has it (Node 22.1+, Electron 45) and handed to later worker threads; skipped quietly on Node 20', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'zi-compile-cache-'));
    try {
      const available = typeof (nodeModule as unknown as { enableCompileCache?: unknown }).enableCompileCache === 'function';
      const used = enableCompileCache(dir);
      if (available) {
        expect(used).not.toBeNull();
        expect(process.env.NODE_COMPILE_CACHE).toBe(used);
      } else {
        expect(used).toBeNull();
        expect(process.env.NODE_COMPILE_CACHE).toBe(before);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
