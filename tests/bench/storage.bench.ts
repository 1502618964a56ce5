/**
 * Storage benchmark: does one edit cost the same whether the archive holds one year or ten?
 *
 *   npx tsx tests/bench/storage.bench.ts          (ZI_DESK_BENCH_DIR=<folder> to bench another disk)
 *
 * Builds a synthetic archive (70 units × 135 LKE items × three answer layers per year, plus a
 * master document with the units and ~2,000 people) and measures, in one run:
 *   1. 10 years, one document per unit-year: cold load and durable one-answer saves;
 *   2. the same with 1 year;
 *   3. 10 years in one single document (the naive layout): cold load and one-answer saves, both
 *      through the Storage API (same guarantees) and as a bare durable write of the whole file.
 * Goals are printed as comparison columns, never asserted. `run()` returns the figures.
 */
import { promises as fsp } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { createStorage, type DocumentSpec, type Storage } from '../../electron/services/storage';
import { DurableJsonFile } from '../../electron/services/storage/adapter';
import { percentile, pick, prng, runIfMain, timed } from './support';

const UNITS = 70;
const ITEMS = 135;
const PEOPLE = 2_000;
const HISTORY_PER_SHEET = 40;
const GOAL_SAVE_MEDIAN_MS = 20;
const GOAL_COLD_LOAD_MS = 500;

// ---------------------------------------------------------------- synthetic data and schemas

const answerSchema = z.object({
  answer: z.enum(['ya', 'tidak', 'a', 'b', 'c', 'd', 'e']).nullable(),
  note: z.string().max(500),
});
const itemSchema = z.object({
  id: z.string(),
  unit: answerSchema,
  tpi: answerSchema,
  tpn: answerSchema,
});
const historySchema = z.object({
  at: z.string(),
  by: z.string(),
  itemId: z.string(),
  layer: z.enum(['unit', 'tpi', 'tpn']),
  from: z.string().nullable(),
  to: z.string().nullable(),
});
const worksheetSchema = z.object({
  unitId: z.string(),
  year: z.number().int(),
  items: z.array(itemSchema),
  history: z.array(historySchema),
});
const masterSchema = z.object({
  units: z.array(z.object({ id: z.string(), name: z.string(), kind: z.string(), parentId: z.string().nullable() })),
  people: z.array(
    z.object({
      id: z.string(),
      nip: z.string().regex(/^\d{18}$/),
      name: z.string(),
      unitId: z.string(),
      jabatan: z.string(),
      email: z.string(),
    }),
  ),
});
const archiveSchema = z.object({ master: masterSchema, worksheets: z.record(z.string(), worksheetSchema) });

type Worksheet = z.infer<typeof worksheetSchema>;
type Master = z.infer<typeof masterSchema>;
type Archive = z.infer<typeof archiveSchema>;

const LAYERS = ['unit', 'tpi', 'tpn'] as const;
const ANSWERS = ['ya', 'tidak', 'a', 'b', 'c', 'd', 'e'] as const;

function note(random: () => number): string {
  const words = ['bukti', 'dukung', 'SK', 'tim', 'kerja', 'telah', 'ditetapkan', 'sesuai', 'rapat', 'evaluasi'];
  let text = '';
  while (text.length < 60) text += `${pick(random, words)} `;
  return text.slice(0, 60);
}

const unitId = (u: number): string => `unit-${String(u + 1).padStart(3, '0')}`;
const itemId = (i: number): string => `p${Math.floor(i / 27) + 1}.${Math.floor((i % 27) / 9) + 1}.${(i % 9) + 1}`;

function makeWorksheet(random: () => number, unit: number, year: number): Worksheet {
  const layer = () => ({ answer: pick(random, ANSWERS), note: note(random) });
  return {
    unitId: unitId(unit),
    year,
    items: Array.from({ length: ITEMS }, (_, i) => ({ id: itemId(i), unit: layer(), tpi: layer(), tpn: layer() })),
    history: Array.from({ length: HISTORY_PER_SHEET }, (_, h) => ({
      at: new Date(Date.UTC(year, 2, 1, 8, h)).toISOString(),
      by: `person-${Math.floor(random() * PEOPLE)}`,
      itemId: itemId(Math.floor(random() * ITEMS)),
      layer: pick(random, LAYERS),
      from: pick(random, ANSWERS),
      to: pick(random, ANSWERS),
    })),
  };
}

