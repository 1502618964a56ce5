import { AppFailure } from '../result';
import { isAnswerMap, type Answer, type Answers } from './answers';
import {
  answerTypeLabels,
  type AnswerType,
  type ChoiceAnswerType,
  type Formula,
  type HalfRole,
  type HasilRole,
  type IndicatorRole,
  type Template,
} from './types';

/**
 * The LKE scoring engine (PermenPANRB 90/2021 Lampiran III, DOMAIN §2), pure and allocation-light:
 * - sub-area = average of its answered, scored items × sub-area weight (unanswered items are
 *   skipped, as the official workbook's AVERAGE does; JUMLAH counts are inputs, never averaged);
 * - area = Σ sub-areas; Pemenuhan / Reform = Σ areas; Pengungkit = Pemenuhan + Reform;
 * - Hasil = IPAK index ÷ 4 × 17,5 + capaian kinerja option value × 5 + IPKP index ÷ 4 × 17,5;
 * - Total = Pengungkit + Hasil.
 * Values keep full precision; rounding is for display only.
 */

/** Why a value deserves the evaluator's attention. */
export type ScoreFlagKind =
  /** A computed percentage divided by zero: its value is 0 (or the disciplinary case rose from 0). */
  | 'ZERO_DENOMINATOR'
  /** Some but not all inputs of a computed percentage are filled: the item counts as unanswered. */
  | 'INPUTS_INCOMPLETE'
  /** A stored answer has another type than its item (e.g. after a template change): ignored. */
  | 'ANSWER_TYPE_MISMATCH'
  /** A stored answer is out of range (unknown option, negative count, index beyond 0–4): ignored. */
  | 'INVALID_ANSWER';

export interface ScoreFlag {
  kind: ScoreFlagKind;
  /** The item the flag is about. */
  itemCode: string;
  /** Explanation in Bahasa Indonesia. */
  message: string;
}

/** How much of a node is filled in. */
export interface Completeness {
  /** Scored items answered (choices, computed percentages whose inputs are complete, indices). */
  answered: number;
  /** Scored items in the node. */
  total: number;
  /** JUMLAH counts filled in (they feed computed items but are not scored themselves). */
  inputsAnswered: number;
  inputsTotal: number;
  /** Every scored item and every count filled in: the worksheet may be finalised. */
  complete: boolean;
}

/** Fields shared by every node of the score tree. */
export interface ScoreNode {
  code: string;
  name: string;
  /** Maximum points of the node (its weight in the template). */
  weight: number;
  /** Points earned, full precision. */
  value: number;
  /** value ÷ weight × 100 (0–100). */
  percent: number;
  completeness: Completeness;
  /** Flags of this node and everything below it. */
  flags: readonly ScoreFlag[];
}

/** One Pengungkit item. */
export interface ItemScore {
  code: string;
  answerType: AnswerType;
  /** False for JUMLAH counts, which feed computed items and never enter an average. */
  scored: boolean;
  answered: boolean;
  /**
   * Scored items: the 0–1 multiplier (option value, capped percentage, index ÷ max), null when
   * unanswered. JUMLAH counts: the count itself, null when empty.
   */
  value: number | null;
  flags: readonly ScoreFlag[];
}

export interface SubAreaScore extends ScoreNode {
  items: ItemScore[];
}

export interface AreaScore extends ScoreNode {
  subAreas: SubAreaScore[];
}

export interface HalfScore extends ScoreNode {
  role: HalfRole;
  areas: AreaScore[];
}

export interface PengungkitScore extends ScoreNode {
  kind: 'PENGUNGKIT';
  halves: HalfScore[];
  pemenuhan: HalfScore;
  reform: HalfScore;
}

/** One Hasil indicator: value = points (index ÷ 4 × weight, or option value × weight). */
export interface IndicatorScore extends ScoreNode {
  role: IndicatorRole;
  shortName: string;
  answerType: AnswerType;
  /** The index as entered (IPAK, IPKP) or the option multiplier (capaian kinerja); null when empty. */
  input: number | null;
}

export interface HasilSubComponentScore extends ScoreNode {
  role: HasilRole;
  indicators: IndicatorScore[];
}

export interface HasilScore extends ScoreNode {
  kind: 'HASIL';
  subComponents: HasilSubComponentScore[];
  ipak: IndicatorScore;
  capaianKinerja: IndicatorScore;
  ipkp: IndicatorScore;
  /** Birokrasi yang Bersih dan Akuntabel = IPAK points + capaian kinerja points. */
  birokrasiBersih: HasilSubComponentScore;
}

