/**
 * Channel-latency benchmark: is every interactive channel instant on a big archive, on an idle
 * machine and next to a CPU-bound neighbour (a busy laptop)?
 *
 *   npx tsx tests/bench/latency.bench.ts          (ZI_DESK_BENCH_DIR=<folder> to bench another disk)
 *
 * Builds a 10-year, 70-unit archive (700 answered worksheets cloned from one made through the real
 * service, the demo people, one pledge per unit) and calls every interactive channel — reads and
 * small writes — through the real dispatcher, ROUNDS times each, after a cold start in a fresh
 * process (as the app starts; not in the process that built the archive and still carries its
 * garbage): first the cold `worksheets:list` of every year, then p50/p95 per channel. The whole run is repeated with a
 * busy-loop Node process running beside it. The very first start (no derived summary index yet) is
 * timed on its own. Figures are printed, never asserted; the target is
 * p95 ≤ 100 ms per channel and the cold list of all years ≤ 200 ms.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promises as fsp } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Person } from '../../shared/masterdata/schemas';
import type { WorksheetDetail } from '../../shared/worksheets';
import { addBenchUnits, cloneWorksheets, openApp, templateAnswers, type BenchApp } from './app';
import { jsonFromChild, percentile, timed, value } from './support';

const THIS_FILE = fileURLToPath(import.meta.url);

const UNITS = 70;
const YEARS = 10;
const FIRST_YEAR = 2016;
const LAST_YEAR = FIRST_YEAR + YEARS - 1;
const ROUNDS = 20;
const GOAL_P95_MS = 100;
const GOAL_COLD_LIST_MS = 200;

export interface Archive {
  dataDir: string;
  units: string[];
  people: Person[];
}

async function buildArchive(base: string): Promise<Archive> {
  const dataDir = await fsp.mkdtemp(path.join(base, 'zi-desk-bench-latency-'));
  const setup = await openApp(dataDir);
  value(await setup.dispatch('demo:load', {}));
  const units = await addBenchUnits(setup, UNITS);
  const changes = templateAnswers().best.map(([code, answer]) => ({ code, answer }));
  const firstUnit = units[0]?.id ?? '';
  const seed = value<WorksheetDetail>(await setup.dispatch('worksheets:create', { unitId: firstUnit, year: FIRST_YEAR }));
  value(await setup.dispatch('worksheets:saveAnswers', { id: seed.worksheet.id, layer: 'unit', changes }));
  const full = value<WorksheetDetail>(await setup.dispatch('worksheets:saveAnswers', { id: seed.worksheet.id, layer: 'tpi', changes }));
  const people = value<Person[]>(await setup.dispatch('people:list', {}));
  if (people.length < ROUNDS) throw new Error(`the demo data has at least ${ROUNDS} people`);
  // Earlier pledges for the registry (one per person and year; the measured years stay free).
  for (const person of people.slice(0, ROUNDS)) value(await setup.dispatch('pledges:create', wetPledge(person.id, FIRST_YEAR)));
  await setup.services.close();
  await cloneWorksheets(dataDir, units, FIRST_YEAR, LAST_YEAR, () => full.worksheet);
  return { dataDir, units: units.map((unit) => unit.id), people };
}

function wetPledge(personId: string, year: number): unknown {
  return { signer: { source: 'roster', personId }, year, date: `${year}-06-23`, witness: null, signature: { kind: 'basah' } };
}

/** The channels a user's click or keystroke waits for, each as a call that can run many times. */
export function interactiveCalls(archive: Archive, pledgeYear: number): Array<[string, (round: number) => [string, unknown]]> {
  const unit = archive.units[10] ?? '';
  const worksheet = `${unit}-${LAST_YEAR - 1}`;
  const { people } = archive;
  const person = people[0] as Person;
  return [
    ['app:status', () => ['app:status', {}]],
    ['settings:get', () => ['settings:get', {}]],
    ['units:list', () => ['units:list', {}]],
    ['units:create', (round) => ['units:create', { nama: `Unit Baru ${round}`, singkatan: `UB${round}`, jenis: 'DINAS_BADAN_KANTOR', kepalaNama: '', kepalaNip: '', kepalaJabatan: '', afirmasi: false }]],
    ['people:list', () => ['people:list', {}]],
    ['people:list (search)', () => ['people:list', { query: 'a' }]],
    ['people:update', (round) => ['people:update', { id: person.id, data: { nama: person.nama, jenisAsn: person.jenisAsn, nip: person.nip, golongan: person.golongan, jabatan: `${person.jabatan}${round % 2 === 0 ? '' : ' '}`.trim(), unitId: person.unitId } }]],
    ['worksheets:list (one year)', () => ['worksheets:list', { year: LAST_YEAR }]],
    ['worksheets:list (all years, warm)', () => ['worksheets:list', {}]],
    ['worksheets:get', () => ['worksheets:get', { id: worksheet }]],
    ['worksheets:saveAnswers', (round) => ['worksheets:saveAnswers', { id: worksheet, layer: 'unit', changes: [{ code: 'A.I.1.i.b', answer: { type: 'ABC', value: round % 2 === 0 ? 'B' : 'C' } }] }]],
    ['worksheets:plan', () => ['worksheets:plan', { id: worksheet, layer: 'unit' }]],
    ['prerequisites:list', () => ['prerequisites:list', {}]],
    ['pledges:create', (round) => ['pledges:create', wetPledge((people[round] ?? person).id, pledgeYear)]],
    ['pledges:registry', () => ['pledges:registry', { year: LAST_YEAR }]],
    ['pledges:coverage', () => ['pledges:coverage', { unitId: person.unitId, year: LAST_YEAR }]],
    ['pledgeTemplates:list', () => ['pledgeTemplates:list', {}]],
    ['declarations:list', () => ['declarations:list', {}]],
    ['reports:getMeta', () => ['reports:getMeta', { id: worksheet }]],
    ['reports:dashboard', () => ['reports:dashboard', { year: LAST_YEAR }]],
  ];
}