function makeMaster(random: () => number): Master {
  return {
    units: Array.from({ length: UNITS }, (_, u) => ({
      id: unitId(u),
      name: `Unit Kerja ${u + 1} Pemerintah Kabupaten`,
      kind: pick(random, ['dinas', 'badan', 'kecamatan', 'bagian']),
      parentId: null,
    })),
    people: Array.from({ length: PEOPLE }, (_, p) => ({
      id: `person-${p}`,
      nip: String(197001012000000000n + BigInt(p)),
      name: `Pegawai Nomor ${p} S.Kom., M.Si.`,
      unitId: unitId(p % UNITS),
      jabatan: pick(random, ['Kepala Dinas', 'Sekretaris', 'Analis Kebijakan', 'Pengelola Keuangan', 'Auditor']),
      email: `pegawai${p}@kab.go.id`,
    })),
  };
}

const sheetName = (unit: number, year: number): string => `worksheets/${unitId(unit)}-${year}`;

const sheetSpec = (name: string): DocumentSpec<Worksheet> => ({
  name,
  schema: worksheetSchema,
  version: 1,
  migrations: [],
  empty: () => ({ unitId: '', year: 0, items: [], history: [] }),
});
const masterSpec: DocumentSpec<Master> = {
  name: 'master',
  schema: masterSchema,
  version: 1,
  migrations: [],
  empty: () => ({ units: [], people: [] }),
};
const archiveSpec: DocumentSpec<Archive> = {
  name: 'archive',
  schema: archiveSchema,
  version: 1,
  migrations: [],
  empty: () => ({ master: { units: [], people: [] }, worksheets: {} }),
};

// ---------------------------------------------------------------- archive builders

const envelope = (data: unknown): string => JSON.stringify({ schemaVersion: 1, data });

async function writeDoc(dataDir: string, name: string, data: unknown): Promise<number> {
  const file = `${path.join(dataDir, ...name.split('/'))}.json`;
  await fsp.mkdir(path.dirname(file), { recursive: true });
  const text = envelope(data);
  await fsp.writeFile(file, text);
  return Buffer.byteLength(text);
}

const FIRST_YEAR = 2017;

async function buildSplitArchive(dataDir: string, years: number): Promise<{ bytes: number; sheetBytes: number }> {
  const random = prng(42);
  let bytes = await writeDoc(dataDir, 'master', makeMaster(random));
  let sheetBytes = 0;
  for (let y = 0; y < years; y += 1) {
    for (let u = 0; u < UNITS; u += 1) {
      sheetBytes = await writeDoc(dataDir, sheetName(u, FIRST_YEAR + y), makeWorksheet(random, u, FIRST_YEAR + y));
      bytes += sheetBytes;
    }
  }
  return { bytes, sheetBytes };
}

async function buildSingleFileArchive(dataDir: string, years: number): Promise<number> {
  const random = prng(42);
  const archive: Archive = { master: makeMaster(random), worksheets: {} };
  for (let y = 0; y < years; y += 1) {
    for (let u = 0; u < UNITS; u += 1) {
      archive.worksheets[sheetName(u, FIRST_YEAR + y)] = makeWorksheet(random, u, FIRST_YEAR + y);
    }
  }
  return writeDoc(dataDir, 'archive', archive);
}

// ---------------------------------------------------------------- measurement helpers

/** Edits one answer of one item in a worksheet (what a keystroke-then-save does). */
function editAnswer(sheet: Worksheet, random: () => number, seq: number): void {
  const item = sheet.items[Math.floor(random() * sheet.items.length)];
  if (item === undefined) throw new Error('no item');
  const layer = LAYERS[seq % LAYERS.length] ?? 'unit';
  item[layer] = { answer: pick(random, ANSWERS), note: `${note(random).slice(0, 50)} #${seq}` };
}

/** Cold load figures: first run (takes the daily snapshots) and median of the following runs. */
interface ColdLoad {
  firstMs: number;
  medianMs: number;
}

