import nodeModule from 'node:module';

/** `module.enableCompileCache` as Node 22.1+ has it (absent from Node 20 and its typings' older versions). */
type EnableCompileCache = (directory?: string) => { status: number; message?: string; directory?: string };

/**
 * Turns on Node's on-disk compile cache (V8 code cache) for every module this process compiles
 * from now on, and for the worker threads it starts later (the PDF worker loads pdfkit, fontkit and
 * pdfmake — most of its start-up — and inherits `NODE_COMPILE_CACHE`): from the second start on,
 * their code is read from the cache instead of being compiled again. Where the runtime has it:
 * `module.enableCompileCache` exists from Node 22.1 (Electron 45 ships Node 22); on Node 20 this
 * does nothing. `directory` must be a cache folder of the app (Electron: userData/cache), never the
 * data folder; without one Node's default (NODE_COMPILE_CACHE, else the OS temp folder) is used.
 * Never throws: a cache that cannot be used only costs the time it would have saved. Returns the
 * folder in use, or null.
 */
export function enableCompileCache(directory?: string): string | null {
  const enable = (nodeModule as unknown as { enableCompileCache?: EnableCompileCache }).enableCompileCache;
  if (typeof enable !== 'function') return null;
  try {
    const result = enable(directory);
    if (result.directory === undefined) return null;
    // Worker threads copy this environment when they start and enable the same cache.
    process.env.NODE_COMPILE_CACHE = result.directory;
    return result.directory;
  } catch {
    return null;
  }
}