interface Row {
  channel: string;
  p50: number;
  p95: number;
  error?: string;
}

async function measure(archive: Archive, pledgeYear: number): Promise<{ coldListMs: number; rows: Row[] }> {
  // Opened as the hosts open it: the cold list below is what the first screen meets after start.
  const app: BenchApp = await openApp(archive.dataDir, { asHosts: true });
  try {
    const cold = await timed(() => app.dispatch('worksheets:list', {}));
    value(cold.value);
    const rows: Row[] = [];
    for (const [label, call] of interactiveCalls(archive, pledgeYear)) {
      const samples: number[] = [];
      let error: string | undefined;
      for (let round = 0; round < ROUNDS; round += 1) {
        const [channel, input] = call(round);
        const { ms, value: result } = await timed(() => app.dispatch(channel, input));
        if (!result.ok) error ??= `${result.error.code}: ${result.error.message}`;
        samples.push(ms);
      }
      rows.push({ channel: label, p50: percentile(samples, 0.5), p95: percentile(samples, 0.95), ...(error ? { error } : {}) });
    }
    return { coldListMs: cold.ms, rows };
  } finally {
    await app.services.close();
  }
}

/** A CPU-bound neighbour on one core, as another job on a 2-core laptop. */
function busyNeighbour(): { stop: () => void } {
  const child = spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' });
  return { stop: () => child.kill('SIGKILL') };
}

export async function run(): Promise<{ idle: Awaited<ReturnType<typeof measure>>; loaded: Awaited<ReturnType<typeof measure>> }> {
  const archive = await buildArchive(process.env.ZI_DESK_BENCH_DIR ?? os.tmpdir());
  try {
    // The first start on this archive has no summary index yet: it scores every worksheet and writes it.
    const unindexed = await jsonFromChild<{ ms: number }>(THIS_FILE, { ZI_BENCH_CHILD: JSON.stringify({ mode: 'first', archive }) }, 'first');
    const inChild = (pledgeYear: number) => jsonFromChild<Awaited<ReturnType<typeof measure>>>(THIS_FILE, { ZI_BENCH_CHILD: JSON.stringify({ mode: 'measure', archive, pledgeYear }) }, 'measure');
    const idle = await inChild(LAST_YEAR);
    const neighbour = busyNeighbour();
    let loaded: Awaited<ReturnType<typeof measure>>;
    try {
      loaded = await inChild(LAST_YEAR - 1);
    } finally {
      neighbour.stop();
    }
    const round1 = (ms: number): number => Number(ms.toFixed(1));
    console.log(`first start, no summary index yet: cold worksheets:list ${round1(unindexed.ms)} ms`);
    console.log(`cold worksheets:list, ${UNITS * YEARS} worksheets of ${YEARS} years: idle ${round1(idle.coldListMs)} ms, with a busy neighbour ${round1(loaded.coldListMs)} ms (goal ≤ ${GOAL_COLD_LIST_MS} ms)`);
    console.table(
      idle.rows.map((row, index) => {
        const busy = loaded.rows[index];
        return {
          channel: row.channel,
          'idle p50': round1(row.p50),
          'idle p95': round1(row.p95),
          'busy p50': round1(busy?.p50 ?? Number.NaN),
          'busy p95': round1(busy?.p95 ?? Number.NaN),
          [`p95 ≤ ${GOAL_P95_MS}`]: Math.max(row.p95, busy?.p95 ?? 0) <= GOAL_P95_MS ? 'yes' : 'NO',
          ...(row.error ? { error: row.error.slice(0, 60) } : {}),
        };
      }),
    );
    return { idle, loaded };
  } finally {
    await fsp.rm(archive.dataDir, { recursive: true, force: true });
  }
}

const child = process.env.ZI_BENCH_CHILD;
if (child) {
  const { mode, archive, pledgeYear } = JSON.parse(child) as { mode: 'first' | 'measure'; archive: Archive; pledgeYear: number };
  if (mode === 'first') {
    const first = await openApp(archive.dataDir);
    const unindexed = await timed(() => first.dispatch('worksheets:list', {}));
    value(unindexed.value);
    await first.services.close();
    process.stdout.write(`${JSON.stringify({ ms: unindexed.ms })}\n`);
  } else {
    process.stdout.write(`${JSON.stringify(await measure(archive, pledgeYear))}\n`);
  }
} else if (import.meta.url === `file://${process.argv[1]}`) {
  await run();
}
