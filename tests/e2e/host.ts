import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/** A running web host on a data folder of its own, started from the built bundle like `npm start`. */
export interface RunningHost {
  url: string;
  launchUrl: string;
  dataDir: string;
  stop(): Promise<void>;
}

const ENTRY = path.resolve('dist/electron/web-host.js');

/** Starts `node dist/electron/web-host.js` on `dataDir` and waits for the line with its URL. */
export async function startHost(dataDir: string): Promise<RunningHost> {
  const child: ChildProcess = spawn(process.execPath, [ENTRY], {
    env: { ...process.env, ZI_DESK_DATA_DIR: dataDir, NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const launchUrl = await new Promise<string>((resolve, reject) => {
    let buffer = '';
    const timer = setTimeout(() => reject(new Error(`web host did not start: ${stderr}`)), 20_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const match = /ZI_DESK_URL=(\S+)/.exec(buffer);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`web host exited with ${String(code)}: ${stderr}`));
    });
  });
  const url = new URL(launchUrl);
  return {
    url: `${url.origin}/`,
    launchUrl,
    dataDir,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) {
          resolve();
          return;
        }
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** A fresh temporary data folder, removed by the returned cleanup. */
export async function freshDataDir(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'zi-desk-e2e-'));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}
