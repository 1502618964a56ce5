import { z } from 'zod';
import { yearSchema } from '../schemas/common';

/**
 * The audit trail as the renderer sees it: one line per change of stored data (who, when, which
 * installation, what), the readable Indonesian sentence for it, and the state of each installation's
 * hash-chained log. The log itself lives in electron/services/audit.
 */

/** Summary of what a channel was asked to do: scalar fields of its input and the length of its lists. */
export type AuditSummary = Record<string, string | number | boolean>;

/** One event as stored (one JSON line of the log; its SHA-256 is the next event's `prev`). */
export interface AuditEvent {
  seq: number;
  /** SHA-256 (hex) of the previous line; 64 zeros for the first. */
  prev: string;
  at: string;
  /** Installation id (UUID). */
  inst: string;
  by: string;
  /** The channel (`worksheets:saveAnswers`) or `sistem:<op>` for a write outside a channel. */
  kind: string;
  op: 'write' | 'migrate' | 'recover' | 'remove' | 'restore';
  /** Document name (`worksheets/unit-abc-2022`), `*` for the whole data folder. */
  doc: string;
  summary: AuditSummary;
  /** SHA-256 of the document's bytes before and after; null when absent. */
  before: string | null;
  after: string | null;
}

export const AUDIT_PAGE_SIZE = 50;

export const auditListInputSchema = z
  .object({
    person: z.string().trim().max(100, 'Nama paling banyak 100 karakter.').optional(),
    unitId: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'Unit kerja tidak dikenal.').optional(),
    year: yearSchema.optional(),
    /** A domain (`worksheets`, `pledges` … or `sistem`). */
    kind: z.string().regex(/^[a-zA-Z]{1,40}$/, 'Jenis perubahan tidak dikenal.').optional(),
    installationId: z.string().uuid('Instalasi tidak dikenal.').optional(),
    offset: z.number().int().min(0).max(10_000_000).optional(),
    limit: z.number().int().min(1).max(200).optional(),
  })
  .optional();
export type AuditListInput = z.infer<typeof auditListInputSchema>;

export interface AuditEntryView {
  key: string;
  seq: number;
  at: string;
  by: string;
  installationId: string;
  installationLabel: string;
  own: boolean;
  kind: string;
  /** The readable sentence: "Siti mengubah 3 jawaban TPI Bapenda 2022". */
  text: string;
  document: string;
}

export interface AuditOption {
  value: string;
  label: string;
}

export interface AuditPage {
  entries: AuditEntryView[];
  total: number;
  offset: number;
  limit: number;
  /** Values the filters offer, from every event held. */
  people: string[];
  units: AuditOption[];
  years: number[];
  kinds: AuditOption[];
  installations: AuditOption[];
}

export interface AuditChainView {
  installationId: string;
  label: string;
  own: boolean;
  events: number;
  /** The signed head: the last event it vouches for; null when none. */
  headSeq: number | null;
  headHash: string | null;
  signedAt: string | null;
  state: 'checking' | 'valid' | 'broken';
  /** Why the chain is broken (Indonesian), else null. */
  reason: string | null;
  /** Events after the signed head (signed shortly after a save, or lost by a crash before). */
  unsigned: number;
}

export interface AuditStatusView {
  checking: boolean;
  broken: boolean;
  chains: AuditChainView[];
}

/** Domains as the kind filter shows them. */
export const AUDIT_DOMAIN_LABELS: Readonly<Record<string, string>> = {
  worksheets: 'Lembar kerja LKE',
  prerequisites: 'Prasyarat instansi',
  pledges: 'Pakta Integritas',
  pledgeTemplates: 'Templat pakta',
  declarations: 'Pencanangan',
  units: 'Unit kerja',
  people: 'Pegawai',
  settings: 'Pengaturan instansi',
  app: 'Pengguna & aplikasi',
  demo: 'Data contoh',
  exchange: 'Impor Excel',
  reports: 'Laporan',
  backups: 'Cadangan & pemulihan',
  signing: 'Kunci tanda tangan',
  verification: 'Verifikasi',
  sistem: 'Sistem (di luar perintah pengguna)',
};