async function measureColdLoad(
  dataDir: string,
  runs: number,
  load: (storage: Storage) => Promise<void>,
): Promise<ColdLoad> {
  const samples: number[] = [];
  for (let r = 0; r < runs; r += 1) {
    const { ms, value: storage } = await timed(async () => {
      const storage = await createStorage({ dataDir });
      await load(storage);
      return storage;
    });
    samples.push(ms);
    await storage.close();
  }
  return { firstMs: samples[0] ?? Number.NaN, medianMs: percentile(samples.slice(1), 0.5) };
}

interface Saves {
  medianMs: number;
  p95Ms: number;
  count: number;
}

async function measureSaves(count: number, save: (seq: number) => Promise<void>): Promise<Saves> {
  const samples: number[] = [];
  for (let seq = 0; seq < count; seq += 1) samples.push((await timed(() => save(seq))).ms);
  return { medianMs: percentile(samples, 0.5), p95Ms: percentile(samples, 0.95), count };
}

// ---------------------------------------------------------------- scenarios

/** One measured layout. */
export interface ScenarioFigures {
  label: string;
  documents: number;
  archiveMB: number;
  /** Size of the document rewritten by one save. */
  savedDocumentKB: number;
  coldLoad: ColdLoad;
  save: Saves;
}

async function splitScenario(baseDir: string, years: number, saves: number): Promise<ScenarioFigures> {
  const dataDir = path.join(baseDir, `split-${years}y`);
  const { bytes, sheetBytes } = await buildSplitArchive(dataDir, years);
  const target = sheetName(0, FIRST_YEAR + years - 1);
  const coldLoad = await measureColdLoad(dataDir, 6, async (storage) => {
    await storage.open(masterSpec);
    const sheets = await storage.list('worksheets/');
    if (sheets.length !== years * UNITS) throw new Error(`expected ${years * UNITS} worksheets, got ${sheets.length}`);
    await storage.open(sheetSpec(target));
  });
  const storage = await createStorage({ dataDir });
  const sheet = await storage.open(sheetSpec(target));
  const random = prng(7);
  const save = await measureSaves(saves, async (seq) => {
    await sheet.update((draft) => editAnswer(draft, random, seq));
  });
  await storage.close();
  return {
    label: `${years} tahun, 1 dokumen per unit-tahun`,
    documents: years * UNITS + 1,
    archiveMB: bytes / 1e6,
    savedDocumentKB: sheetBytes / 1e3,
    coldLoad,
    save,
  };
}

async function singleFileScenarios(baseDir: string, years: number, saves: number): Promise<ScenarioFigures[]> {
  const dataDir = path.join(baseDir, `single-${years}y`);
  const bytes = await buildSingleFileArchive(dataDir, years);
  const target = sheetName(0, FIRST_YEAR + years - 1);
  const coldLoad = await measureColdLoad(dataDir, 3, async (storage) => {
    const archive = await storage.open(archiveSpec);
    if (archive.data.worksheets[target] === undefined) throw new Error('missing worksheet');
  });
  const random = prng(7);

  // (3a) Through the Storage API: deep copy + zod validation + durable write of the whole archive.
  const storage = await createStorage({ dataDir });
  const archive = await storage.open(archiveSpec);
  const viaStorage = await measureSaves(saves, async (seq) => {
    await archive.update((draft) => {
      const sheet = draft.worksheets[target];
      if (sheet === undefined) throw new Error('missing worksheet');
      editAnswer(sheet, random, seq);
    });
  });
  await storage.close();

  // (3b) Bare lowdb-style update: mutate in place, serialize everything, durable write.
  const adapter = new DurableJsonFile(`${path.join(dataDir, 'archive')}.json`);
  const loaded = await adapter.read();
  if (loaded === null) throw new Error('archive missing');
  const data = loaded.data as Archive;
  const bare = await measureSaves(saves, async (seq) => {
    const sheet = data.worksheets[target];
    if (sheet === undefined) throw new Error('missing worksheet');
    editAnswer(sheet, random, seq);
    await adapter.write({ schemaVersion: 1, data });
  });

  const common = { documents: 1, archiveMB: bytes / 1e6, savedDocumentKB: bytes / 1e3, coldLoad };
  return [
    { label: `${years} tahun, satu berkas (naif) via Storage`, ...common, save: viaStorage },
    { label: `${years} tahun, satu berkas (naif) tulis mentah`, ...common, save: bare },
  ];
}

