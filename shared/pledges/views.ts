import type { GeneratedPdf } from '../documents';
import type { JenisAsn } from '../format/nip';
import type { PledgeTemplate, SignatureKind, SignerSnapshot, WitnessSnapshot } from '../pakta/types';

/**
 * What the Pakta Integritas channels return. Everything here is derived in main from stored
 * records; the renderer never computes a status or a percentage on its own.
 */

/**
 * Where a person stands for a year:
 * - `DIGITAL` — signed with a signature image on file (drawn on the canvas or an uploaded scan);
 * - `BASAH` — printed for a wet signature and marked as signed;
 * - `PINDAIAN` — printed, signed by hand, and the scan of the signed paper attached;
 * - `MENUNGGU` — printed (or created) for a wet signature, not yet marked as signed;
 * - `BELUM` — no (unrevoked) pledge this year.
 */
export type PledgeStatus = 'DIGITAL' | 'BASAH' | 'PINDAIAN' | 'MENUNGGU' | 'BELUM';

export const PLEDGE_STATUSES: readonly PledgeStatus[] = ['DIGITAL', 'BASAH', 'PINDAIAN', 'MENUNGGU', 'BELUM'];

export const PLEDGE_STATUS_LABEL: Record<PledgeStatus, string> = {
  DIGITAL: 'Ditandatangani digital',
  BASAH: 'Tanda tangan basah',
  PINDAIAN: 'Pindaian terlampir',
  MENUNGGU: 'Menunggu tanda tangan',
  BELUM: 'Belum ada pakta',
};

/**
 * What the registry shows for a revoked pledge: `DICABUT` while its signer has no valid pledge that
 * year, `DIGANTI` once a newer pledge of the same signer replaced it.
 */
export type RevokedState = 'DICABUT' | 'DIGANTI';

export const REVOKED_STATE_LABEL: Record<RevokedState, string> = {
  DICABUT: 'Dicabut',
  DIGANTI: 'Diganti',
};

/** Statuses that count as signed for the coverage. */
export const SIGNED_STATUSES: readonly PledgeStatus[] = ['DIGITAL', 'BASAH', 'PINDAIAN'];

export const SIGNATURE_KIND_LABEL: Record<SignatureKind, string> = {
  drawn: 'Tanda tangan digital (digambar)',
  uploaded: 'Pindaian tanda tangan',
  wet: 'Tanda tangan basah',
};

/** One printing of a pledge, recorded only after its PDF was written under its final name. */
export interface PrintRecord {
  at: string;
  documentId: string;
  batch: boolean;
}

/** A stored pledge as the screens show it. */
export interface PledgeView {
  id: string;
  year: number;
  place: string;
  date: string;
  /** "ZI-1A2B3C4D-9F8E7D6C", printed in the footer. */
  code: string;
  signer: SignerSnapshot;
  witness: WitnessSnapshot | null;
  signatureKind: SignatureKind;
  template: { id: string; version: number };
  personId: string | null;
  unitId: string | null;
  /** Registry status of this pledge (never `BELUM`); a revoked pledge keeps its last status. */
  status: Exclude<PledgeStatus, 'BELUM'>;
  createdAt: string;
  createdBy: string;
  printed: PrintRecord[];
  wetSignedAt: string | null;
  scan: { fileName: string; mimeType: string; size: number; attachedAt: string } | null;
  revoked: { at: string; by: string; reason: string } | null;
  /**
   * Set on a pledge received in a bundle from another installation ("Diterbitkan di: <label>"):
   * read-only here, its issuer changes, revokes and reprints it. Absent on this installation's own.
   */
  issuer?: { installationId: string; label: string };
}

/** `pledges:print`: the pledge (created, or the identical one already stored) and its PDF. */
export interface PrintedPledge {
  pledge: PledgeView;
  pdf: GeneratedPdf;
}

/** Counts behind a coverage percentage. */
export interface CoverageSummary {
  /** Active people in scope. */
  total: number;
  /** People whose pledge is signed (digital, wet, or scan attached). */
  signed: number;
  byStatus: Record<PledgeStatus, number>;
  /** signed / total × 100 at full precision; 0 when nobody is in scope. */
  percent: number;
}

/** A revoked pledge as the registry lists it. */
export interface RevokedPledgeView extends PledgeView {
  state: RevokedState;
  /** Code of the valid pledge that replaced it (`DIGANTI`), else null. */
  replacedBy: string | null;
}

/** One person of the registry. */
export interface RegistryRow {
  personId: string;
  nama: string;
  nip: string;
  jenisAsn: JenisAsn;
  jabatan: string;
  unitId: string;
  unitNama: string;
  status: PledgeStatus;
  pledge: PledgeView | null;
  /** The person's newest revoked pledge of the year (shown as "Dicabut" or "Diganti"), else null. */
  revokedPledge: RevokedPledgeView | null;
}