/** The domain of an event kind: `worksheets` of `worksheets:saveAnswers`. */
export function auditDomain(kind: string): string {
  const colon = kind.indexOf(':');
  return colon < 0 ? kind : kind.slice(0, colon);
}

const LAYER_WORDS: Readonly<Record<string, string>> = { unit: 'unit', tpi: 'TPI', tpn: 'TPN' };

/** Unit and year an event is about: from its summary, else from a worksheet or year document's name. */
export function auditSubject(event: Pick<AuditEvent, 'doc' | 'summary'>): { unitId?: string; year?: number } {
  const subject: { unitId?: string; year?: number } = {};
  const { summary } = event;
  if (typeof summary.unitId === 'string') subject.unitId = summary.unitId;
  if (typeof summary.year === 'number') subject.year = summary.year;
  const worksheet = /^(?:worksheets|reports)\/([a-z0-9][a-z0-9-]{2,63})-(\d{4})$/.exec(event.doc);
  if (worksheet !== null) {
    subject.unitId ??= worksheet[1];
    subject.year ??= Number(worksheet[2]);
  }
  const yearDoc = /^[a-z-]+\/(\d{4})$/.exec(event.doc);
  if (yearDoc !== null) subject.year ??= Number(yearDoc[1]);
  return subject;
}

const DOCUMENT_WORDS: Readonly<Record<string, string>> = {
  master: 'data master',
  preferences: 'preferensi pengguna',
  installation: 'identitas instalasi',
  prerequisites: 'prasyarat instansi',
  declarations: 'data pencanangan',
  'pledge-templates': 'templat pakta',
  'pledge-events': 'riwayat pakta',
  demo: 'data contoh',
  '*': 'seluruh folder data',
};

type Phrase = (n: { count: (key: string) => number | undefined; layer: string; what: string }) => string;

/** Verb phrases per channel; `what` is the subject ("LKE Bapenda 2022", "data master" …). */
const PHRASES: Readonly<Record<string, Phrase>> = {
  'worksheets:saveAnswers': ({ count, layer, what }) => `mengubah ${count('changes') ?? 'beberapa'} jawaban ${layer} ${what}`.replace(/\s+/g, ' '),
  'worksheets:create': ({ what }) => `membuat ${what}`,
  'worksheets:transition': ({ what }) => `mengubah status ${what}`,
  'worksheets:confirmCarried': ({ what }) => `mengonfirmasi jawaban bawaan ${what}`,
  'worksheets:undoConfirmCarried': ({ what }) => `membatalkan konfirmasi jawaban bawaan ${what}`,
  'worksheets:addEvidenceFile': ({ what }) => `menambah berkas bukti dukung ${what}`,
  'worksheets:addEvidenceReference': ({ what }) => `menambah tautan bukti dukung ${what}`,
  'worksheets:removeEvidence': ({ what }) => `menghapus bukti dukung ${what}`,
  'worksheets:setPrerequisites': ({ what }) => `mengubah prasyarat ${what}`,
  'prerequisites:saveYear': ({ what }) => `mengubah prasyarat instansi (${what})`,
  'units:create': () => 'menambah unit kerja',
  'units:update': () => 'mengubah data unit kerja',
  'units:setActive': () => 'mengubah status aktif unit kerja',
  'people:create': () => 'menambah pegawai',
  'people:update': () => 'mengubah data pegawai',
  'people:setActive': () => 'mengubah status aktif pegawai',
  'people:importCommit': () => 'mengimpor daftar pegawai',
  'settings:save': () => 'mengubah pengaturan instansi',
  'settings:setLogo': () => 'mengganti logo instansi',
  'settings:removeLogo': () => 'menghapus logo instansi',
  'app:setUserName': () => 'mengganti nama pengguna',
  'app:setActiveYear': () => 'mengganti tahun aktif',
  'demo:load': () => 'memuat data contoh',
  'demo:remove': () => 'menghapus data contoh',
  'pledges:create': ({ what }) => `membuat pakta integritas (${what})`,
  'pledges:print': ({ what }) => `mencetak pakta integritas (${what})`,
  'pledges:markSigned': ({ what }) => `menandai pakta integritas ditandatangani (${what})`,
  'pledges:attachScan': ({ what }) => `melampirkan pindaian pakta integritas (${what})`,
  'pledges:revoke': ({ what }) => `mencabut pakta integritas (${what})`,
  'pledges:importRevocations': () => 'mengimpor daftar pencabutan pakta',
  'pledgeTemplates:saveVersion': () => 'menyimpan versi baru templat pakta',
  'declarations:create': () => 'mencatat pencanangan',
  'declarations:update': () => 'mengubah data pencanangan',
  'declarations:print': () => 'mencetak piagam pencanangan',
  'exchange:importCommit': ({ what }) => `mengimpor jawaban dari Excel ke ${what}`,
  'reports:saveMeta': ({ what }) => `mengubah data LHE ${what}`,
  'reports:printLhe': ({ what }) => `mencetak LHE ${what}`,
  'backups:restore': () => 'memulihkan data dari cadangan',
  'backups:undoRestore': () => 'membatalkan pemulihan data',
  'signing:importCertificate': () => 'memasang sertifikat tanda tangan',
  'signing:rotateKeys': () => 'mengganti kunci tanda tangan',
  'verification:importTrustedKey': () => 'menambah kunci tepercaya',
};

