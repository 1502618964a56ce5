/**
 * Start-up integrity check benchmark — `npm run bench -- integrity` (or `npx tsx tests/bench/integrity.bench.ts [count]`).
 *
 * One year of `count` pledges (fictional people of Pemerintah Kabupaten Serang, one shared text,
 * each signed by the installation's code key) with a signed status log of `count / 10`
 * revocations, written through the real storage; then the check the app runs in the background at
 * start (every record's content against its code and signature, the log's links and signatures,
 * every status against the log), cold: a new storage and service read the folder again — once as
 * the first start after the upgrade (every Ed25519 signature verified) and once as a later start
 * (records verified before are covered by one signed list).
 * Signatures still to verify go to the sandbox's threads (the bundled worker when `npm run build` has
 * made it, as the app runs it; else the sources through tsx); each start gets a new sandbox, as a
 * real start has no warm thread. Each start runs under a watch of the main loop (its longest block,
 * goal ≤ 50 ms; main's own CPU per tick, which tells a block of ours from a loaded machine), with the
 * CPU time of every thread and the load average; each is repeated with the year document read before
 * the watch (that read is storage's). The work is also split into its parts, each timed alone on a cold read: reading and parsing the year document,
 * canonical content + SHA-256 per record, the Ed25519 verifications, the status log's check, writing
 * the list. The first start is also traced on its critical path: when the year document is read, when
 * each thread is up, each job sent to the threads and answered, the status log's check, and main's
 * busy share per 50 ms (its idle gaps are time spent waiting for the threads).
 * Goal: 10,000 records ≤ 1 s. Figures are printed, never asserted.
 */
import { createHash, createPublicKey, verify } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os, { tmpdir } from 'node:os';
import { performance as perf } from 'node:perf_hooks';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { canonicalPledgeContent } from '../../shared/pakta/canonical';
import { createAppDispatcher } from '../../electron/handlers';
import { createServices } from '../../electron/services/container';
import { pledgeYearSpec } from '../../electron/services/pakta/documents';
import { createPledgeEvents, type PledgeEvents } from '../../electron/services/pakta/events';
import type { SignatureVerifier } from '../../electron/services/pakta/bulkVerify';
import { checkChain } from '../../electron/services/pakta/events/chain';
import { createIntegrityCache, verifiedContent, verifiedKey, verifiedSpec } from '../../electron/services/pakta/pledges/integrity';
import { toPledgeRecord } from '../../electron/services/pakta/pledges/records';
import { createPledgeRepository, type PledgeRepository } from '../../electron/services/pakta/pledges/repository';
import { createSandbox, sandboxWorkerScript, signatureThreadCount, type Sandbox, type SandboxScript } from '../../electron/services/sandbox';
import { createSigningService, machineKeyProtector, type SigningService } from '../../electron/services/signing';
import { parsePayload, signedMessage } from '../../electron/services/signing/codes';
import { createStorage } from '../../electron/services/storage';
import { signedPledges } from '../unit/electron/services/pakta/pledges/fixtures';
import { withLoopWatch } from './sandbox.bench';
import { median, timed, value } from './support';
import { INSTITUTION } from '../unit/electron/handlers/harness';

const BUNDLE = path.resolve('dist/electron/sandbox-worker.js');
const SIGNATURE_BUNDLE = path.resolve('dist/electron/signature-worker.js');
const BUNDLE_EXISTS = existsSync(BUNDLE) && existsSync(SIGNATURE_BUNDLE);
/** The shipped workers when `npm run build` has made them (as the app runs them), else the sources through tsx. */
const workerScripts = (): { script: SandboxScript | null; signatureScript: SandboxScript | null } =>
  BUNDLE_EXISTS
    ? { script: { script: pathToFileURL(BUNDLE) }, signatureScript: { script: pathToFileURL(SIGNATURE_BUNDLE) } }
    : { script: sandboxWorkerScript(), signatureScript: sandboxWorkerScript(undefined, 'signatures') };

const loadAverage = (): string => os.loadavg().map((load) => load.toFixed(1)).join(' / ');

const YEAR = 2026;