export type ComponentScore = PengungkitScore | HasilScore;

/** A scored worksheet: the template's tree with values, plus shortcuts to the nodes thresholds use. */
export interface WorksheetScore extends ScoreNode {
  templateId: string;
  templateVersion: string;
  /** Components in template order (the same objects as `pengungkit` and `hasil`). */
  components: ComponentScore[];
  pengungkit: PengungkitScore;
  hasil: HasilScore;
}

// ---------------------------------------------------------------------------------------------
// Per-template compilation (cached): option value lookups and role positions, computed once.

type CompiledItem =
  | { kind: 'choice'; code: string; answerType: ChoiceAnswerType; values: ReadonlyMap<string, number> }
  | { kind: 'computed'; code: string; formula: Formula; formulaInputs: readonly string[] }
  | { kind: 'count'; code: string }
  | { kind: 'index'; code: string; indexMax: number };

interface CompiledSubArea {
  code: string;
  name: string;
  weight: number;
  items: CompiledItem[];
}

interface CompiledArea {
  code: string;
  name: string;
  weight: number;
  subAreas: CompiledSubArea[];
}

interface CompiledHalf {
  code: string;
  name: string;
  weight: number;
  role: HalfRole;
  areas: CompiledArea[];
}

interface CompiledIndicator {
  code: string;
  shortName: string;
  weight: number;
  role: IndicatorRole;
  item: CompiledItem;
}

interface CompiledSubComponent {
  code: string;
  name: string;
  weight: number;
  role: HasilRole;
  indicators: CompiledIndicator[];
}

type CompiledComponent =
  | { kind: 'PENGUNGKIT'; code: string; name: string; weight: number; halves: CompiledHalf[] }
  | { kind: 'HASIL'; code: string; name: string; weight: number; subComponents: CompiledSubComponent[] };

interface CompiledTemplate {
  components: CompiledComponent[];
}

/** Code, name and weight of a template node, as its compiled form keeps them. */
function heading(node: { code: string; name: string; weight: number }): { code: string; name: string; weight: number } {
  return { code: node.code, name: node.name, weight: node.weight };
}

const compiledCache = new WeakMap<Template, CompiledTemplate>();

function compile(template: Template): CompiledTemplate {
  const cached = compiledCache.get(template);
  if (cached) return cached;
  const components: CompiledComponent[] = template.components.map((component) => {
    if (component.kind === 'PENGUNGKIT') {
      return {
        kind: 'PENGUNGKIT',
        ...heading(component),
        halves: component.halves.map((half) => ({
          ...heading(half),
          role: half.role,
          areas: half.areas.map((area) => ({
            ...heading(area),
            subAreas: area.subAreas.map((subArea) => ({
              ...heading(subArea),
              items: subArea.questions.map(compileItem),
            })),
          })),
        })),
      };
    }
    return {
      kind: 'HASIL',
      ...heading(component),
      subComponents: component.subComponents.map((sub) => ({
        ...heading(sub),
        role: sub.role,
        indicators: sub.indicators.map((indicator) => ({
          code: indicator.code,
          shortName: indicator.shortName,
          weight: indicator.weight,
          role: indicator.role,
          item: compileItem(indicator),
        })),
      })),
    };
  });
  const compiled: CompiledTemplate = { components };
  compiledCache.set(template, compiled);
  return compiled;
}

function compileItem(
  item:
    | { answerType: ChoiceAnswerType; code: string; options: ReadonlyArray<{ key: string; value: number }> }
    | { answerType: 'PERSEN'; code: string; formula: Formula }
    | { answerType: 'JUMLAH'; code: string }
    | { answerType: 'INDEKS'; code: string; indexMax: number },
): CompiledItem {
  switch (item.answerType) {
    case 'PERSEN': {
      const formula = item.formula;
      const formulaInputs =
        formula.kind === 'ratio'
          ? [...formula.numerator, ...formula.denominator]
          : [formula.lastYear, formula.thisYear];
      return { kind: 'computed', code: item.code, formula, formulaInputs };
    }
    case 'JUMLAH':
      return { kind: 'count', code: item.code };
    case 'INDEKS':
      return { kind: 'index', code: item.code, indexMax: item.indexMax };
    default:
      return {
        kind: 'choice',
        code: item.code,
        answerType: item.answerType,
        values: new Map(item.options.map((option) => [option.key, option.value])),
      };
  }
}