const SYSTEM_PHRASES: Readonly<Record<AuditEvent['op'], (what: string) => string>> = {
  write: (what) => `menyimpan ${what} (proses otomatis)`,
  migrate: (what) => `memperbarui format ${what} ke versi aplikasi ini`,
  recover: (what) => `memulihkan ${what} dari salinan cadangan`,
  remove: (what) => `menghapus ${what} (proses otomatis)`,
  restore: (what) => `memulihkan ${what} dari cadangan`,
};

/**
 * The readable sentence of an event: "Siti Rahma mengubah 3 jawaban TPI LKE Bapenda 2022".
 * `unitName` resolves a unit id (the id itself when unknown).
 */
export function auditSentence(event: Pick<AuditEvent, 'by' | 'kind' | 'op' | 'doc' | 'summary'>, unitName: (id: string) => string | undefined): string {
  const { unitId, year } = auditSubject(event);
  const unit = unitId === undefined ? '' : (unitName(unitId) ?? unitId);
  let what: string;
  if (/^(worksheets|reports)\//.test(event.doc)) what = `LKE ${unit} ${year ?? ''}`.trim();
  else if (/^pledges\//.test(event.doc)) what = `tahun ${year ?? ''}`.trim();
  else if (DOCUMENT_WORDS[event.doc] !== undefined) what = DOCUMENT_WORDS[event.doc] ?? event.doc;
  else what = `dokumen ${event.doc}`;
  if (event.op === 'remove' && !event.kind.startsWith('sistem')) return `${event.by} menghapus ${what}`;
  const count = (key: string): number | undefined => (typeof event.summary[key] === 'number' ? (event.summary[key] as number) : undefined);
  const layerValue = event.summary.layer;
  const layer = typeof layerValue === 'string' ? (LAYER_WORDS[layerValue] ?? '') : '';
  const phrase = PHRASES[event.kind];
  if (phrase !== undefined) return `${event.by} ${phrase({ count, layer, what })}`;
  if (auditDomain(event.kind) === 'sistem') return `${event.by} — ${SYSTEM_PHRASES[event.op](what)}`;
  return `${event.by} mengubah ${what} (${event.kind})`;
}
