// Reads the Electron fuses of a packaged executable (`node scripts/check-fuses.mjs "release/win-unpacked/ZI Desk.exe"`)
// and fails unless each one is as electron-builder.yml sets it. Run by .github/workflows/windows.yml
// on the released build, which the smoke test cannot drive (its --inspect fuse is off).
import { createRequire } from 'node:module';
import { loadBuilderConfig, REQUIRED_FUSES } from './package-layout.mjs';

// @electron/fuses as electron-builder itself loads it (a dependency of app-builder-lib).
const require = createRequire(createRequire(import.meta.url).resolve('app-builder-lib'));
const { FuseV1Options, getCurrentFuseWire } = require('@electron/fuses');
const { FuseState } = require('@electron/fuses/dist/constants');

const executable = process.argv[2];
if (!executable) {
  console.error('Usage: node scripts/check-fuses.mjs <path to the packaged executable>');
  process.exit(2);
}
const NAMES = {
  runAsNode: 'RunAsNode',
  enableCookieEncryption: 'EnableCookieEncryption',
  enableNodeOptionsEnvironmentVariable: 'EnableNodeOptionsEnvironmentVariable',
  enableNodeCliInspectArguments: 'EnableNodeCliInspectArguments',
  enableEmbeddedAsarIntegrityValidation: 'EnableEmbeddedAsarIntegrityValidation',
  onlyLoadAppFromAsar: 'OnlyLoadAppFromAsar',
};
const configured = loadBuilderConfig().electronFuses ?? {};
const wire = await getCurrentFuseWire(executable);
const wrong = Object.keys(REQUIRED_FUSES).filter((fuse) => {
  const state = wire[FuseV1Options[NAMES[fuse]]];
  return state !== (configured[fuse] ? FuseState.ENABLE : FuseState.DISABLE);
});
if (wrong.length > 0) {
  console.error(`${executable}: fuses not as electron-builder.yml sets them: ${wrong.join(', ')}`);
  process.exit(1);
}
console.log(`${executable}: ${Object.keys(REQUIRED_FUSES).length} fuses as configured.`);
