import type {
  Area,
  Component,
  Half,
  HasilComponent,
  HasilSubComponent,
  Indicator,
  PengungkitComponent,
  Question,
  SubArea,
  Template,
} from './types';

/** Where an answerable item sits in a template: a Pengungkit question or a Hasil indicator. */
export type ItemLocation =
  | {
      kind: 'question';
      item: Question;
      subArea: SubArea;
      area: Area;
      half: Half;
      component: PengungkitComponent;
    }
  | {
      kind: 'indicator';
      item: Indicator;
      subComponent: HasilSubComponent;
      component: HasilComponent;
    };

/**
 * A node of a template with its ancestors, as {@link walkTemplate} yields it: `node` is the node
 * itself, the other fields name its parents (a question knows its sub-area, area, half and
 * component).
 */
export type TemplateNode =
  | { kind: 'component'; node: Component; component: Component }
  | { kind: 'half'; node: Half; half: Half; component: PengungkitComponent }
  | { kind: 'area'; node: Area; area: Area; half: Half; component: PengungkitComponent }
  | { kind: 'subArea'; node: SubArea; subArea: SubArea; area: Area; half: Half; component: PengungkitComponent }
  | { kind: 'question'; node: Question; subArea: SubArea; area: Area; half: Half; component: PengungkitComponent }
  | { kind: 'subComponent'; node: HasilSubComponent; subComponent: HasilSubComponent; component: HasilComponent }
  | { kind: 'indicator'; node: Indicator; subComponent: HasilSubComponent; component: HasilComponent };

/**
 * Every node of a template in template order, each parent before its children (depth first):
 * component → half → area → sub-area → question on the Pengungkit side, component →
 * sub-component → indicator on the Hasil side. The one walk over a template's tree; code that
 * visits nodes switches on `kind` instead of nesting its own loops.
 */
export function* walkTemplate(template: Template): Generator<TemplateNode, void, undefined> {
  for (const component of template.components) {
    yield { kind: 'component', node: component, component };
    if (component.kind === 'PENGUNGKIT') {
      for (const half of component.halves) {
        yield { kind: 'half', node: half, half, component };
        for (const area of half.areas) {
          yield { kind: 'area', node: area, area, half, component };
          for (const subArea of area.subAreas) {
            yield { kind: 'subArea', node: subArea, subArea, area, half, component };
            for (const question of subArea.questions) {
              yield { kind: 'question', node: question, subArea, area, half, component };
            }
          }
        }
      }
    } else {
      for (const subComponent of component.subComponents) {
        yield { kind: 'subComponent', node: subComponent, subComponent, component };
        for (const indicator of subComponent.indicators) {
          yield { kind: 'indicator', node: indicator, subComponent, component };
        }
      }
    }
  }
}

/** The weights of a node's children (empty for questions and indicators). */
export function childWeights(entry: TemplateNode): number[] {
  switch (entry.kind) {
    case 'component':
      return entry.node.kind === 'PENGUNGKIT'
        ? entry.node.halves.map((half) => half.weight)
        : entry.node.subComponents.map((sub) => sub.weight);
    case 'half':
      return entry.node.areas.map((area) => area.weight);
    case 'area':
      return entry.node.subAreas.map((subArea) => subArea.weight);
    case 'subComponent':
      return entry.node.indicators.map((indicator) => indicator.weight);
    default:
      return [];
  }
}

const locationCache = new WeakMap<Template, ReadonlyMap<string, ItemLocation>>();

/**
 * Every question and indicator of a template by code, in template order (cached per template
 * object). If a code appears twice (an invalid template) the later item wins.
 */
export function itemsByCode(template: Template): ReadonlyMap<string, ItemLocation> {
  const cached = locationCache.get(template);
  if (cached) return cached;
  const map = new Map<string, ItemLocation>();
  for (const entry of walkTemplate(template)) {
    if (entry.kind === 'question') {
      const { node: item, subArea, area, half, component } = entry;
      map.set(item.code, { kind: 'question', item, subArea, area, half, component });
    } else if (entry.kind === 'indicator') {
      const { node: item, subComponent, component } = entry;
      map.set(item.code, { kind: 'indicator', item, subComponent, component });
    }
  }
  locationCache.set(template, map);
  return map;
}

/** Item counts of a template. */
export interface TemplateStats {
  /**
   * Items a person fills in: choice questions, JUMLAH counts and Hasil indicators. This is how
   * PortalRB's "Master Soal LKE ZI" counts its 127 questions; computed percentages are excluded.
   */
  enteredItems: number;
  /** Computed percentages (PERSEN). */
  computedItems: number;
  /** JUMLAH counts feeding computed percentages. */
  countItems: number;
  /** Pengungkit items that enter a sub-area average (choices and computed percentages). */
  scoredQuestions: number;
  /** Hasil indicators (IPAK, capaian kinerja, IPKP). */
  indicators: number;
  subAreas: number;
  areas: number;
}

/** Counts the items of a template (see {@link TemplateStats} for how "questions" are counted). */
export function templateStats(template: Template): TemplateStats {
  const stats: TemplateStats = {
    enteredItems: 0,
    computedItems: 0,
    countItems: 0,
    scoredQuestions: 0,
    indicators: 0,
    subAreas: 0,
    areas: 0,
  };
  for (const entry of walkTemplate(template)) {
    if (entry.kind === 'area') stats.areas += 1;
    else if (entry.kind === 'subArea') stats.subAreas += 1;
    else if (entry.kind === 'indicator') {
      stats.indicators += 1;
      stats.enteredItems += 1;
    } else if (entry.kind === 'question') {
      const type = entry.node.answerType;
      if (type === 'PERSEN') stats.computedItems += 1;
      else stats.enteredItems += 1;
      if (type === 'JUMLAH') stats.countItems += 1;
      else stats.scoredQuestions += 1;
    }
  }
  return stats;
}