async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? 10_000);
  const dataDir = await mkdtemp(path.join(tmpdir(), 'zi-bench-integrity-'));
  const secretDir = await mkdtemp(path.join(tmpdir(), 'zi-bench-secret-'));
  try {
    const protector = await machineKeyProtector(secretDir);
    const signing = await createSigningService({ dataDir, protector });
    const { text, textRef, pledges } = signedPledges(signing, YEAR, count);
    const storage = await createStorage({ dataDir });
    const events = createPledgeEvents({ storage, signing: async () => signing, now: () => new Date() });
    await events.ensure(YEAR);
    const doc = await storage.open(pledgeYearSpec(YEAR));
    await doc.update((draft) => {
      draft.texts[textRef] = text;
      draft.pledges = pledges;
      for (const pledge of draft.pledges.filter((_, index) => index % 10 === 0)) {
        pledge.revoked = { at: new Date().toISOString(), by: 'bench', reason: 'Pegawai pindah tugas' };
        events.append(signing, draft, pledge, { kind: 'revoked', by: 'bench', details: { reason: 'Pegawai pindah tugas' } });
      }
    });
    await storage.close();

    // Cold: what a start does — the first start after the upgrade (every signature verified), then a later one (the signed list of verified records).
    // `withoutList`: the list removed first (a first start again); `readFirst`: the year document read before the watch begins,
    // so the blocks left are the check's own (reading and parsing the document is the storage's, and the registry's too).
    const coldCheck = async ({ withoutList = false, readFirst = false, trace = null as Trace | null } = {}) => {
      if (withoutList) for (const suffix of ['', '.bak']) await rm(path.join(dataDir, 'pledge-integrity', `${YEAR}.json${suffix}`), { force: true });
      const cold = await createStorage({ dataDir });
      const repo = traced(createPledgeRepository(cold), trace);
      if (readFirst) await repo.yearDocument(YEAR);
      const coldSigning: SigningService = await createSigningService({ dataDir, protector });
      // A start has no warm thread: each cold start gets a new sandbox (its threads start within the check).
      const sandbox = createSandbox(workerScripts());
      const integrity = createIntegrityCache(
        { signing: async () => coldSigning, storage: cold, sandbox: trace ? tracedVerifier(sandbox, trace) : sandbox },
        repo,
        tracedEvents(createPledgeEvents({ storage: cold, signing: async () => coldSigning, now: () => new Date() }), trace),
      );
      const load = loadAverage();
      const cpuBefore = process.cpuUsage();
      trace?.begin();
      const first = await withLoopWatch(() => integrity.all());
      trace?.end();
      const cpu = process.cpuUsage(cpuBefore);
      const cached = await timed(() => integrity.year(YEAR));
      await integrity.idle();
      await sandbox.close();
      await cold.close();
      const damaged = first.value.reduce((sum, year) => sum + Object.keys(year.pledges).length + (year.chainBroken ? 1 : 0), 0);
      return { ms: first.ms, cpuMs: (cpu.user + cpu.system) / 1000, blockMs: first.maxBlockMs, ownMs: first.maxOwnWorkMs, cachedMs: cached.ms, damaged, load };
    };
    const trace = new Trace();
    const upgrade = await coldCheck({ trace });
    const upgradeRead = await coldCheck({ withoutList: true, readFirst: true });
    const later = await coldCheck();
    const laterRead = await coldCheck({ readFirst: true });
    const phases = await splitTime(dataDir, protector);
    const creates = await createLatency(dataDir, protector);
    console.log(`${count} records + ${count / 10} events; ${os.availableParallelism()} cores available, ${signatureThreadCount()} signature threads; sandbox threads from ${BUNDLE_EXISTS ? 'the bundle (dist/electron)' : 'the TypeScript sources (tsx)'}.`);
    console.log("| start | ms | CPU, every thread (ms) | main loop blocked (max) | main's own work in one 5 ms tick (max) | load average (1 / 5 / 15 min) | goal | damaged |");
    console.log('| --- | ---: | ---: | ---: | ---: | --- | --- | ---: |');
    for (const [label, run] of [
      ['first start (no verified list: every signature)', upgrade],
      ['the same, year document read before the watch', upgradeRead],
      ['later start (the signed list covers the records)', later],
      ['the same, year document read before the watch', laterRead],
    ] as const) {
      console.log(`| ${label} | ${run.ms.toFixed(0)} | ${run.cpuMs.toFixed(0)} | ${run.blockMs.toFixed(0)} ms | ${run.ownMs === null ? '—' : `${run.ownMs.toFixed(0)} ms`} | ${run.load} | ≤ 1000 ms, ≤ 50 ms blocked | ${run.damaged} |`);
    }
    console.log(`registry read of the cached result: ${later.cachedMs.toFixed(2)} ms`);
    console.log('\nThe first start\'s critical path (ms from the start of the check; first row of the table above):');
    for (const line of trace.report()) console.log(line);
    console.log('\nParts of the work, each alone on a cold read (main thread):');
    console.log('| part | ms |');
    console.log('| --- | ---: |');
    for (const [label, ms] of phases) console.log(`| ${label} | ${ms.toFixed(0)} |`);
    console.log(
      `\npledges:create on that year (${CREATES} calls back to back, load ${creates.load}): median ${creates.median.toFixed(0)} ms, slowest ${creates.slowest.toFixed(0)} ms; ` +
        `the list's background writes were done ${creates.idleMs.toFixed(0)} ms after the last call returned.`,
    );
  } finally {
    await rm(dataDir, { recursive: true, force: true });
    await rm(secretDir, { recursive: true, force: true });
  }
}