/** Everything `run()` measured, plus where and on what. */
export interface StorageBenchFigures {
  tenYears: ScenarioFigures;
  oneYear: ScenarioFigures;
  singleFile: ScenarioFigures[];
  /** tenYears save median ÷ oneYear save median (goal ≤ 2). */
  saveRatio: number;
  environment: { node: string; platform: string; cpus: number; dir: string };
}

/**
 * Runs the benchmark in a temp folder under `baseDir` (default: the OS temp folder) and removes
 * it afterwards. `saves` is the number of one-answer saves per split layout (≥ 100).
 */
export async function run(options: { baseDir?: string; saves?: number; naiveSaves?: number } = {}): Promise<StorageBenchFigures> {
  const saves = Math.max(100, options.saves ?? 200);
  const naiveSaves = options.naiveSaves ?? 20;
  const baseDir = await fsp.mkdtemp(path.join(options.baseDir ?? os.tmpdir(), 'zi-desk-bench-'));
  try {
    const tenYears = await splitScenario(baseDir, 10, saves);
    const oneYear = await splitScenario(baseDir, 1, saves);
    const singleFile = await singleFileScenarios(baseDir, 10, naiveSaves);
    return {
      tenYears,
      oneYear,
      singleFile,
      saveRatio: tenYears.save.medianMs / oneYear.save.medianMs,
      environment: { node: process.version, platform: `${process.platform}-${process.arch}`, cpus: os.cpus().length, dir: baseDir },
    };
  } finally {
    await fsp.rm(baseDir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------- report

const ms = (value: number): string => (Number.isFinite(value) ? value.toFixed(1) : '–');
const mark = (ok: boolean): string => (ok ? 'ya' : 'TIDAK');

/** Markdown table of the figures with the goals as comparison columns. */
export function formatReport(figures: StorageBenchFigures): string {
  const rows = [figures.tenYears, figures.oneYear, ...figures.singleFile];
  const lines = [
    `| skenario | dokumen | arsip MB | dok. disimpan KB | muat dingin ms (pertama / median) | simpan median ms | simpan p95 ms | n | muat ≤ ${GOAL_COLD_LOAD_MS} ms | simpan ≤ ${GOAL_SAVE_MEDIAN_MS} ms | ≤ 2× 1 tahun |`,
    '|---|---:|---:|---:|---:|---:|---:|---:|:-:|:-:|:-:|',
  ];
  for (const row of rows) {
    const ratio = row.save.medianMs / figures.oneYear.save.medianMs;
    lines.push(
      `| ${row.label} | ${row.documents} | ${row.archiveMB.toFixed(1)} | ${row.savedDocumentKB.toFixed(0)} | ` +
        `${ms(row.coldLoad.firstMs)} / ${ms(row.coldLoad.medianMs)} | ${ms(row.save.medianMs)} | ${ms(row.save.p95Ms)} | ${row.save.count} | ` +
        `${mark(row.coldLoad.firstMs <= GOAL_COLD_LOAD_MS)} | ${mark(row.save.medianMs <= GOAL_SAVE_MEDIAN_MS)} | ` +
        `${mark(ratio <= 2)} (${ratio.toFixed(2)}×) |`,
    );
  }
  const env = figures.environment;
  lines.push(
    '',
    `Node ${env.node}, ${env.platform}, ${env.cpus} CPU; folder ${env.dir}. Muat dingin = createStorage + buka master + ` +
      'list worksheets/ + buka satu worksheet (naif: buka arsip); "pertama" juga menulis snapshot harian. ' +
      'Setiap simpan menunggu fsync. Cache OS sudah hangat.',
  );
  return lines.join('\n');
}

runIfMain(import.meta.url, async () => {
  const figures = await run({ baseDir: process.env.ZI_DESK_BENCH_DIR || undefined });
  console.log(formatReport(figures));
});
