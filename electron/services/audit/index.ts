import { z } from 'zod';
import {
  AUDIT_DOMAIN_LABELS,
  AUDIT_PAGE_SIZE,
  auditDomain,
  auditSentence,
  auditSubject,
  type AuditChainView,
  type AuditEvent,
  type AuditListInput,
  type AuditPage,
  type AuditStatusView,
} from '../../../shared/audit';
import { AppFailure } from '../../../shared/result';
import type { Installation } from '../installation';
import type { SigningService } from '../signing';
import { keyFingerprint, parsePublicKeyPem } from '../signing/keys';
import { endorsedPredecessors, type KeySuccession } from '../signing/succession';
import type { StorageCommit } from '../storage';
import {
  CHAIN_START,
  auditHeadSchema,
  checkLines,
  headContent,
  headMatchProblem,
  headSignatureProblem,
  lineHash,
  type AuditHead,
  type ChainPoint,
} from './chain';
import { currentAction, runInAction, type AuditAction } from './context';
import { chainDir, listChainIds, readHead, readLines, readMeta, readTail, SegmentAppender, writeHead, writeMeta } from './files';

/**
 * The audit trail: every committed change of stored data (storage's commit hook) becomes one event
 * — who, when, which installation, what (channel, document, a short summary) and the hashes of the
 * document's bytes before and after — appended to this installation's hash-chained log
 * (chain.ts, files.ts). Appends of concurrent saves share one fdatasync; the head is signed shortly
 * after (a save never waits for the signature) and at close. Every log in `audit/` (this
 * installation's, and other installations' logs received in bundles) is verified at start in the
 * background and after each import; a break stays visible: no new head is ever signed over a
 * broken log of this installation.
 */

export { currentAction as currentAuditAction, runInAction, summarizeInput, type AuditAction } from './context';
export { AUDIT_FOLDER } from './files';
export { type AuditHead } from './chain';

/** This installation's log, or part of it, for a bundle. */
export interface AuditExport {
  installationId: string;
  label: string;
  /** PEM of the Ed25519 key that signed the head. */
  publicKey: string;
  /** Events after this seq are included (0: all). */
  since: number;
  /** The events as stored, one JSON line each (their bytes are what the chain hashes). */
  events: string[];
  head: AuditHead;
}

/** Another installation's log as a bundle carries it (untrusted until verified). */
export const auditImportSchema = z.object({
  installationId: z.string().uuid(),
  label: z.string().max(200),
  publicKey: z.string().max(2000),
  events: z.array(z.string().max(20_000)).max(2_000_000),
  head: auditHeadSchema,
});
export type AuditImport = z.infer<typeof auditImportSchema>;

export interface AuditService {
  /** The storage commit hook: records one committed change. Never rejects; resolves once the event is on disk. */
  record(commit: StorageCommit, action?: AuditAction, at?: Date): Promise<void>;
  /** Runs `fn` as one action of a channel (the dispatcher wraps every call). */
  run<R>(action: AuditAction, fn: () => R): R;
  /** This installation's log with its freshly signed head, optionally only the events after `since`. */
  exportEvents(options?: { since?: number }): Promise<AuditExport>;
  /**
   * Verifies another installation's log (chain, head signature under `publicKey`, joins what is
   * held already) and stores it under its id; idempotent. A head signed with another key than the
   * one the log was first received with is taken only when `succession` (the sender's signed
   * endorsements, carried by its bundle) leads from the held key to it; the log then continues
   * under the new key. Refuses a broken or diverging log with
   * `AppFailure('INVALID_INPUT')` and the reason. Verifies every log again afterwards.
   */
  importForeign(input: AuditImport, succession?: readonly KeySuccession[]): Promise<{ added: number }>;
  /** The same checks as `importForeign` without storing anything: how many events it would add, or the refusal. */
  checkForeign(input: AuditImport, succession?: readonly KeySuccession[]): Promise<{ added: number }>;
  /** Verifies every log in the folder; the result is also what `status()` returns from then on. */
  verify(): Promise<AuditStatusView>;
  status(): AuditStatusView;
  /** The status once the verification begun at start has finished. */
  checked(): Promise<AuditStatusView>;
  list(filter?: AuditListInput): Promise<AuditPage>;
  /** Waits until every recorded event is on disk and the head signed. */
  flush(): Promise<void>;
  /** Flushes, signs the head, closes the log. */
  close(): Promise<void>;
}

