/**
 * Start-up benchmark: from starting the web host to the first rendered page in Chromium.
 *
 *   npm run build && npx tsx tests/bench/startup.bench.ts
 *
 * Each run gets a fresh data folder and a fresh browser context (no cache, no cookie): the clock
 * starts when `node dist/electron/web-host.js` is spawned and stops when the Beranda heading is
 * visible. Chromium itself is launched once beforehand (its own start is a property of the
 * machine, printed separately). The goal (≤ 1 s) is a comparison column, never asserted.
 */
import { chromium, type Browser } from '@playwright/test';
import { freshDataDir, startHost } from '../e2e/host';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './browser';
import { median, runIfMain } from './support';

const RUNS = 5;
const GOAL_MS = 1000;

export interface StartupRun {
  /** Spawn → the host printed its URL (storage opened, server listening). */
  hostReadyMs: number;
  /** Spawn → Beranda heading visible in the page. */
  firstPageMs: number;
}

export interface StartupFigures {
  browserLaunchMs: number;
  runs: StartupRun[];
  medianHostReadyMs: number;
  medianFirstPageMs: number;
  environment: { node: string; platform: string; chromium: string };
}

async function oneRun(browser: Browser): Promise<StartupRun> {
  const { dir, cleanup } = await freshDataDir();
  const context = await browser.newContext({ locale: 'id-ID', timezoneId: 'Asia/Jakarta', viewport: { width: 1360, height: 860 } });
  try {
    const page = await context.newPage();
    const started = performance.now();
    const host = await startHost(dir);
    const hostReadyMs = performance.now() - started;
    try {
      await page.goto(host.launchUrl);
      await page.getByRole('heading', { level: 1, name: 'Beranda' }).waitFor({ state: 'visible', timeout: 30_000 });
      return { hostReadyMs, firstPageMs: performance.now() - started };
    } finally {
      await host.stop();
    }
  } finally {
    await context.close();
    await cleanup();
  }
}

/** Launches Chromium, then measures `runs` cold starts of the built web host. */
export async function run(options: { runs?: number; executablePath?: string } = {}): Promise<StartupFigures> {
  const launchStarted = performance.now();
  const browser = await chromium.launch({
    executablePath: options.executablePath ?? CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS],
  });
  const browserLaunchMs = performance.now() - launchStarted;
  try {
    const runs: StartupRun[] = [];
    for (let i = 0; i < (options.runs ?? RUNS); i++) runs.push(await oneRun(browser));
    return {
      browserLaunchMs,
      runs,
      medianHostReadyMs: median(runs.map((r) => r.hostReadyMs)),
      medianFirstPageMs: median(runs.map((r) => r.firstPageMs)),
      environment: { node: process.version, platform: `${process.platform}-${process.arch}`, chromium: browser.version() },
    };
  } finally {
    await browser.close();
  }
}

const ms = (value: number): string => value.toFixed(0);

/** Markdown table: one row per run plus the median, with the goal as a comparison column. */
export function formatReport(figures: StartupFigures): string {
  const lines = [
    `| run | host siap ms | halaman pertama ms | ≤ ${GOAL_MS} ms |`,
    '|---|---:|---:|:-:|',
    ...figures.runs.map((r, i) => `| ${i + 1} | ${ms(r.hostReadyMs)} | ${ms(r.firstPageMs)} | ${r.firstPageMs <= GOAL_MS ? 'ya' : 'TIDAK'} |`),
    `| **median** | **${ms(figures.medianHostReadyMs)}** | **${ms(figures.medianFirstPageMs)}** | **${figures.medianFirstPageMs <= GOAL_MS ? 'ya' : 'TIDAK'}** |`,
    '',
    `Node ${figures.environment.node}, ${figures.environment.platform}, Chromium ${figures.environment.chromium} ` +
      `(diluncurkan sekali lebih dulu: ${ms(figures.browserLaunchMs)} ms). Waktu diukur dari menjalankan web host ` +
      'sampai judul "Beranda" tampil; folder data dan konteks peramban baru setiap kali.',
  ];
  return lines.join('\n');
}

runIfMain(import.meta.url, async () => {
  console.log(formatReport(await run()));
});
