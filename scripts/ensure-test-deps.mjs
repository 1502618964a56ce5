// Checks (and where possible installs) what the tests need beyond npm: Debian's chromium for the
// end-to-end tests, poppler-utils (pdftotext, pdfinfo, pdftoppm) for reading generated PDFs and
// zbar-tools (zbarimg) for scanning their QR codes back.
import { execSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const needs = [
  { bin: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', pkg: 'chromium' },
  { bin: '/usr/bin/pdftotext', pkg: 'poppler-utils' },
  { bin: '/usr/bin/pdfinfo', pkg: 'poppler-utils' },
  { bin: '/usr/bin/zbarimg', pkg: 'zbar-tools' },
];
const missing = [...new Set(needs.filter((n) => !existsSync(n.bin)).map((n) => n.pkg))];
if (missing.length === 0) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
if (isRoot && hasApt) {
  console.log(`Memasang paket untuk pengujian: ${missing.join(' ')} …`);
  execSync('apt-get update -qq', { stdio: 'inherit' });
  execSync(`DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${missing.join(' ')}`, { stdio: 'inherit' });
  process.exit(0);
}
console.error(`Pengujian membutuhkan paket Debian: ${missing.join(' ')}. Pasang dengan: sudo apt-get install -y ${missing.join(' ')}`);
process.exit(1);