/**
 * The first start's timeline: when the year document was read, when the threads were up, each job
 * to the sandbox (sent, done, which thread), the status log's check, and main's busy share per
 * 50 ms (event-loop utilisation), so the idle gaps on main — time it waits for the threads — show.
 */
class Trace {
  private origin = 0;
  private readonly marks: [ms: number, label: string][] = [];
  private readonly jobs: { thread: number; pairs: number; sent: number; done: number }[] = [];
  private readonly ready: number[] = [];
  private readonly busy: number[] = [];
  private sampler: NodeJS.Timeout | null = null;
  private ended = false;
  private tasksBefore = new Map<string, number>();
  private tasksAfter = new Map<string, number>();

  now(): number {
    return perf.now() - this.origin;
  }

  mark(label: string): void {
    if (!this.ended) this.marks.push([this.now(), label]);
  }

  begin(): void {
    this.tasksBefore = taskCpu();
    this.origin = perf.now();
    let last = perf.eventLoopUtilization();
    let bucketStart = 0;
    let busyMs = 0;
    this.sampler = setInterval(() => {
      const current = perf.eventLoopUtilization();
      const delta = perf.eventLoopUtilization(current, last);
      last = current;
      busyMs += delta.active;
      while (this.now() - bucketStart >= 50) {
        this.busy.push(Math.min(1, busyMs / 50));
        busyMs = Math.max(0, busyMs - 50);
        bucketStart += 50;
      }
    }, 5);
  }

  end(): void {
    this.mark('check done');
    this.ended = true;
    this.tasksAfter = taskCpu();
    if (this.sampler) clearInterval(this.sampler);
  }

  /** Work waiting per thread, as the sandbox counts it to choose a job's thread (pairs + 1 per job; see sandbox/index.ts). */
  private readonly waiting = Array.from({ length: signatureThreadCount() }, () => 0);

  /** The thread the sandbox sends a job of `pairs` to: its rule mirrored (the least work waiting, the first of equals). */
  send(pairs: number): number {
    const index = this.waiting.indexOf(Math.min(...this.waiting));
    this.waiting[index] = (this.waiting[index] ?? 0) + pairs + 1;
    return index + 1;
  }

  job(thread: number, pairs: number, sent: number, done: number): void {
    this.waiting[thread - 1] = (this.waiting[thread - 1] ?? 0) - pairs - 1;
    if (pairs === 0) this.ready[thread - 1] = done;
    else this.jobs.push({ thread, pairs, sent, done });
  }

