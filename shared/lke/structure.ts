import type {
  Area,
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

const locationCache = new WeakMap<Template, ReadonlyMap<string, ItemLocation>>();

/**
 * Every question and indicator of a template by code, in template order (cached per template
 * object). If a code appears twice (an invalid template) the later item wins.
 */
export function itemsByCode(template: Template): ReadonlyMap<string, ItemLocation> {
  const cached = locationCache.get(template);
  if (cached) return cached;
  const map = new Map<string, ItemLocation>();
  for (const component of template.components) {
    if (component.kind === 'PENGUNGKIT') {
      for (const half of component.halves) {
        for (const area of half.areas) {
          for (const subArea of area.subAreas) {
            for (const item of subArea.questions) {
              map.set(item.code, { kind: 'question', item, subArea, area, half, component });
            }
          }
        }
      }
    } else {
      for (const subComponent of component.subComponents) {
        for (const item of subComponent.indicators) {
          map.set(item.code, { kind: 'indicator', item, subComponent, component });
        }
      }
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
  for (const component of template.components) {
    if (component.kind === 'PENGUNGKIT') {
      for (const half of component.halves) {
        stats.areas += half.areas.length;
        for (const area of half.areas) {
          stats.subAreas += area.subAreas.length;
          for (const subArea of area.subAreas) {
            for (const question of subArea.questions) {
              if (question.answerType === 'PERSEN') stats.computedItems += 1;
              else stats.enteredItems += 1;
              if (question.answerType === 'JUMLAH') stats.countItems += 1;
              else stats.scoredQuestions += 1;
            }
          }
        }
      }
    } else {
      for (const subComponent of component.subComponents) {
        stats.indicators += subComponent.indicators.length;
        stats.enteredItems += subComponent.indicators.length;
      }
    }
  }
  return stats;
}
