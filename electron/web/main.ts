import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { enableCompileCache } from '../services/compileCache';
import { exportFontsDir } from '../services/pdf/fonts';
import { preloadExcelJs } from '../services/files/xlsx';
import { resolveDataDir } from '../services/storage';
import { startWebHost } from './host';

/**
 * Command-line entry of the web host (`node dist/electron/web-host.js`): serves the built renderer
 * from `dist/renderer` and prints the address to open. Stops cleanly on Ctrl+C so every write lands.
 */
// The bundle runs from dist/electron (scripts/build.mjs); the project root is two levels up.
const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');

function version(): string {
  try {
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version?: string };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

async function main(): Promise<void> {
  const dataDir = resolveDataDir({ env: process.env, platform: process.platform, homedir: os.homedir() });
  // Modules compiled from here on (the PDF worker's libraries, the signing libraries, exceljs) come
  // from Node's compile cache (Node's default folder) from the second start on; nothing on Node 20.
  enableCompileCache();
  const port = Number(process.env.ZI_DESK_PORT ?? '0');
  // One fonts folder for every service and PDF worker thread of this process (ZI_FONTS_DIR).
  exportFontsDir(path.join(root, 'resources', 'fonts'));
  const host = await startWebHost({
    dataDir,
    rendererDir: path.join(root, 'dist', 'renderer'),
    version: version(),
    port: Number.isInteger(port) && port > 0 && port < 65536 ? port : 0,
    ...(process.env.ZI_DESK_TOKEN ? { token: process.env.ZI_DESK_TOKEN } : {}),
    // The PDF worker and the signing module load a second after start, once the first page had
    // the CPU (started at once, they slowed the first page by a quarter on 2 cores).
    interactive: true,
    warmUpAfterMs: 1000,
  });
  // Machine-readable line first (tests read it), then the human one.
  process.stdout.write(`ZI_DESK_URL=${host.launchUrl}\n`);
  process.stdout.write(`ZI Desk berjalan di peramban: buka ${host.launchUrl}\nFolder data: ${dataDir}\nTekan Ctrl+C untuk berhenti.\n`);
  // The worksheets' summary index is brought up to date in the background (rebuilt after an update
  // or a restore), so the first list of every year reads the index.
  void host.services.worksheets.prepareIndex();
  // The same for exceljs (~0.3–0.5 s to import): the first Excel export or import then only builds the file.
  setTimeout(preloadExcelJs, 3000).unref();
  let closing = false;
  const stop = (): void => {
    if (closing) return;
    closing = true;
    void host.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`ZI Desk tidak dapat dimulai: ${message}\n`);
  process.exit(1);
});