// ---------------------------------------------------------------------------------------------
// Scoring.

const NO_FLAGS: readonly ScoreFlag[] = Object.freeze([]);

function percentOf(value: number, weight: number): number {
  return weight > 0 ? (value / weight) * 100 : 0;
}

function mergeFlags(children: ReadonlyArray<{ flags: readonly ScoreFlag[] }>): readonly ScoreFlag[] {
  let merged: ScoreFlag[] | undefined;
  for (const child of children) {
    if (child.flags.length > 0) {
      merged ??= [];
      for (const flag of child.flags) merged.push(flag);
    }
  }
  return merged ?? NO_FLAGS;
}

function sumCompleteness(children: ReadonlyArray<{ completeness: Completeness }>): Completeness {
  let answered = 0;
  let total = 0;
  let inputsAnswered = 0;
  let inputsTotal = 0;
  for (const child of children) {
    answered += child.completeness.answered;
    total += child.completeness.total;
    inputsAnswered += child.completeness.inputsAnswered;
    inputsTotal += child.completeness.inputsTotal;
  }
  return {
    answered,
    total,
    inputsAnswered,
    inputsTotal,
    complete: answered === total && inputsAnswered === inputsTotal,
  };
}

function sumValues(children: ReadonlyArray<{ value: number }>): number {
  let sum = 0;
  for (const child of children) sum += child.value;
  return sum;
}

/** Evaluation of one item: the multiplier (or count) and any flags. */
interface Evaluated {
  answered: boolean;
  value: number | null;
  flags: readonly ScoreFlag[];
}

const UNANSWERED: Evaluated = Object.freeze({ answered: false, value: null, flags: NO_FLAGS });

function flagged(kind: ScoreFlagKind, itemCode: string, message: string): readonly ScoreFlag[] {
  return [{ kind, itemCode, message }];
}

function mismatch(code: string, expected: AnswerType, answer: Answer): Evaluated {
  return {
    answered: false,
    value: null,
    flags: flagged(
      'ANSWER_TYPE_MISMATCH',
      code,
      `Butir ${code}: jawaban ${answerTypeLabels[answer.type]} tidak cocok dengan jenis butir (${answerTypeLabels[expected]}); jawaban diabaikan.`,
    ),
  };
}

function invalid(code: string): Evaluated {
  return {
    answered: false,
    value: null,
    flags: flagged('INVALID_ANSWER', code, `Butir ${code}: jawaban tidak valid; jawaban diabaikan.`),
  };
}

/** Reads one answer by code; built once per scoring run. */
type Lookup = (code: string) => Answer | undefined;

function lookupFor(answers: Answers): Lookup {
  if (isAnswerMap(answers)) return (code) => answers.get(code);
  return (code) => {
    const answer = answers[code];
    // Own keys only: an inherited property is never an answer.
    return answer !== undefined && Object.hasOwn(answers, code) ? answer : undefined;
  };
}

/** The count of a valid JUMLAH answer, else null. */
function countOf(answer: Answer | undefined): number | null {
  if (answer === undefined || answer.type !== 'JUMLAH') return null;
  const value = answer.value;
  return Number.isSafeInteger(value) && value >= 0 ? value : null;
}

function evaluate(item: CompiledItem, lookup: Lookup): Evaluated {
  switch (item.kind) {
    case 'choice': {
      const answer = lookup(item.code);
      if (answer === undefined) return UNANSWERED;
      if (answer.type !== item.answerType) return mismatch(item.code, item.answerType, answer);
      const value = item.values.get(answer.value);
      return value === undefined ? invalid(item.code) : { answered: true, value, flags: NO_FLAGS };
    }
    case 'count': {
      const answer = lookup(item.code);
      if (answer === undefined) return UNANSWERED;
      if (answer.type !== 'JUMLAH') return mismatch(item.code, 'JUMLAH', answer);
      const count = countOf(answer);
      return count === null ? invalid(item.code) : { answered: true, value: count, flags: NO_FLAGS };
    }
    case 'index': {
      const answer = lookup(item.code);
      if (answer === undefined) return UNANSWERED;
      if (answer.type !== 'INDEKS') return mismatch(item.code, 'INDEKS', answer);
      const index = answer.value;
      if (!Number.isFinite(index) || index < 0 || index > item.indexMax) return invalid(item.code);
      return { answered: true, value: index / item.indexMax, flags: NO_FLAGS };
    }
    case 'computed':
      return evaluateComputed(item, lookup);
  }
}