  report(): string[] {
    const lines = this.marks.map(([ms, label]) => `  ${ms.toFixed(0).padStart(5)}  ${label}`);
    for (const [index, ms] of this.ready.entries()) lines.push(`  ${ms.toFixed(0).padStart(5)}  thread ${index + 1} up (its empty start job answered)`);
    const firstSent = Math.min(...this.jobs.map((job) => job.sent));
    lines.push(`  ${firstSent.toFixed(0).padStart(5)}  first batch sent`);
    for (const thread of [...this.waiting.keys()].map((index) => index + 1)) {
      const own = this.jobs.filter((job) => job.thread === thread);
      if (own.length === 0) continue;
      const pairs = own.reduce((sum, job) => sum + job.pairs, 0);
      lines.push(`  ${Math.max(...own.map((job) => job.done)).toFixed(0).padStart(5)}  thread ${thread} done: ${own.length} jobs, ${pairs} signatures`);
    }
    lines.sort((a, b) => Number(a.trim().split(/\s+/)[0]) - Number(b.trim().split(/\s+/)[0]));
    lines.push(`  jobs (thread: sent → done): ${this.jobs.map((job) => `${job.thread}:${job.sent.toFixed(0)}→${job.done.toFixed(0)}`).join(' ')}`);
    const idle = this.busy.reduce((sum, share) => sum + (1 - share) * 50, 0);
    lines.push(`  main busy per 50 ms (0–9 = 0–90 %, # = 100 %): ${this.busy.map((share) => (share >= 0.95 ? '#' : String(Math.floor(share * 10)))).join('')}`);
    lines.push(`  main idle in all: ${idle.toFixed(0)} ms of ${(this.busy.length * 50).toFixed(0)} ms`);
    if (this.tasksAfter.size > 0) {
      // CPU by thread (Linux: /proc/self/task): main, the threads started within the check (the sandbox's), the process's helpers (V8's GC and compiler threads, libuv).
      const spent = (tid: string): number => ((this.tasksAfter.get(tid) ?? 0) - (this.tasksBefore.get(tid) ?? 0)) / 1e6;
      const tids = [...this.tasksAfter.keys()];
      const fresh = tids.filter((tid) => !this.tasksBefore.has(tid));
      const helpers = tids.filter((tid) => tid !== String(process.pid) && this.tasksBefore.has(tid));
      const sum = (list: string[]): string => list.reduce((total, tid) => total + spent(tid), 0).toFixed(0);
      lines.push(`  CPU (ms): main ${sum([String(process.pid)])}; threads started in the check ${fresh.map((tid) => spent(tid).toFixed(0)).join(' + ')}; helper threads ${sum(helpers)}`);
    }
    return lines;
  }
}

/** CPU time (ns) of each thread of this process that is alive, by thread id; empty where /proc is missing. */
function taskCpu(): Map<string, number> {
  const cpu = new Map<string, number>();
  try {
    for (const tid of readdirSync('/proc/self/task')) cpu.set(tid, Number(readFileSync(`/proc/self/task/${tid}/schedstat`, 'utf8').split(' ')[0]));
  } catch {
    cpu.clear();
  }
  return cpu;
}

/** The sandbox, its jobs timed into `trace`; the threads are started with one empty job each (the sandbox spreads them one per thread) so their start is seen. */
function tracedVerifier(sandbox: Sandbox, trace: Trace): SignatureVerifier {
  const verifySignatures: Sandbox['verifySignatures'] = async (batch) => {
    const thread = trace.send(batch.messages.length);
    const sent = trace.now();
    try {
      return await sandbox.verifySignatures(batch);
    } finally {
      trace.job(thread, batch.messages.length, sent, trace.now());
    }
  };
  return {
    verifySignatures,
    startSignatureThreads: () => {
      trace.mark('threads started');
      for (let index = 0; index < signatureThreadCount(); index += 1) void verifySignatures({ publicKeyPem: '', messages: [], signatures: new Uint8Array(0) }).catch(() => undefined);
    },
  };
}

function traced(repo: PledgeRepository, trace: Trace | null): PledgeRepository {
  if (!trace) return repo;
  return {
    ...repo,
    yearDocument: async (year) => {
      trace.mark('year document asked for');
      const doc = await repo.yearDocument(year);
      trace.mark('year document read');
      return doc;
    },
  };
}

