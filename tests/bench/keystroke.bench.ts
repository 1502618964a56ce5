// Worksheet screen benchmark: from a keystroke on an answer to the totals panel showing the new
// value, in Chromium with all 127 items rendered, measured with the page's own clock. Figures,
// never assertions. Needs `npm run build` first (it starts the built web host).
// Run alone with `npx tsx tests/bench/keystroke.bench.ts`, or through `npm run bench`; another
// script may `import { run }` and aggregate the returned figures.
import { chromium, type Page } from '@playwright/test';
import config from '../../playwright.config';
import { freshDataDir, startHost } from '../e2e/host';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './browser';
import { percentile, runIfMain } from './support';

/** Target: keystroke → totals panel updated, median ≤ 16 ms (one frame at 60 Hz). */
export const TARGETS = { medianMs: 16 } as const;

export interface KeystrokeBenchFigures {
  /** Question rows on screen when measuring (127 answerable + 8 computed). */
  rowsRendered: number;
  keystrokes: number;
  /** Keystrokes whose total did not change (not measured; should be 0). */
  missed: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
  minMs: number;
  targets: typeof TARGETS;
}

const WORKSHEET_ID = 'demo-disdukcapil-2022';

/** Items toggled between two values, so every keystroke changes the total. */
const TOGGLES: ReadonlyArray<{ code: string; keys: readonly [string, string] }> = [
  { code: 'A.I.1.i.b', keys: ['a', 'c'] },
  { code: 'A.I.2.i.b', keys: ['a', 'e'] },
  { code: 'A.I.3.i.a', keys: ['y', 't'] },
  { code: 'A.I.5.i.b', keys: ['a', 'd'] },
  { code: 'A.II.2.i.a', keys: ['a', 'c'] },
  { code: 'B.I.b', keys: ['a', 'e'] },
];

async function api(page: Page, channel: string, body: unknown): Promise<void> {
  const result = await page.evaluate(
    async ({ channel: name, body: input }) => {
      const response = await fetch(`/api/${name}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(input),
      });
      return (await response.json()) as { ok: boolean; error?: { message: string } };
    },
    { channel, body },
  );
  if (!result.ok) throw new Error(`${channel}: ${result.error?.message ?? 'gagal'}`);
}

/** Runs the benchmark (a fresh data folder, web host and Chromium) and returns its figures. */
export async function run(options: { rounds?: number } = {}): Promise<KeystrokeBenchFigures> {
  const rounds = Math.max(10, options.rounds ?? 12);
  const { dir, cleanup } = await freshDataDir();
  const host = await startHost(dir);
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS],
  });
  try {
    const page = await browser.newPage({ viewport: config.use?.viewport ?? { width: 1360, height: 860 }, locale: 'id-ID' });
    await page.goto(host.launchUrl);
    await api(page, 'app:setUserName', { name: 'Pengukur Kinerja' });
    await api(page, 'demo:load', {});
    await api(page, 'worksheets:create', { unitId: 'demo-disdukcapil', year: 2022 });
    await page.goto(`${host.url}#/lembar-kerja/${WORKSHEET_ID}`);
    await page.reload();
    const rows = page.getByRole('table', { name: 'Lembar kerja evaluasi' }).locator('tr[data-code]');
    await page.getByTestId('total-value').waitFor();
    const rowsRendered = await rows.count();

    // The page's own clock: keydown (capture phase, before React) → the total's text changes.
    await page.evaluate(() => {
      const probe = { start: 0, samples: [] as number[], missed: 0 };
      (window as unknown as { __keystrokeProbe: typeof probe }).__keystrokeProbe = probe;
      window.addEventListener(
        'keydown',
        (event) => {
          if (event.key.length !== 1) return;
          if (probe.start !== 0) probe.missed += 1;
          probe.start = performance.now();
        },
        true,
      );
      const total = document.querySelector('[data-testid="total-value"]');
      if (!total) throw new Error('total-value not found');
      new MutationObserver(() => {
        if (probe.start === 0) return;
        probe.samples.push(performance.now() - probe.start);
        probe.start = 0;
      }).observe(total, { subtree: true, childList: true, characterData: true });
    });

    // Warm-up outside the measurement: one toggle on every item.
    for (const toggle of TOGGLES) {
      await page.locator(`tr[data-code="${toggle.code}"]`).focus();
      await page.keyboard.press(toggle.keys[0]);
    }
    await page.evaluate(() => {
      const probe = (window as unknown as { __keystrokeProbe: { samples: number[]; missed: number; start: number } }).__keystrokeProbe;
      probe.samples = [];
      probe.missed = 0;
      probe.start = 0;
    });

    let keystrokes = 0;
    for (let round = 0; round < rounds; round += 1) {
      for (const toggle of TOGGLES) {
        await page.locator(`tr[data-code="${toggle.code}"]`).focus();
        await page.keyboard.press(toggle.keys[(round + 1) % 2] ?? 'a');
        keystrokes += 1;
      }
    }
    await page.waitForTimeout(100);
    const probe = await page.evaluate(() => {
      const value = (window as unknown as { __keystrokeProbe: { samples: number[]; missed: number; start: number } }).__keystrokeProbe;
      return { samples: value.samples, missed: value.missed + (value.start === 0 ? 0 : 1) };
    });
    const sorted = [...probe.samples].sort((a, b) => a - b);
    return {
      rowsRendered,
      keystrokes,
      missed: probe.missed,
      medianMs: percentile(sorted, 0.5),
      p95Ms: percentile(sorted, 0.95),
      maxMs: sorted[sorted.length - 1] ?? Number.NaN,
      minMs: sorted[0] ?? Number.NaN,
      targets: TARGETS,
    };
  } finally {
    await browser.close();
    await host.stop();
    await cleanup();
  }
}

async function main(): Promise<void> {
  const figures = await run();
  const ms = (value: number): string => `${value.toFixed(2)} ms`;
  const rows: Array<[string, string, string, string]> = [
    [`keystroke → totals panel, median of ${figures.keystrokes - figures.missed}`, ms(figures.medianMs), `≤ ${TARGETS.medianMs} ms`, figures.medianMs <= TARGETS.medianMs ? 'within target' : 'OVER target'],
    ['keystroke → totals panel, p95', ms(figures.p95Ms), '—', ''],
    ['keystroke → totals panel, fastest / slowest', `${ms(figures.minMs)} / ${ms(figures.maxMs)}`, '—', ''],
    ['question rows rendered', String(figures.rowsRendered), '135 (127 + 8 computed)', figures.rowsRendered >= 135 ? 'all' : 'MISSING ROWS'],
    ['keystrokes without a total change', String(figures.missed), '0', ''],
  ];
  const widths = [0, 1, 2].map((column) =>
    Math.max(...rows.map((row) => row[column]?.length ?? 0), ['measure', 'figure', 'target'][column]?.length ?? 0),
  );
  const line = (cells: readonly string[]): string => cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ').trimEnd();
  console.log('Worksheet screen in Chromium (renderer/src/features/worksheets, web host)');
  console.log(line(['measure', 'figure', 'target', 'comparison']));
  for (const row of rows) console.log(line(row));
}

runIfMain(import.meta.url, main);