export interface AuditServiceOptions {
  dataDir: string;
  installation: Pick<Installation, 'id' | 'label'>;
  currentUser(): string;
  /**
   * The signing service once the installation has its keys, else null: the audit trail never makes
   * the keys itself (the first signed document does, with the institution's name in its
   * certificate); until then the log is kept unsigned and signed as soon as they exist.
   */
  signing(): Promise<SigningService | null>;
  now(): Date;
  /** A unit's name for the readable lines. */
  unitName(id: string): string | undefined;
  /** Delay of the head signature after appends (ms); default 300. */
  signDelayMs?: number;
  /**
   * Delay (ms) before the whole-trail verification begun at start; default 0. The hosts let the
   * first page have the CPU first. Asking for the result (`checked()`, `list()`) starts it at once.
   */
  verifyAfterMs?: number;
}

/** This installation's log being written. */
interface OwnChain {
  id: string;
  dir: string;
  /** The last event recorded (assigned seq and hash). */
  point: ChainPoint;
  /** The last event on disk. */
  flushed: ChainPoint;
  /** Events on disk when the log was opened. */
  startSeq: number;
  pending: { seq: number; line: string; hash: string }[];
  appender: SegmentAppender;
  flushing: Promise<void> | null;
  head: AuditHead | null;
  /** Why the log is broken: no head is signed over it any more. */
  frozen: string | null;
  writeError: string | null;
  /** Events recorded in this session (the list shows them without reading the disk again). */
  session: AuditEvent[];
}

interface ChainState {
  view: AuditChainView;
  events: AuditEvent[];
}

const SYSTEM_BY = 'ZI Desk';
const RETRY_MS = 1_000;

const missingHead = 'Tanda tangan ujung rantai riwayat hilang: riwayat mungkin dipotong atau diubah di luar ZI Desk.';

