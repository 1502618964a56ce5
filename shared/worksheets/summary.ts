import {
  prerequisiteRulesForYear,
  proposalStatus,
  scoreWorksheet,
  verdict,
  type InstansiYearRecord,
  type PredicateThresholds,
  type Template,
  type ThresholdSet,
  type WorksheetScore,
} from '../lke';
import type { AnswerLayer, Worksheet } from './schemas';
import type {
  LayerSummary,
  PredicateBrief,
  WorksheetAssessment,
  WorksheetProposal,
  WorksheetSummary,
  WorksheetUnitRef,
} from './views';
import { carriedCodes, layerAnswers } from './workflow';

/**
 * Derived views of a worksheet (never stored, ARCHITECTURE "Data"): per-layer completeness and
 * totals from scoreWorksheet, WBK/WBBM verdicts and the PermenPANRB 5/2024 proposal status.
 */

/** The scores of the three layers of a worksheet against its own template. */
export type LayerScores = Record<AnswerLayer, WorksheetScore>;

/** Scores every layer (pure; callers may cache per worksheet snapshot). */
export function scoreLayers(worksheet: Pick<Worksheet, 'items'>, template: Template): LayerScores {
  return {
    unit: scoreWorksheet(template, layerAnswers(worksheet, 'unit')),
    tpi: scoreWorksheet(template, layerAnswers(worksheet, 'tpi')),
    tpn: scoreWorksheet(template, layerAnswers(worksheet, 'tpn')),
  };
}

/** Completeness, pending carry-overs and main totals of one scored layer. */
export function layerSummary(score: WorksheetScore, carriedPending: number): LayerSummary {
  return {
    completeness: score.completeness,
    carriedPending,
    totals: {
      total: score.value,
      pengungkit: score.pengungkit.value,
      pemenuhan: score.pengungkit.pemenuhan.value,
      reform: score.pengungkit.reform.value,
      hasil: score.hasil.value,
    },
  };
}

/** True when a layer has any answer at all (choice, count or index). */
export function layerStarted(score: WorksheetScore): boolean {
  return score.completeness.answered > 0 || score.completeness.inputsAnswered > 0;
}

/** The layer verdicts are given on: TPI once it has any answer, otherwise Unit. */
export function assessedLayer(scores: LayerScores): 'unit' | 'tpi' {
  return layerStarted(scores.tpi) ? 'tpi' : 'unit';
}

/** The proposal is measured on 31 Mei of the evaluation year unless a date was recorded (DOMAIN §1). */
export function defaultTanggalUsulan(year: number): string {
  return `${String(year).padStart(4, '0')}-05-31`;
}

export interface SummaryInput {
  worksheet: Worksheet;
  template: Template;
  thresholds: ThresholdSet;
  unit: WorksheetUnitRef;
  /** The instansi-level record of the worksheet's year, null when not entered. */
  instansi: InstansiYearRecord | null;
  /** Scores from {@link scoreLayers}, when the caller already has them. */
  scores?: LayerScores;
}

/** Summary (list row) and full proposal status of a worksheet. */
export function summarizeWorksheet(input: SummaryInput): { summary: WorksheetSummary; proposal: WorksheetProposal } {
  const { worksheet, template, thresholds, unit, instansi } = input;
  const scores = input.scores ?? scoreLayers(worksheet, template);
  const summarize = (layer: AnswerLayer): LayerSummary =>
    layerSummary(scores[layer], carriedCodes(worksheet, layer).length);
  const layers: Record<AnswerLayer, LayerSummary> = {
    unit: summarize('unit'),
    tpi: summarize('tpi'),
    tpn: summarize('tpn'),
  };
  const layer = assessedLayer(scores);
  const score = scores[layer];
  const tanggalUsulan = worksheet.tanggalUsulan ?? defaultTanggalUsulan(worksheet.year);
  const judge = (predicateThresholds: PredicateThresholds) => {
    const scoreVerdict = verdict(score, predicateThresholds);
    const status = proposalStatus({
      verdict: scoreVerdict,
      thresholds: predicateThresholds,
      instansi,
      unit: worksheet.prerequisites,
      afirmasi: unit.afirmasi,
      tanggalUsulan,
      rules: prerequisiteRulesForYear(worksheet.year),
    });
    const brief: PredicateBrief = {
      predicate: scoreVerdict.predicate,
      passed: scoreVerdict.passed,
      complete: scoreVerdict.complete,
      failing: scoreVerdict.failing.map((criterion) => criterion.label),
      proposal: status.status,
    };
    return { brief, status };
  };
  const wbk = judge(thresholds.wbk);
  const wbbm = judge(thresholds.wbbm);
  const assessment: WorksheetAssessment = { layer, wbk: wbk.brief, wbbm: wbbm.brief };
  return {
    summary: {
      id: worksheet.id,
      unit,
      year: worksheet.year,
      templateId: worksheet.templateId,
      templateVersion: worksheet.templateVersion,
      status: worksheet.status,
      changedAfterReview: worksheet.changedAfterReview,
      updatedAt: worksheet.updatedAt,
      layers,
      assessment,
    },
    proposal: { layer, tanggalUsulan, wbk: wbk.status, wbbm: wbbm.status },
  };
}
