/**
 * Worksheets benchmark: is `worksheets:list` fine reading every unit-year document lazily, for
 * 70 units × 10 years, or does it need an index document? And does one saved answer cost the same
 * with 700 worksheets on disk?
 *
 *   npx tsx tests/bench/worksheets.bench.ts          (ZI_DESK_BENCH_DIR=<folder> to bench another disk)
 *
 * Builds 700 realistic worksheets (all 127 entered items answered on the Unit and TPI layers, one
 * history entry per answer) by cloning one made through the real service, then measures through the
 * real dispatcher: a cold list of every year right after the clone (`listColdFirstOfDayMs`: the
 * clones were written outside the app, so there is no summary index yet and every document is
 * opened, validated and scored — what the first list after an update or a restore costs unless the
 * host's background `prepareIndex()` has run; reading never writes a daily copy), a second cold list
 * in a new process (index read), a warm list, a cold list of one year, and the median of one-answer
 * saves and of `worksheets:get`. Figures are printed, never asserted.
 */
import { promises as fsp } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { WorksheetDetail, WorksheetList } from '../../shared/worksheets';
import { benchUnits, cloneWorksheets, openApp, templateAnswers } from './app';
import { median, runIfMain, timed, value } from './support';

const UNITS = 70;
const YEARS = 10;
const FIRST_YEAR = 2016;
const SAVES = 30;

export async function run(): Promise<Record<string, number>> {
  const base = process.env.ZI_DESK_BENCH_DIR ?? os.tmpdir();
  const dataDir = await fsp.mkdtemp(path.join(base, 'zi-desk-bench-worksheets-'));
  try {
    const changes = templateAnswers().best.map(([code, answer]) => ({ code, answer }));

    // One real worksheet through the service, then cloned for every unit-year.
    const setup = await openApp(dataDir);
    const now = new Date().toISOString();
    const units = benchUnits(UNITS, now);
    await setup.services.master.replaceAll({ ...setup.services.master.data(), units });
    const seed = value<WorksheetDetail>(await setup.dispatch('worksheets:create', { unitId: units[0]?.id, year: FIRST_YEAR }));
    value(await setup.dispatch('worksheets:saveAnswers', { id: seed.worksheet.id, layer: 'unit', changes }));
    const full = value<WorksheetDetail>(await setup.dispatch('worksheets:saveAnswers', { id: seed.worksheet.id, layer: 'tpi', changes }));
    await setup.services.close();
    const record = full.worksheet;
    const bytes = await cloneWorksheets(dataDir, units, FIRST_YEAR, FIRST_YEAR + YEARS - 1, () => record);

    const first = await openApp(dataDir);
    const coldFirst = await timed(() => first.dispatch('worksheets:list', {}));
    const listed = value<WorksheetList>(coldFirst.value).worksheets.length;
    const warm = await timed(() => first.dispatch('worksheets:list', {}));
    const target = `${units[10]?.id ?? ''}-${FIRST_YEAR + 5}`;
    const saves: number[] = [];
    for (let index = 0; index < SAVES; index += 1) {
      const answer = { type: 'ABC', value: index % 2 === 0 ? 'B' : 'C' };
      saves.push((await timed(() => first.dispatch('worksheets:saveAnswers', { id: target, layer: 'tpi', changes: [{ code: 'A.I.1.i.b', answer }] }))).ms);
    }
    const gets: number[] = [];
    for (let index = 0; index < SAVES; index += 1) gets.push((await timed(() => first.dispatch('worksheets:get', { id: target }))).ms);
    await first.services.close();

    const second = await openApp(dataDir);
    const coldSameDay = await timed(() => second.dispatch('worksheets:list', {}));
    await second.services.close();
    const third = await openApp(dataDir);
    const coldOneYear = await timed(() => third.dispatch('worksheets:list', { year: FIRST_YEAR + 3 }));
    await third.services.close();

    const figures = {
      worksheets: listed,
      averageDocumentKb: bytes / (UNITS * YEARS) / 1024,
      listColdFirstOfDayMs: coldFirst.ms,
      listColdSameDayMs: coldSameDay.ms,
      listWarmMs: warm.ms,
      listColdOneYearMs: coldOneYear.ms,
      saveOneAnswerMedianMs: median(saves),
      getMedianMs: median(gets),
    };
    console.table(Object.fromEntries(Object.entries(figures).map(([key, figure]) => [key, Number(figure.toFixed(1))])));
    return figures;
  } finally {
    await fsp.rm(dataDir, { recursive: true, force: true });
  }
}

runIfMain(import.meta.url, async () => {
  await run();
});