function tracedEvents(events: PledgeEvents, trace: Trace | null): PledgeEvents {
  if (!trace) return events;
  return {
    ...events,
    check: async (year, options) => {
      trace.mark('status log check begins');
      const result = await events.check(year, options);
      trace.mark('status log check done');
      return result;
    },
  };
}

const CREATES = 20;

/** `pledges:create` through the real dispatcher on the benchmark's folder: each call's time, and how long the list upkeep runs on after the last. */
async function createLatency(dataDir: string, protector: Awaited<ReturnType<typeof machineKeyProtector>>) {
  const services = await createServices({ dataDir, host: 'web', version: 'bench', keyProtector: async () => protector });
  try {
    const dispatch = createAppDispatcher(services);
    value(
      await dispatch('settings:save', { ...INSTITUTION, kertas: 'A4' }),
    );
    await services.pledges.checkAllIntegrity();
    const load = loadAverage();
    const times: number[] = [];
    for (let index = 0; index < CREATES; index += 1) {
      const input = {
        signer: { source: 'manual', nama: `Tamu Fiktif ${index}`, jenisAsn: 'PNS', nip: `199102022016011${String(100 + index)}`, golongan: 'III/a', jabatan: 'Penelaah', unitKerja: 'Sekretariat Daerah' },
        year: YEAR,
        date: `${YEAR}-02-01`,
        witness: null,
        signature: { kind: 'basah' },
      };
      times.push((await timed(async () => value(await dispatch('pledges:create', input)))).ms);
    }
    const idle = await timed(() => services.pledges.idle());
    return { median: median(times), slowest: Math.max(...times), idleMs: idle.ms, load };
  } finally {
    await services.close();
  }
}

/** The check's parts timed one by one on a cold read of the folder (figures to see where the time goes). */
async function splitTime(dataDir: string, protector: Awaited<ReturnType<typeof machineKeyProtector>>): Promise<[string, number][]> {
  const cold = await createStorage({ dataDir });
  const signing = await createSigningService({ dataDir, protector });
  try {
    const read = await withLoopWatch(() => cold.open(pledgeYearSpec(YEAR)));
    const doc = read.value.data;
    const hashing = await timed(async () => {
      const digests: string[] = [];
      for (const stored of doc.pledges) {
        const text = doc.texts[stored.textRef];
        if (text) digests.push(createHash('sha256').update(canonicalPledgeContent(toPledgeRecord(stored, text)), 'utf8').digest('hex'));
      }
      return digests;
    });
    const publicKey = createPublicKey(signing.exportPublicKey().pem);
    const ed25519 = await timed(async () => {
      let valid = 0;
      for (const stored of doc.pledges) {
        const payload = parsePayload(stored.qrPayload);
        if (payload && verify(null, signedMessage(payload.docId, payload.sha256), publicKey, payload.signature)) valid += 1;
      }
      return valid;
    });
    const chain = await timed(() => checkChain(signing, YEAR, doc.events ?? [], doc.pledges));
    const covered = await timed(() => checkChain(signing, YEAR, doc.events ?? [], doc.pledges, { head: chain.value.head }));
    const keys = doc.pledges.map(verifiedKey).sort();
    const list = await timed(async () => {
      const signature = signing.signDocument(verifiedContent(YEAR, keys)).qrPayload;
      await (await cold.open(verifiedSpec(YEAR))).update(() => ({ keys, signature }));
    });
    return [
      [`read and parse the year document (main loop blocked ${read.maxBlockMs.toFixed(0)} ms)`, read.ms],
      [`canonical content + SHA-256, ${doc.pledges.length} records`, hashing.ms],
      [`Ed25519 verification, ${ed25519.value} records (${((ed25519.ms * 1000) / Math.max(1, doc.pledges.length)).toFixed(0)} µs each)`, ed25519.ms],
      [`status log check, ${doc.events?.length ?? 0} events (links, hashes, signatures, statuses)`, chain.ms],
      [`the same covered by a signed head (links, hashes, statuses; no signature)`, covered.ms],
      [`sign and write the verified list (${keys.length} keys)`, list.ms],
    ];
  } finally {
    await cold.close();
  }
}

void main();
