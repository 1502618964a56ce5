import type {
  Completeness,
  ImprovementPlan,
  Predicate,
  ProposalStatus,
  ProposalStatusLabel,
} from '../lke';
import type { AnswerLayer, EvidenceMimeType, Worksheet, WorksheetStatus } from './schemas';

/**
 * What the worksheets channels return. Every number here is derived from stored answers at the
 * moment of the call (scoreWorksheet, verdict, proposalStatus of shared/lke), never read from disk.
 */

/** A template a worksheet can be made from (the renderer imports the template data from shared/lke). */
export interface TemplateInfo {
  id: string;
  version: string;
  regulation: string;
  title: string;
  /** The template new worksheets use when none is chosen. */
  newest: boolean;
}

/** Main scores of one layer, full precision (format with two decimals for display). */
export interface LayerTotals {
  total: number;
  pengungkit: number;
  pemenuhan: number;
  reform: number;
  hasil: number;
}

/** Completeness and totals of one answer layer. */
export interface LayerSummary {
  completeness: Completeness;
  /** Answers of this layer still marked as carried over from last year (only the unit layer has them). */
  carriedPending: number;
  totals: LayerTotals;
}

/** Verdict and proposal status for one predicate, in brief. */
export interface PredicateBrief {
  predicate: Predicate;
  /** Every score criterion met. */
  passed: boolean;
  /** The layer is fully answered (otherwise the verdict is provisional). */
  complete: boolean;
  /** Labels of the failing criteria, in verdict order. */
  failing: string[];
  proposal: ProposalStatusLabel;
}

/**
 * The verdicts of a worksheet: on the TPI layer once it has any answer, otherwise on the unit layer
 * (the TPI's answers are what the Inspektorat proposes on).
 */
export interface WorksheetAssessment {
  layer: Extract<AnswerLayer, 'unit' | 'tpi'>;
  wbk: PredicateBrief;
  wbbm: PredicateBrief;
}

/** The unit as the master data has it now (falls back to the name stored on creation). */
export interface WorksheetUnitRef {
  id: string;
  nama: string;
  singkatan: string;
  afirmasi: boolean;
  aktif: boolean;
}

/** One row of the worksheet list. */
export interface WorksheetSummary {
  id: string;
  unit: WorksheetUnitRef;
  year: number;
  templateId: string;
  templateVersion: string;
  status: WorksheetStatus;
  changedAfterReview: boolean;
  updatedAt: string;
  layers: Record<AnswerLayer, LayerSummary>;
  assessment: WorksheetAssessment;
}

/** A worksheet that could not be summarised (damaged file reset by recovery, unknown template). */
export interface WorksheetProblem {
  id: string;
  message: string;
}

/** `worksheets:list` output. */
export interface WorksheetList {
  /** Sorted by year (newest first), then unit name. */
  worksheets: WorksheetSummary[];
  problems: WorksheetProblem[];
}

/** Full proposal status (every check with its detail) for both predicates. */
export interface WorksheetProposal {
  layer: Extract<AnswerLayer, 'unit' | 'tpi'>;
  /** The date "ZI dibangun ≥ 1 tahun" was measured against. */
  tanggalUsulan: string;
  wbk: ProposalStatus;
  wbbm: ProposalStatus;
}

/**
 * `worksheets:get` and every worksheet mutation: the stored record (answers, notes, evidence,
 * history) plus its summary and proposal status, recomputed. Replace the screen's state with it.
 */
export interface WorksheetDetail {
  worksheet: Worksheet;
  summary: WorksheetSummary;
  proposal: WorksheetProposal;
}

/** `worksheets:plan` output: the planner of shared/lke for both predicates on one layer. */
export interface WorksheetPlan {
  layer: AnswerLayer;
  wbk: ImprovementPlan;
  wbbm: ImprovementPlan;
}

/** `worksheets:evidenceBlob` output: the file's bytes until the native port opens it directly. */
export interface EvidenceBlob {
  fileName: string;
  mimeType: EvidenceMimeType;
  size: number;
  dataBase64: string;
}
