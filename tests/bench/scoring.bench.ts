// Scoring engine benchmark: figures, never assertions.
// Run alone with `npx tsx tests/bench/scoring.bench.ts`, or through `npm run bench`; another
// script may `import { run }` and aggregate the returned figures.
import type { Answer } from '../../shared/lke/answers';
import { scoreWorksheet } from '../../shared/lke/scoring';
import { itemsByCode } from '../../shared/lke/structure';
import { getTemplate } from '../../shared/lke/templates/index';
import type { Template } from '../../shared/lke/types';
import { percentile, pick, prng, runIfMain } from './support';

/** Targets from the brief: one worksheet ≤ 0,5 ms median; 70 units × 10 years ≤ 100 ms. */
export const TARGETS = { singleMedianMs: 0.5, archiveMs: 100 } as const;

export interface ScoringBenchFigures {
  /** First score of the template (includes compiling the per-template structure). */
  coldFirstMs: number;
  singleRuns: number;
  singleMedianMs: number;
  singleP95Ms: number;
  archiveWorksheets: number;
  archiveRepeats: number;
  /** Median time to score the whole 700-worksheet archive once. */
  archiveMedianMs: number;
  archiveMaxMs: number;
  targets: typeof TARGETS;
}

/** A fully answered worksheet with varied answers (every choice, count and index item). */
function worksheet(template: Template, seed: number): Record<string, Answer> {
  const next = prng(seed);
  const answers: Record<string, Answer> = {};
  const choose = (code: string, type: 'YA_TIDAK' | 'ABC' | 'ABCD' | 'ABCDE'): void => {
    switch (type) {
      case 'YA_TIDAK':
        answers[code] = { type, value: pick(next, ['Ya', 'Ya', 'Tidak'] as const) };
        break;
      case 'ABC':
        answers[code] = { type, value: pick(next, ['A', 'B', 'C'] as const) };
        break;
      case 'ABCD':
        answers[code] = { type, value: pick(next, ['A', 'B', 'C', 'D'] as const) };
        break;
      case 'ABCDE':
        answers[code] = { type, value: pick(next, ['A', 'B', 'C', 'D', 'E'] as const) };
        break;
    }
  };
  for (const location of itemsByCode(template).values()) {
    const { item } = location;
    if (item.answerType === 'PERSEN') continue;
    if (item.answerType === 'JUMLAH') answers[item.code] = { type: 'JUMLAH', value: Math.floor(next() * 40) };
    else if (item.answerType !== 'INDEKS') choose(item.code, item.answerType);
    else if (location.kind === 'question') answers[item.code] = { type: 'INDEKS', value: Math.round(next() * 400) / 100 };
    else answers[item.code] = { type: 'INDEKS', value: Math.round((3 + next()) * 100) / 100 };
  }
  return answers;
}

/** Runs the benchmark and returns its figures (milliseconds). */
export function run(options: { singleRuns?: number; archiveRepeats?: number } = {}): ScoringBenchFigures {
  const singleRuns = Math.max(2000, options.singleRuns ?? 5000);
  const archiveRepeats = Math.max(1, options.archiveRepeats ?? 30);
  const loaded = getTemplate('lke-zi-90-2021-5-2024');
  if (!loaded.ok) throw new Error(loaded.error.message);
  const template = loaded.value;

  const one = worksheet(template, 1);
  let sink = 0;
  const coldStart = performance.now();
  sink += scoreWorksheet(template, one).value;
  const coldFirstMs = performance.now() - coldStart;

  // Warm-up, then time single worksheets one by one.
  for (let index = 0; index < 1000; index += 1) sink += scoreWorksheet(template, one).value;
  const single: number[] = [];
  for (let index = 0; index < singleRuns; index += 1) {
    const start = performance.now();
    sink += scoreWorksheet(template, one).value;
    single.push(performance.now() - start);
  }
  single.sort((a, b) => a - b);

  // 70 units × 10 years of different worksheets, re-scored as a whole (e.g. the annual recap).
  const archive = Array.from({ length: 70 * 10 }, (_, index) => worksheet(template, 1000 + index));
  for (const answers of archive) sink += scoreWorksheet(template, answers).value;
  const batches: number[] = [];
  for (let repeat = 0; repeat < archiveRepeats; repeat += 1) {
    const start = performance.now();
    for (const answers of archive) sink += scoreWorksheet(template, answers).value;
    batches.push(performance.now() - start);
  }
  batches.sort((a, b) => a - b);
  if (Number.isNaN(sink)) throw new Error('unexpected NaN score');

  return {
    coldFirstMs,
    singleRuns,
    singleMedianMs: percentile(single, 0.5),
    singleP95Ms: percentile(single, 0.95),
    archiveWorksheets: archive.length,
    archiveRepeats,
    archiveMedianMs: percentile(batches, 0.5),
    archiveMaxMs: batches[batches.length - 1] ?? Number.NaN,
    targets: TARGETS,
  };
}

function main(): void {
  const figures = run();
  const ms = (value: number): string => `${value.toFixed(4)} ms`;
  const verdict = (value: number, target: number): string => (value <= target ? 'within target' : 'OVER target');
  const rows: Array<[string, string, string, string]> = [
    ['first score (cold, compiles template)', ms(figures.coldFirstMs), '—', ''],
    [
      `one worksheet, median of ${figures.singleRuns}`,
      ms(figures.singleMedianMs),
      `≤ ${TARGETS.singleMedianMs} ms`,
      verdict(figures.singleMedianMs, TARGETS.singleMedianMs),
    ],
    [`one worksheet, p95`, ms(figures.singleP95Ms), '—', ''],
    [
      `${figures.archiveWorksheets} worksheets (70 units × 10 years), median of ${figures.archiveRepeats}`,
      ms(figures.archiveMedianMs),
      `≤ ${TARGETS.archiveMs} ms`,
      verdict(figures.archiveMedianMs, TARGETS.archiveMs),
    ],
    [`${figures.archiveWorksheets} worksheets, slowest`, ms(figures.archiveMaxMs), '—', ''],
  ];
  const widths = [0, 1, 2].map((column) =>
    Math.max(...rows.map((row) => row[column]?.length ?? 0), ['measure', 'figure', 'target'][column]?.length ?? 0),
  );
  const line = (cells: readonly string[]): string =>
    cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ').trimEnd();
  console.log('LKE scoring engine (shared/lke/scoring.ts)');
  console.log(line(['measure', 'figure', 'target', 'comparison']));
  for (const row of rows) console.log(line(row));
}

runIfMain(import.meta.url, main);