function evaluateComputed(
  item: Extract<CompiledItem, { kind: 'computed' }>,
  lookup: Lookup,
): Evaluated {
  const stray = lookup(item.code);
  const strayFlags =
    stray === undefined ? NO_FLAGS : mismatch(item.code, 'PERSEN', stray).flags;
  let missing: string[] | undefined;
  let present = 0;
  for (const code of item.formulaInputs) {
    if (countOf(lookup(code)) === null) (missing ??= []).push(code);
    else present += 1;
  }
  if (missing !== undefined) {
    if (present === 0) return strayFlags === NO_FLAGS ? UNANSWERED : { ...UNANSWERED, flags: strayFlags };
    return {
      answered: false,
      value: null,
      flags: [
        ...strayFlags,
        {
          kind: 'INPUTS_INCOMPLETE',
          itemCode: item.code,
          message: `Butir ${item.code}: isian jumlah belum lengkap (${missing.join(', ')}); butir dianggap belum dijawab.`,
        },
      ],
    };
  }
  const result = computePercentage(item.formula, (code) => countOf(lookup(code)) ?? 0);
  const flags = result.zeroDenominator
    ? [
        ...strayFlags,
        {
          kind: 'ZERO_DENOMINATOR' as const,
          itemCode: item.code,
          message: `Butir ${item.code}: pembagi bernilai 0, nilai butir dianggap 0.`,
        },
      ]
    : strayFlags;
  return { answered: true, value: result.value, flags };
}

/**
 * The value of a computed percentage from its counts (LKE workbook column K formulas):
 * - `ratio`: Σ numerator ÷ Σ denominator, capped at 1; a zero denominator gives 0, flagged.
 * - `disiplin`: (last year − this year) ÷ last year, floored at 0; 1 when both years are 0
 *   (no violations to reduce); 0 and flagged when violations rose from 0.
 * @example computePercentage({ kind: 'disiplin', lastYear: 'p', thisYear: 'c' }, (c) => (c === 'p' ? 4 : 2))
 *   // → { value: 0.5, zeroDenominator: false }
 */
export function computePercentage(
  formula: Formula,
  count: (code: string) => number,
): { value: number; zeroDenominator: boolean } {
  if (formula.kind === 'ratio') {
    let numerator = 0;
    let denominator = 0;
    for (const code of formula.numerator) numerator += count(code);
    for (const code of formula.denominator) denominator += count(code);
    if (denominator === 0) return { value: 0, zeroDenominator: true };
    return { value: Math.min(1, numerator / denominator), zeroDenominator: false };
  }
  const lastYear = count(formula.lastYear);
  const thisYear = count(formula.thisYear);
  if (lastYear === 0) {
    return thisYear === 0 ? { value: 1, zeroDenominator: false } : { value: 0, zeroDenominator: true };
  }
  return { value: Math.max(0, (lastYear - thisYear) / lastYear), zeroDenominator: false };
}

function scoreSubArea(subArea: CompiledSubArea, lookup: Lookup): SubAreaScore {
  const items: ItemScore[] = [];
  let sum = 0;
  let answered = 0;
  let total = 0;
  let inputsAnswered = 0;
  let inputsTotal = 0;
  let flags: ScoreFlag[] | undefined;
  for (const item of subArea.items) {
    const evaluated = evaluate(item, lookup);
    const scored = item.kind !== 'count';
    if (scored) {
      total += 1;
      if (evaluated.answered && evaluated.value !== null) {
        answered += 1;
        sum += evaluated.value;
      }
    } else {
      inputsTotal += 1;
      if (evaluated.answered) inputsAnswered += 1;
    }
    if (evaluated.flags.length > 0) {
      flags ??= [];
      for (const flag of evaluated.flags) flags.push(flag);
    }
    items.push({
      code: item.code,
      answerType: answerTypeOf(item),
      scored,
      answered: evaluated.answered,
      value: evaluated.value,
      flags: evaluated.flags,
    });
  }
  // PermenPANRB 90/2021 Lampiran III: AVERAGE(answered items) × sub-area weight.
  const value = answered > 0 ? (sum / answered) * subArea.weight : 0;
  return {
    code: subArea.code,
    name: subArea.name,
    weight: subArea.weight,
    value,
    percent: percentOf(value, subArea.weight),
    completeness: {
      answered,
      total,
      inputsAnswered,
      inputsTotal,
      complete: answered === total && inputsAnswered === inputsTotal,
    },
    flags: flags ?? NO_FLAGS,
    items,
  };
}