async function openOwnChain(dataDir: string, id: string): Promise<OwnChain> {
  const dir = chainDir(dataDir, id);
  const tail = await readTail(dir);
  const head = await readHead(dir);
  let point = CHAIN_START;
  let frozen: string | null = null;
  const last = tail[tail.length - 1];
  if (last !== undefined) {
    let seq = Number.NaN;
    try {
      seq = (JSON.parse(last) as { seq?: unknown }).seq as number;
    } catch {
      // Checked below.
    }
    if (!Number.isInteger(seq) || seq < 1) {
      frozen = 'Catatan riwayat terakhir rusak atau telah diubah di luar ZI Desk.';
      seq = tail.length;
    }
    point = { seq, hash: lineHash(last) };
  }
  // What can be seen without the signature (the full check runs in the background).
  if (head === 'damaged') frozen ??= 'Berkas tanda tangan ujung rantai riwayat rusak.';
  else if (head !== null && head.seq > point.seq) frozen ??= `Catatan riwayat sesudah ke-${point.seq} hilang (ujung rantai bertanda tangan menyebut ${head.seq} catatan).`;
  else if (head !== null && head.seq === point.seq && head.hash !== point.hash) frozen ??= `Catatan riwayat ke-${head.seq} telah diubah: tidak sama dengan yang ditandatangani.`;
  return {
    id,
    dir,
    point,
    flushed: point,
    startSeq: point.seq,
    pending: [],
    appender: new SegmentAppender(dir),
    flushing: null,
    head: head === 'damaged' ? null : head,
    frozen,
    writeError: null,
    session: [],
  };
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export async function createAuditService(options: AuditServiceOptions): Promise<AuditService> {
  const { dataDir, installation, now } = options;
  const signDelayMs = options.signDelayMs ?? 300;
  const chains: OwnChain[] = [await openOwnChain(dataDir, installation.id)];
  const current = (): OwnChain => chains[chains.length - 1] as OwnChain;
  let states = new Map<string, ChainState>();
  let checked = false;
  let closed = false;
  let signTimer: NodeJS.Timeout | null = null;
  let retryTimer: NodeJS.Timeout | null = null;
  let signing: Promise<void> = Promise.resolve();
  let verifying: Promise<AuditStatusView> | null = null;
  let imports: Promise<unknown> = Promise.resolve();

  const ownChain = (): OwnChain => {
    const id = installation.id;
    if (current().id !== id) {
      // "Renew" gave this data folder a new id: a new log begins; the old one stays as it is.
      chains.push({ ...chainSkeleton(id), appender: new SegmentAppender(chainDir(dataDir, id)) });
    }
    return current();
  };
  const chainSkeleton = (id: string): Omit<OwnChain, 'appender'> => ({
    id,
    dir: chainDir(dataDir, id),
    point: CHAIN_START,
    flushed: CHAIN_START,
    startSeq: 0,
    pending: [],
    flushing: null,
    head: null,
    frozen: null,
    writeError: null,
    session: [],
  });

  const flushChain = (chain: OwnChain): Promise<void> => {
    if (chain.flushing !== null) return chain.flushing;
    if (chain.pending.length === 0) return Promise.resolve();
    const run = async (): Promise<void> => {
      await Promise.resolve();
      try {
        // Group commit: every event recorded while a batch is written goes in the next one.
        while (chain.pending.length > 0) {
          const batch = chain.pending.slice();
          try {
            await chain.appender.append(batch);
          } catch (error) {
            // The data is committed; its events wait in memory and are tried again.
            chain.writeError = describeError(error);
            if (!closed) {
              retryTimer ??= setTimeout(() => {
                retryTimer = null;
                void flushChain(chain);
              }, RETRY_MS);
              retryTimer.unref();
            }
            return;
          }
          chain.pending.splice(0, batch.length);
          const last = batch[batch.length - 1];
          if (last !== undefined) chain.flushed = { seq: last.seq, hash: last.hash };
          chain.writeError = null;
        }
        if (chain === current()) scheduleSign(chain.head === null ? 0 : signDelayMs);
      } finally {
        chain.flushing = null;
      }
    };
    chain.flushing = run();
    return chain.flushing;
  };

  const flushAll = async (): Promise<void> => {
    for (const chain of chains) await flushChain(chain);
  };

  /** Signs the head over what is on disk (serialised; skipped over a broken log). */
  const signHead = (): Promise<void> => {
    signing = signing.then(async () => {
      await headChecked;
      const chain = current();
      const point = chain.flushed;
      if (chain.frozen !== null || point.seq === 0 || chain.head?.seq === point.seq) return;
      const service = await options.signing();
      if (service === null) return;
      const unsigned = { installationId: chain.id, seq: point.seq, hash: point.hash, at: now().toISOString() };
      const head: AuditHead = { ...unsigned, signature: service.signDocument(headContent(unsigned)).qrPayload, publicKey: service.exportPublicKey().pem };
      await writeHead(chain.dir, head);
      chain.head = head;
      const state = states.get(chain.id);
      if (state !== undefined) Object.assign(state.view, headView(head, chain.flushed.seq));
    }).catch(() => undefined);
    return signing;
  };

  const scheduleSign = (delay: number): void => {
    if (signTimer !== null || closed) return;
    signTimer = setTimeout(() => {
      signTimer = null;
      void signHead();
    }, delay);
    signTimer.unref();
  };

  const headView = (head: AuditHead | null, events: number): Pick<AuditChainView, 'headSeq' | 'headHash' | 'signedAt' | 'unsigned'> => ({
    headSeq: head?.seq ?? null,
    headHash: head?.hash ?? null,
    signedAt: head?.at ?? null,
    unsigned: Math.max(0, events - (head?.seq ?? 0)),
  });

  const record: AuditService['record'] = (commit, action = currentAction(), at = now()) => {
    const chain = ownChain();
    const event: AuditEvent = {
      seq: chain.point.seq + 1,
      prev: chain.point.hash,
      at: at.toISOString(),
      inst: chain.id,
      by: action?.by || options.currentUser() || SYSTEM_BY,
      kind: action?.channel ?? `sistem:${commit.op}`,
      op: commit.op,
      doc: commit.name,
      summary: action?.summary ?? {},
      before: commit.before,
      after: commit.after,
    };
    const line = JSON.stringify(event);
    const hash = lineHash(line);
    chain.point = { seq: event.seq, hash };
    chain.pending.push({ seq: event.seq, line, hash });
    chain.session.push(event);
    states.get(chain.id)?.events.push(event);
    return flushChain(chain);
  };

  /** Whether a head of this installation's log is signed by one of its keys (current or retired). */
  const ownHeadProblem = async (id: string, head: AuditHead): Promise<string | null> => {
    if (head.seq === 0) return null;
    try {
      const service = await options.signing();
      if (service === null) return 'Tanda tangan ujung rantai riwayat tidak dapat diperiksa karena kunci instalasi tidak tersedia.';
      const verified = await service.verifyCode(head.signature, ({ docId }) =>
        docId === `audit-${head.seq}` ? { canonicalContent: headContent(head), qrPayload: head.signature } : null,
      );
      if (verified.valid && verified.issuer.own && head.installationId === id) return null;
      return 'Tanda tangan ujung rantai riwayat tidak cocok dengan kunci instalasi ini: riwayat telah diubah di luar ZI Desk.';
    } catch {
      return 'Tanda tangan ujung rantai riwayat tidak dapat diperiksa karena kunci instalasi tidak tersedia.';
    }
  };

  /** Checks this installation's own log (any id it had): chain, head, signature by one of its keys. */
  const verifyOwn = async (id: string, chain: OwnChain | undefined): Promise<ChainState> => {
    const dir = chainDir(dataDir, id);
    const headRead = await readHead(dir);
    if (chain !== undefined) await flushChain(chain);
    const { lines } = await readLines(dir);
    const upto = chain?.flushed.seq ?? lines.length;
    const check = checkLines(lines.slice(0, upto), CHAIN_START, id);
    const head = headRead === 'damaged' ? null : headRead;
    let reason = check.broken ?? (lines.length < upto ? `Catatan riwayat sesudah ke-${lines.length} hilang.` : null);
    if (reason === null && headRead === 'damaged') reason = 'Berkas tanda tangan ujung rantai riwayat rusak.';
    // A log begun before the installation had keys is unsigned until they exist; after that, a
    // missing head means one was removed.
    if (reason === null && head === null && upto > 0 && (chain === undefined || chain.startSeq > 0) && (await options.signing().catch(() => null)) !== null) {
      reason = missingHead;
    }
    if (reason === null && head !== null) reason = headMatchProblem(head, check.hashes);
    if (reason === null && head !== null) reason = await ownHeadProblem(id, head);
    if (chain !== undefined && reason !== null) chain.frozen ??= reason;
    if (chain !== undefined) reason ??= chain.frozen;
    const events = [...check.events, ...(chain?.session.filter((event) => event.seq > upto) ?? [])];
    return {
      events,
      view: {
        installationId: id,
        label: id === installation.id ? installation.label() : 'Instalasi ini (identitas lama)',
        own: true,
        events: chain?.point.seq ?? lines.length,
        ...headView(head, chain?.flushed.seq ?? lines.length),
        state: reason === null ? 'valid' : 'broken',
        reason,
      },
    };
  };

  /** Checks another installation's log: every event vouched for by its signed head. */
  const verifyForeign = async (id: string, meta: { label: string; publicKey: string } | 'damaged'): Promise<ChainState> => {
    const dir = chainDir(dataDir, id);
    const label = meta === 'damaged' ? id : meta.label;
    const headRead = await readHead(dir);
    const head = headRead === 'damaged' ? null : headRead;
    const { lines } = await readLines(dir);
    const check = checkLines(lines, CHAIN_START, id);
    let reason = meta === 'damaged' ? 'Berkas identitas instalasi asal riwayat rusak.' : check.broken;
    if (reason === null && head === null) reason = missingHead;
    if (reason === null && head !== null) reason = headMatchProblem(head, check.hashes);
    if (reason === null && head !== null && meta !== 'damaged') {
      try {
        reason = head.installationId === id ? headSignatureProblem(head, parsePublicKeyPem(meta.publicKey)) : missingHead;
      } catch {
        reason = 'Kunci publik instalasi asal riwayat tidak valid.';
      }
    }
    if (reason === null && head !== null && lines.length > head.seq) {
      reason = `${lines.length - head.seq} catatan riwayat tidak dijamin tanda tangan instalasi asalnya.`;
    }
    return {
      events: check.events,
      view: { installationId: id, label, own: false, events: lines.length, ...headView(head, lines.length), state: reason === null ? 'valid' : 'broken', reason },
    };
  };

  const statusOf = (): AuditStatusView => {
    const chainsView = [...states.values()].map((state) => ({ ...state.view }));
    const own = current();
    if (!states.has(own.id)) {
      chainsView.unshift({
        installationId: own.id,
        label: installation.label(),
        own: true,
        events: own.point.seq,
        ...headView(own.head, own.flushed.seq),
        state: checked ? (own.frozen === null ? 'valid' : 'broken') : 'checking',
        reason: own.frozen,
      });
    }
    for (const view of chainsView) {
      if (view.installationId === own.id) {
        view.label = installation.label();
        view.events = own.point.seq;
        if (own.writeError !== null && view.state !== 'broken') view.reason = `Catatan riwayat belum tersimpan ke disk (${own.writeError}); ZI Desk mencoba lagi.`;
      }
    }
    return { checking: !checked, broken: chainsView.some((view) => view.state === 'broken'), chains: chainsView };
  };

  const verify = (): Promise<AuditStatusView> => {
    const run = async (): Promise<AuditStatusView> => {
      const next = new Map<string, ChainState>();
      const ids = new Set([...(await listChainIds(dataDir)), ...chains.filter((chain) => chain.point.seq > 0).map((chain) => chain.id)]);
      for (const id of ids) {
        const meta = await readMeta(chainDir(dataDir, id));
        const own = chains.find((chain) => chain.id === id);
        next.set(id, meta === null || own !== undefined ? await verifyOwn(id, own) : await verifyForeign(id, meta));
      }
      states = next;
      checked = true;
      return statusOf();
    };
    // One verification at a time; a call during one waits for it and runs again.
    const previous = verifying ?? Promise.resolve(statusOf());
    const started = previous.catch(() => undefined).then(run);
    verifying = started;
    void started.finally(() => {
      if (verifying === started) verifying = null;
    }).catch(() => undefined);
    return started;
  };

  // Before any new head is signed, the one on disk must be this installation's: a forged head is
  // never signed over. The whole chain is checked in the background.
  const headChecked: Promise<void> = (async () => {
    const chain = current();
    if (chain.frozen !== null) return;
    if (chain.head !== null) chain.frozen = await ownHeadProblem(chain.id, chain.head);
    else if (chain.point.seq > 0 && (await options.signing().catch(() => null)) !== null) chain.frozen = missingHead;
  })();
  let startInitial: () => void = () => undefined;
  const initialGate = new Promise<void>((resolve) => {
    startInitial = resolve;
  });
  const verifyAfterMs = options.verifyAfterMs ?? 0;
  if (verifyAfterMs <= 0) startInitial();
  else setTimeout(startInitial, verifyAfterMs).unref();
  const initial: Promise<unknown> = headChecked
    .then(() => initialGate)
    .then(() => verify())
    .catch(() => undefined);

  const flush = async (): Promise<void> => {
    if (signTimer !== null) {
      clearTimeout(signTimer);
      signTimer = null;
    }
    await flushAll();
    await signHead();
  };

  const exportEvents: AuditService['exportEvents'] = async (exportOptions = {}) => {
    await flush();
    const chain = current();
    if (chain.frozen !== null) {
      throw new AppFailure('CONFLICT', `Riwayat audit instalasi ini rusak sehingga tidak dapat dikirim: ${chain.frozen}`);
    }
    const head = chain.head;
    if (head === null) {
      throw new AppFailure('STORAGE_ERROR', 'Riwayat audit belum dapat ditandatangani. Coba lagi sebentar lagi.');
    }
    const since = Math.min(Math.max(0, exportOptions.since ?? 0), head.seq);
    const { lines } = await readLines(chain.dir);
    return { installationId: chain.id, label: installation.label(), publicKey: head.publicKey, since, events: lines.slice(since, head.seq), head };
  };

  /** Whether the endorsements lead from the key a log is held under to the key its new head is signed with. */
  const succeeds = (heldPem: string, incomingPem: string, succession: readonly KeySuccession[]): boolean => {
    if (succession.length === 0) return false;
    try {
      return endorsedPredecessors(succession, keyFingerprint(parsePublicKeyPem(incomingPem))).has(keyFingerprint(parsePublicKeyPem(heldPem)));
    } catch {
      return false;
    }
  };

  const examineForeign = (input: AuditImport, store: boolean, succession: readonly KeySuccession[] = []): Promise<{ added: number }> => {
    const run = async (): Promise<{ added: number }> => {
      const parsed = auditImportSchema.safeParse(input);
      if (!parsed.success) throw new AppFailure('INVALID_INPUT', 'Riwayat audit dalam kiriman tidak berformat benar.');
      const { installationId: id, events, head } = parsed.data;
      const label = parsed.data.label.trim() || 'Instalasi lain';
      const refuse = (why: string): never => {
        throw new AppFailure('INVALID_INPUT', `Riwayat audit dari ${label} ditolak: ${why}`);
      };
      if (chains.some((chain) => chain.id === id)) return { added: 0 };
      const dir = chainDir(dataDir, id);
      const meta = await readMeta(dir);
      const publicKeyPem = parsed.data.publicKey.trim();
      if (meta === 'damaged') refuse('berkas identitas riwayat yang sudah diterima rusak.');
      // The sender ran "Ganti kunci": taken only along its endorsements from the held key to the new one.
      const keyChanged = meta !== null && meta !== 'damaged' && meta.publicKey.trim() !== publicKeyPem;
      if (keyChanged && !succeeds(meta.publicKey, publicKeyPem, succession)) {
        refuse('kunci instalasi pengirim berbeda dengan kunci riwayat yang diterima sebelumnya.');
      }
      let publicKey: ReturnType<typeof parsePublicKeyPem> | undefined;
      try {
        publicKey = parsePublicKeyPem(publicKeyPem);
      } catch {
        refuse('kunci publik instalasi pengirim tidak valid.');
      }
      if (head.installationId !== id) refuse('ujung rantai riwayat milik instalasi lain.');
      const held = (await readLines(dir)).lines;
      const heldHashes = held.map(lineHash);
      let start = head.seq - events.length;
      const first = events[0];
      if (first !== undefined) {
        try {
          start = Number((JSON.parse(first) as { seq?: unknown }).seq) - 1;
        } catch {
          refuse('catatan pertama rusak.');
        }
      }
      if (!Number.isInteger(start) || start < 0) refuse('nomor urut catatan tidak valid.');
      if (start > held.length) {
        refuse(`catatan ke-${held.length + 1} sampai ke-${start} belum pernah diterima. Minta rekan mengirim ulang seluruh riwayat.`);
      }
      const from = start === 0 ? CHAIN_START : { seq: start, hash: heldHashes[start - 1] ?? '' };
      const check = checkLines(events, from, id);
      if (check.broken !== null) refuse(check.broken);
      const all = [...heldHashes.slice(0, start), ...check.hashes];
      if (head.seq !== start + events.length) refuse('ujung rantai tidak menjamin semua catatan yang dikirim.');
      const problem = headMatchProblem(head, all) ?? headSignatureProblem(head, publicKey as NonNullable<typeof publicKey>);
      if (problem !== null) refuse(problem);
      for (let i = start; i < Math.min(held.length, all.length); i += 1) {
        if (heldHashes[i] !== all[i]) refuse(`catatan ke-${i + 1} berbeda dengan riwayat yang sudah diterima sebelumnya.`);
      }
      const fresh = events.slice(Math.max(0, held.length - start));
      if (!store) return { added: fresh.length };
      const heldHead = await readHead(dir);
      const newer = heldHead === null || heldHead === 'damaged' || heldHead.seq < head.seq;
      if (fresh.length > 0) {
        const appender = new SegmentAppender(dir);
        try {
          await appender.append(fresh.map((line, i) => ({ seq: held.length + i + 1, line })));
        } finally {
          await appender.close();
        }
      }
      if (newer) await writeHead(dir, head);
      // The held head is verified with the meta's key: it names the new key once the new head is stored.
      const heldKey = meta === null || meta === 'damaged' || (keyChanged && newer) ? publicKeyPem : meta.publicKey;
      if (meta === null || (meta !== 'damaged' && (meta.label !== label || meta.publicKey !== heldKey))) await writeMeta(dir, { label, publicKey: heldKey });
      await verify();
      return { added: fresh.length };
    };
    const result = imports.catch(() => undefined).then(run);
    imports = result;
    return result;
  };
  const importForeign: AuditService['importForeign'] = (input, succession) => examineForeign(input, true, succession);
  const checkForeign: AuditService['checkForeign'] = (input, succession) => examineForeign(input, false, succession);

  const list: AuditService['list'] = async (filter = {}) => {
    startInitial();
    await initial;
    const offset = filter.offset ?? 0;
    const limit = filter.limit ?? AUDIT_PAGE_SIZE;
    const labels = new Map<string, { label: string; own: boolean }>();
    const everything: AuditEvent[] = [];
    const people = new Set<string>();
    const units = new Set<string>();
    const years = new Set<number>();
    const kinds = new Set<string>();
    for (const [id, state] of states) {
      labels.set(id, { label: id === installation.id ? installation.label() : state.view.label, own: state.view.own });
      for (const event of state.events) everything.push(event);
    }
    const own = current();
    if (!states.has(own.id)) {
      labels.set(own.id, { label: installation.label(), own: true });
      everything.push(...own.session);
    }
    const person = filter.person?.toLocaleLowerCase('id');
    const matching = everything.filter((event) => {
      const subject = auditSubject(event);
      people.add(event.by);
      if (subject.unitId !== undefined) units.add(subject.unitId);
      if (subject.year !== undefined) years.add(subject.year);
      kinds.add(auditDomain(event.kind));
      if (person !== undefined && person !== '' && !event.by.toLocaleLowerCase('id').includes(person)) return false;
      if (filter.unitId !== undefined && subject.unitId !== filter.unitId) return false;
      if (filter.year !== undefined && subject.year !== filter.year) return false;
      if (filter.kind !== undefined && auditDomain(event.kind) !== filter.kind) return false;
      if (filter.installationId !== undefined && event.inst !== filter.installationId) return false;
      return true;
    });
    matching.sort((a, b) => (a.at === b.at ? b.seq - a.seq : a.at < b.at ? 1 : -1));
    const unitLabel = (id: string): string => options.unitName(id) ?? id;
    return {
      entries: matching.slice(offset, offset + limit).map((event) => ({
        key: `${event.inst}:${event.seq}`,
        seq: event.seq,
        at: event.at,
        by: event.by,
        installationId: event.inst,
        installationLabel: labels.get(event.inst)?.label ?? event.inst,
        own: labels.get(event.inst)?.own ?? false,
        kind: event.kind,
        text: auditSentence(event, options.unitName),
        document: event.doc,
      })),
      total: matching.length,
      offset,
      limit,
      people: [...people].sort((a, b) => a.localeCompare(b, 'id')),
      units: [...units].map((id) => ({ value: id, label: unitLabel(id) })).sort((a, b) => a.label.localeCompare(b.label, 'id')),
      years: [...years].sort((a, b) => b - a),
      kinds: [...kinds].sort().map((value) => ({ value, label: AUDIT_DOMAIN_LABELS[value] ?? value })),
      installations: [...labels].map(([value, { label }]) => ({ value, label })),
    };
  };

  return {
    record,
    run: runInAction,
    exportEvents,
    importForeign,
    checkForeign,
    verify,
    status: statusOf,
    checked: async () => {
      startInitial();
      await initial;
      return statusOf();
    },
    list,
    flush,
    async close() {
      await flush();
      closed = true;
      if (retryTimer !== null) clearTimeout(retryTimer);
      for (const chain of chains) await chain.appender.close();
    },
  };
}
