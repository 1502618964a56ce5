// Which bare imports the Node bundles (main, web host, PDF worker) leave to node_modules at run
// time, and which they carry inside. Shared by scripts/build.mjs and scripts/check-builder.mjs so
// the packaging check sees exactly what the build emits.
import { isBuiltin } from 'node:module';

/**
 * Bundled into dist/electron instead of shipped as packages:
 * - `qrcode`: its package also holds its command line, whose yargs tree (~30 packages) the app
 *   never loads but electron-builder would pack and the PDF worker's unpacked copy would repeat;
 * - `zod`: loaded at every start by the main process and by the PDF worker thread; as ~120 separate
 *   ES modules from node_modules it costs ~65 ms of CPU per thread to resolve and link, bundled
 *   ~25 ms.
 */
export const BUNDLED_PACKAGES = ['qrcode', 'zod'];

export const packageName = (specifier) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');

/** esbuild plugin: every other package stays external (loaded from node_modules at run time). */
export const externalPackages = {
  name: 'zi-desk-external-packages',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) => {
      if (isBuiltin(args.path)) return { path: args.path, external: true };
      // Inside a bundled package, its own dependencies are bundled with it.
      if (/[\\/]node_modules[\\/]/.test(args.importer)) return undefined;
      return BUNDLED_PACKAGES.includes(packageName(args.path)) ? undefined : { path: args.path, external: true };
    });
  },
};
