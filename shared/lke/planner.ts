import { EPSILON } from './numbers';
import { walkTemplate } from './structure';
import { indicatorMultiplier, walkScore, type WorksheetScore } from './scoring';
import type { Predicate } from './thresholds';
import type { CriterionResult, Verdict } from './verdict';
import type { AnswerType, Template } from './types';

/**
 * Improvement planner: for every failing criterion of a verdict, the items that could still add
 * points to it, best first. An item's potential is its weight share × (1 − its current value),
 * where the weight share of a Pengungkit item is its sub-area weight ÷ the number of scored items
 * in that sub-area (the average rule of PermenPANRB 90/2021 Lampiran III) and that of a Hasil
 * indicator is its own weight. Unanswered items count as value 0, so they show their full share.
 */

/** One item worth improving for a criterion. */
export interface PlanItem {
  code: string;
  text: string;
  answerType: AnswerType;
  /** Where the item sits, for display: "Reform › Penguatan Pengawasan › Mekanisme Pengendalian". */
  path: string;
  /** Sub-area (Pengungkit) or sub-component (Hasil) code. */
  parentCode: string;
  answered: boolean;
  /** Current 0–1 multiplier (0 when unanswered). */
  currentValue: number;
  /** Points the item carries when fully met. */
  weightShare: number;
  /** Points it could still add: weightShare × (1 − currentValue). */
  potential: number;
}

/** Items for one failing criterion. */
export interface PlanGroup {
  criterion: CriterionResult;
  /** Items with a potential above 0, largest first (template order on ties). */
  items: PlanItem[];
  /** Σ potential of all items. */
  totalPotential: number;
  /** The shortfall can be closed at all (Σ potential ≥ shortfall). */
  reachable: boolean;
  /** How many of the top items together cover the shortfall; null when unreachable. */
  itemsToClose: number | null;
}

export interface ImprovementPlan {
  predicate: Predicate;
  /** One group per failing criterion, in verdict order. */
  groups: PlanGroup[];
}

interface Candidate {
  code: string;
  text: string;
  answerType: AnswerType;
  path: string;
  parentCode: string;
  weightShare: number;
  /** Codes of every node above the item (template id, component, half, area, sub-area…). */
  ancestors: ReadonlySet<string>;
  order: number;
}

const candidateCache = new WeakMap<Template, readonly Candidate[]>();

function candidatesOf(template: Template): readonly Candidate[] {
  const cached = candidateCache.get(template);
  if (cached) return cached;
  const list: Candidate[] = [];
  for (const entry of walkTemplate(template)) {
    if (entry.kind === 'subArea') {
      const { subArea, area, half, component } = entry;
      const scored = subArea.questions.filter((question) => question.answerType !== 'JUMLAH');
      if (scored.length === 0) continue;
      const share = subArea.weight / scored.length;
      const ancestors = new Set([template.id, component.code, half.code, area.code, subArea.code]);
      for (const question of scored) {
        list.push({
          code: question.code,
          text: question.text,
          answerType: question.answerType,
          path: `${half.name} › ${area.name} › ${subArea.name}`,
          parentCode: subArea.code,
          weightShare: share,
          ancestors,
          order: list.length,
        });
      }
    } else if (entry.kind === 'indicator') {
      const { node: indicator, subComponent, component } = entry;
      list.push({
        code: indicator.code,
        text: indicator.text,
        answerType: indicator.answerType,
        path: `${component.name} › ${subComponent.name}`,
        parentCode: subComponent.code,
        weightShare: indicator.weight,
        ancestors: new Set([template.id, component.code, subComponent.code, indicator.code]),
        order: list.length,
      });
    }
  }
  candidateCache.set(template, list);
  return list;
}

/** Current 0–1 value of every scored item and indicator in a score tree (null = unanswered). */
function currentValues(score: WorksheetScore): Map<string, number | null> {
  const values = new Map<string, number | null>();
  walkScore(score, (entry) => {
    if (entry.kind === 'item' && entry.item.scored) values.set(entry.item.code, entry.item.answered ? entry.item.value : null);
    else if (entry.kind === 'indicator') values.set(entry.indicator.code, indicatorMultiplier(entry.indicator));
  });
  return values;
}

/**
 * Ranks, for each failing criterion of `verdict`, the items under that criterion's node by the
 * points they could still add (see the module comment). `score` must come from `template`.
 */
export function planImprovements(
  template: Template,
  score: WorksheetScore,
  verdict: Verdict,
): ImprovementPlan {
  const candidates = candidatesOf(template);
  const values = currentValues(score);
  const groups: PlanGroup[] = verdict.failing.map((failing) => {
    const items: PlanItem[] = [];
    const orders = new Map<string, number>();
    for (const candidate of candidates) {
      if (!candidate.ancestors.has(failing.nodeCode)) continue;
      const current = values.get(candidate.code) ?? null;
      const currentValue = current ?? 0;
      const potential = candidate.weightShare * (1 - currentValue);
      if (potential <= EPSILON) continue;
      orders.set(candidate.code, candidate.order);
      items.push({
        code: candidate.code,
        text: candidate.text,
        answerType: candidate.answerType,
        path: candidate.path,
        parentCode: candidate.parentCode,
        answered: current !== null,
        currentValue,
        weightShare: candidate.weightShare,
        potential,
      });
    }
    items.sort(
      (a, b) => b.potential - a.potential || (orders.get(a.code) ?? 0) - (orders.get(b.code) ?? 0),
    );
    let totalPotential = 0;
    let itemsToClose: number | null = null;
    items.forEach((item, index) => {
      totalPotential += item.potential;
      if (itemsToClose === null && totalPotential >= failing.shortfall - EPSILON) itemsToClose = index + 1;
    });
    return {
      criterion: failing,
      items,
      totalPotential,
      reachable: itemsToClose !== null,
      itemsToClose,
    };
  });
  return { predicate: verdict.predicate, groups };
}