function answerTypeOf(item: CompiledItem): AnswerType {
  switch (item.kind) {
    case 'choice':
      return item.answerType;
    case 'computed':
      return 'PERSEN';
    case 'count':
      return 'JUMLAH';
    case 'index':
      return 'INDEKS';
  }
}

/** The summed fields of a node from its children (sum of values, completeness, flags). */
interface Aggregate {
  value: number;
  percent: number;
  completeness: Completeness;
  flags: readonly ScoreFlag[];
}

function aggregate(weight: number, children: ReadonlyArray<ScoreNode>): Aggregate {
  const value = sumValues(children);
  return {
    value,
    percent: percentOf(value, weight),
    completeness: sumCompleteness(children),
    flags: mergeFlags(children),
  };
}

function scoreIndicator(indicator: CompiledIndicator, lookup: Lookup): IndicatorScore {
  const evaluated = evaluate(indicator.item, lookup);
  let input: number | null = null;
  let value = 0;
  if (evaluated.answered && evaluated.value !== null) {
    // Index items evaluate to index ÷ max; report the index as entered.
    const answer = lookup(indicator.code);
    input = answer?.type === 'INDEKS' ? answer.value : evaluated.value;
    // IPAK/IPKP: index ÷ 4 × 17,5; capaian kinerja: option value × 5.
    value = evaluated.value * indicator.weight;
  }
  const answered = evaluated.answered ? 1 : 0;
  return {
    code: indicator.code,
    name: indicator.shortName,
    shortName: indicator.shortName,
    role: indicator.role,
    answerType: answerTypeOf(indicator.item),
    weight: indicator.weight,
    value,
    percent: percentOf(value, indicator.weight),
    completeness: { answered, total: 1, inputsAnswered: 0, inputsTotal: 0, complete: answered === 1 },
    flags: evaluated.flags,
    input,
  };
}

function requireRole<T extends { role: string }>(list: readonly T[], role: string, what: string): T {
  const found = list.find((entry) => entry.role === role);
  if (found === undefined) {
    throw new AppFailure(
      'INTERNAL',
      `Templat LKE tidak memiliki ${what}; gunakan templat yang sudah divalidasi (getTemplate).`,
    );
  }
  return found;
}

/**
 * Scores a worksheet against its template. Pure and fast (the template's structure is compiled
 * once per template object and cached); answers may be a Map or a plain record keyed by item code.
 * Answers for unknown codes are ignored; answers of the wrong type or out of range are ignored and
 * flagged. An item whose formula inputs are incomplete counts as unanswered.
 * @throws AppFailure('INTERNAL') if the template lacks Pengungkit/Hasil or a role the thresholds
 *   need — only possible with a template that did not pass `validateTemplate`.
 */
