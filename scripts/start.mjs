// `npm start`: builds, then runs the Electron app when its binary is present; otherwise serves the
// same app on 127.0.0.1 (the web host) and says why. Never triggers Electron's download.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

function electronBinary() {
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    const candidate = path.join(process.env.ELECTRON_OVERRIDE_DIST_PATH, process.platform === 'win32' ? 'electron.exe' : 'electron');
    return existsSync(candidate) ? candidate : undefined;
  }
  const pathFile = path.resolve('node_modules/electron/path.txt');
  if (!existsSync(pathFile)) return undefined;
  const candidate = path.resolve('node_modules/electron/dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(candidate) ? candidate : undefined;
}

/** Runs a child; `onStdout` (with stdout piped) sees each chunk and may return a one-shot action. */
function run(command, args, { onStdout, ...options } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', ...options });
    if (onStdout && child.stdout) {
      let buffered = '';
      let done = false;
      child.stdout.on('data', (chunk) => {
        if (done) return void process.stdout.write(chunk);
        buffered += chunk.toString('utf8');
        const action = onStdout(chunk, buffered);
        if (action) {
          done = true;
          action();
        }
      });
    }
    const forward = (signal) => child.kill(signal);
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

const built = await run(process.execPath, ['scripts/build.mjs']);
if (built !== 0) process.exit(built);

const binary = electronBinary();
const headless = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
if (binary && !headless && !process.env.ZI_DESK_WEB) {
  process.exit(await run(binary, ['.']));
}

const reason = !binary
  ? 'Program Electron belum terpasang di komputer ini (unduhannya butuh internet; jalankan "npx install-electron" bila tersedia).'
  : headless
    ? 'Tidak ada layar grafis (DISPLAY) untuk jendela Electron.'
    : 'ZI_DESK_WEB diset.';
console.log(`${reason}\nZI Desk dijalankan dalam mode peramban (web host lokal, hanya 127.0.0.1).`);

// The browser is opened for the user where one can be: not on CI, not when ZI_DESK_NO_BROWSER=1, not
// on a Linux without a graphical display. The address is printed either way.
function browserCommand(url) {
  if (process.env.ZI_DESK_NO_BROWSER === '1' || process.env.CI) return undefined;
  if (process.platform === 'win32') return ['cmd', ['/c', 'start', '""', url.replaceAll('&', '^&')]];
  if (process.platform === 'darwin') return ['open', [url]];
  return headless ? undefined : ['xdg-open', [url]];
}

function openBrowser(url) {
  const command = browserCommand(url);
  if (!command) return;
  try {
    const opener = spawn(command[0], command[1], { stdio: 'ignore', detached: true, windowsVerbatimArguments: process.platform === 'win32' });
    opener.on('error', () => console.log('Peramban tidak dapat dibuka otomatis; buka alamat di atas secara manual.'));
    opener.unref();
  } catch {
    console.log('Peramban tidak dapat dibuka otomatis; buka alamat di atas secara manual.');
  }
}

process.exit(
  await run(process.execPath, ['dist/electron/web-host.js'], {
    stdio: ['inherit', 'pipe', 'inherit'],
    onStdout: (chunk, buffered) => {
      process.stdout.write(chunk);
      const match = /ZI_DESK_URL=(\S+)/.exec(buffered);
      return match ? () => openBrowser(match[1]) : undefined;
    },
  }),
);
