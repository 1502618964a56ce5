// The unpacked Windows build the Electron smoke test drives (.github/workflows/windows.yml, after
// `npm run dist:win`): electron-builder.yml as released, except that the `--inspect` fuse stays on
// (Playwright drives Electron through the Node inspector; with the release fuse it cannot start the
// app). Written to release/smoke/win-unpacked; never shipped. scripts/check-fuses.mjs checks the
// released executable's fuses separately.
import { Arch, Platform, build } from 'electron-builder';
import { loadBuilderConfig, smokeBuildConfig } from './package-layout.mjs';

await build({
  targets: Platform.WINDOWS.createTarget('dir', Arch.x64),
  config: smokeBuildConfig(loadBuilderConfig()),
  publish: 'never',
});