export function scoreWorksheet(template: Template, answers: Answers): WorksheetScore {
  const compiled = compile(template);
  const lookup = lookupFor(answers);
  let pengungkit: PengungkitScore | undefined;
  let hasil: HasilScore | undefined;
  const components: ComponentScore[] = [];
  for (const component of compiled.components) {
    if (component.kind === 'PENGUNGKIT') {
      const halves: HalfScore[] = [];
      for (const half of component.halves) {
        const areas: AreaScore[] = [];
        for (const area of half.areas) {
          const subAreas: SubAreaScore[] = [];
          for (const subArea of area.subAreas) subAreas.push(scoreSubArea(subArea, lookup));
          const sums = aggregate(area.weight, subAreas);
          areas.push({
            code: area.code,
            name: area.name,
            weight: area.weight,
            value: sums.value,
            percent: sums.percent,
            completeness: sums.completeness,
            flags: sums.flags,
            subAreas,
          });
        }
        const sums = aggregate(half.weight, areas);
        halves.push({
          code: half.code,
          name: half.name,
          weight: half.weight,
          value: sums.value,
          percent: sums.percent,
          completeness: sums.completeness,
          flags: sums.flags,
          role: half.role,
          areas,
        });
      }
      const sums = aggregate(component.weight, halves);
      const score: PengungkitScore = {
        code: component.code,
        name: component.name,
        weight: component.weight,
        value: sums.value,
        percent: sums.percent,
        completeness: sums.completeness,
        flags: sums.flags,
        kind: 'PENGUNGKIT',
        halves,
        pemenuhan: requireRole(halves, 'PEMENUHAN', 'sub-komponen Pemenuhan'),
        reform: requireRole(halves, 'REFORM', 'sub-komponen Reform'),
      };
      pengungkit ??= score;
      components.push(score);
    } else {
      const subComponents: HasilSubComponentScore[] = [];
      const indicators: IndicatorScore[] = [];
      for (const sub of component.subComponents) {
        const own: IndicatorScore[] = [];
        for (const indicator of sub.indicators) own.push(scoreIndicator(indicator, lookup));
        indicators.push(...own);
        const sums = aggregate(sub.weight, own);
        subComponents.push({
          code: sub.code,
          name: sub.name,
          weight: sub.weight,
          value: sums.value,
          percent: sums.percent,
          completeness: sums.completeness,
          flags: sums.flags,
          role: sub.role,
          indicators: own,
        });
      }
      const sums = aggregate(component.weight, subComponents);
      const score: HasilScore = {
        code: component.code,
        name: component.name,
        weight: component.weight,
        value: sums.value,
        percent: sums.percent,
        completeness: sums.completeness,
        flags: sums.flags,
        kind: 'HASIL',
        subComponents,
        ipak: requireRole(indicators, 'IPAK', 'indikator IPAK'),
        capaianKinerja: requireRole(indicators, 'CAPAIAN_KINERJA', 'indikator capaian kinerja'),
        ipkp: requireRole(indicators, 'IPKP', 'indikator IPKP'),
        birokrasiBersih: requireRole(
          subComponents,
          'BIROKRASI_BERSIH',
          'sub-komponen Birokrasi yang Bersih dan Akuntabel',
        ),
      };
      hasil ??= score;
      components.push(score);
    }
  }
  if (pengungkit === undefined || hasil === undefined) {
    throw new AppFailure(
      'INTERNAL',
      'Templat LKE harus memiliki komponen Pengungkit dan Hasil; gunakan templat yang sudah divalidasi.',
    );
  }
  const weight = sumWeights(components);
  const sums = aggregate(weight, components);
  return {
    code: template.id,
    name: template.title,
    weight,
    value: sums.value,
    percent: sums.percent,
    completeness: sums.completeness,
    flags: sums.flags,
    templateId: template.id,
    templateVersion: template.version,
    components,
    pengungkit,
    hasil,
  };
}

function sumWeights(children: ReadonlyArray<{ weight: number }>): number {
  let sum = 0;
  for (const child of children) sum += child.weight;
  return sum;
}

/** The 0–1 multiplier of a Hasil indicator (its points ÷ its weight); null when unanswered. */
export function indicatorMultiplier(indicator: IndicatorScore): number | null {
  const answered = indicator.completeness.answered > 0;
  return answered && indicator.weight > 0 ? indicator.value / indicator.weight : null;
}

/** A node of a score tree as {@link walkScore} yields it. */
export type ScoreEntry =
  | { kind: 'node'; node: ScoreNode }
  | { kind: 'item'; item: ItemScore }
  | { kind: 'indicator'; indicator: IndicatorScore };

/**
 * Visits every node of a score in template order, parents first: the total, Pengungkit with its
 * halves, areas, sub-areas and items, then Hasil with its sub-components and indicators. The one
 * walk over a score tree (a callback rather than a generator: it runs on every keystroke).
 */
export function walkScore(score: WorksheetScore, visit: (entry: ScoreEntry) => void): void {
  visit({ kind: 'node', node: score });
  const { pengungkit, hasil } = score;
  visit({ kind: 'node', node: pengungkit });
  for (const half of pengungkit.halves) {
    visit({ kind: 'node', node: half });
    for (const area of half.areas) {
      visit({ kind: 'node', node: area });
      for (const subArea of area.subAreas) {
        visit({ kind: 'node', node: subArea });
        for (const item of subArea.items) visit({ kind: 'item', item });
      }
    }
  }
  visit({ kind: 'node', node: hasil });
  for (const sub of hasil.subComponents) {
    visit({ kind: 'node', node: sub });
    for (const indicator of sub.indicators) visit({ kind: 'indicator', indicator });
  }
}