/** Integrity of a stored pledge: "Utuh", "Isi berubah" (content or code no longer matches its signature), "Riwayat rusak" (its signed status log disagrees). */
export type PledgeIntegrity = 'UTUH' | 'ISI_BERUBAH' | 'RIWAYAT_RUSAK';

export const PLEDGE_INTEGRITY_LABEL: Record<PledgeIntegrity, string> = {
  UTUH: 'Utuh',
  ISI_BERUBAH: 'Isi berubah',
  RIWAYAT_RUSAK: 'Riwayat rusak',
};

export interface PledgeIntegrityView {
  state: Exclude<PledgeIntegrity, 'UTUH'>;
  /** Why, in Indonesian. */
  reason: string;
}

/** A year whose status log is broken or whose pledges are not intact, for the app-wide notice. */
export interface IntegrityNoticeYear {
  year: number;
  /** Why the year's status log is broken, else null (only some pledges are not intact). */
  chainBroken: string | null;
  /** Pledges not intact (content changed or status against the log). */
  damaged: number;
}

/** `pledges:integrityNotice`: the years to warn about on every screen (empty when all is intact). */
export interface IntegrityNotice {
  years: IntegrityNoticeYear[];
}

/** The years of `checked` that are not intact, oldest first. */
export function integrityNotice(checked: readonly YearIntegrity[]): IntegrityNotice {
  return {
    years: checked
      .map((year) => ({ year: year.year, chainBroken: year.chainBroken, damaged: Object.keys(year.pledges).length }))
      .filter((year) => year.chainBroken !== null || year.damaged > 0)
      .sort((a, b) => a.year - b.year),
  };
}

/** Integrity of one year's pledges: only pledges that are not intact are listed. */
export interface YearIntegrity {
  year: number;
  /** Why the year's status log itself is broken, else null. */
  chainBroken: string | null;
  pledges: Record<string, PledgeIntegrityView>;
  /** Why the check could not run (e.g. the installation's key cannot be opened), else null. */
  unchecked: string | null;
}

/** `pledges:registry`: the people of a unit (or all units) for one year, and the pledges of others. */
export interface PledgeRegistry {
  year: number;
  unitId: string | null;
  rows: RegistryRow[];
  coverage: CoverageSummary;
  /** Unrevoked pledges of signers outside the roster rows above (manual signers, people moved or deactivated). */
  others: PledgeView[];
  /** Revoked pledges of the scope, newest first. */
  revoked: RevokedPledgeView[];
  /** Integrity of the year's pledges (by pledge id) and of its status log. */
  integrity: YearIntegrity;
}

/** The LKE option suggested by a coverage (see coverage.ts). */
export type InvolvementOption = 'A' | 'B' | 'C' | 'D';

/**
 * `pledges:coverage`: the evidence for the LKE item on members' involvement (Manajemen Perubahan,
 * Pemenuhan iv, "Anggota organisasi terlibat dalam pembangunan Zona Integritas").
 */
export interface PledgeCoverage extends CoverageSummary {
  unitId: string;
  unitNama: string;
  year: number;
  /** Item code in the shipped LKE template. */
  itemCode: string;
  suggestedOption: InvolvementOption;
  /** One sentence for the worksheet screen, in Indonesian. */
  note: string;
}

/** `pledges:batch`. */
export interface BatchStarted {
  jobId: string;
  /** Pledges that will be printed. */
  total: number;
}

export type BatchState = 'running' | 'done' | 'failed' | 'cancelled';

/** A per-person file of a batch. */
export interface BatchFile {
  documentId: string;
  fileName: string;
}

/** `pledges:batchStatus` and `pledges:cancel`. */
export interface BatchStatus {
  jobId: string;
  state: BatchState;
  /** Steps done of `total` (pages of the merged PDF, then per-person files). */
  done: number;
  total: number;
  pledges: number;
  /** Set when `state` is `done`. */
  result: {
    documentId: string;
    fileName: string;
    pages: number;
    /** Folder (inside the data folder, for display) holding the per-person files, or null. */
    folder: string | null;
    files: BatchFile[];
  } | null;
  /** Set when `state` is `failed` or `cancelled`. */
  error: { code: string; message: string } | null;
}

/** A pledge template version as the template screen lists it. */
export interface PledgeTemplateView extends PledgeTemplate {
  builtIn: boolean;
  /** The newest version of its id: what new pledges use. */
  newest: boolean;
  createdAt: string | null;
  createdBy: string | null;
}

/** `pledges:exportRevocations`: the signed revocation list of a year, as a file to save. */
export interface RevocationListExport {
  fileName: string;
  /** The list (JSON, signed). */
  json: string;
  count: number;
}

/** `pledges:importRevocations`: what an imported list recorded. */
export interface RevocationImportResult {
  /** Who signed the list: "instalasi ZI Desk ini" or the trusted key's label. */
  issuer: string;
  own: boolean;
  year: number;
  entries: number;
  /** Entries not known before. */
  added: number;
  /** Pledges of this installation revoked by the import. */
  revokedHere: number;
}
