// Offline check of electron-builder.yml: validates it against electron-builder's own schema and
// checks the promises the README makes (per-user NSIS, portable, icon, fonts outside asar).
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { load } = require('js-yaml');
const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js');
const { DebugLogger } = require('builder-util');

const config = load(readFileSync('electron-builder.yml', 'utf8'));
await validateConfiguration(config, new DebugLogger(false));

const problems = [];
const expect = (condition, message) => {
  if (!condition) problems.push(message);
};
expect(config.productName === 'ZI Desk', 'productName must be "ZI Desk"');
const targets = (config.win?.target ?? []).map((t) => (typeof t === 'string' ? t : t.target));
expect(targets.includes('nsis') && targets.includes('portable'), 'win targets must include nsis and portable');
expect(config.nsis?.perMachine === false && config.nsis?.allowElevation === false, 'NSIS must install per user without elevation');
expect(config.nsis?.deleteAppDataOnUninstall === false, 'uninstall must keep user data');
expect(existsSync(config.win?.icon ?? ''), 'win.icon must exist');
const fonts = (config.extraResources ?? []).find((r) => r.to === 'fonts');
expect(fonts && existsSync(fonts.from) && readdirSync(fonts.from).some((f) => f.endsWith('.ttf')), 'fonts must ship as extraResources');
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
expect(/^\d+\.\d+\.\d+$/.test(pkg.devDependencies?.electron ?? ''), 'electron must be pinned exactly');
expect(!('react' in (pkg.dependencies ?? {})), 'renderer libraries belong in devDependencies');
if (problems.length > 0) {
  console.error(`electron-builder.yml: ${problems.join('; ')}`);
  process.exit(1);
}
console.log('electron-builder.yml valid (schema + per-user NSIS, portable, icon, fonts outside asar).');
