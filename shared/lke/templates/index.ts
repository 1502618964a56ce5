import { AppFailure, fail, type Result } from '../../result';
import type { Template } from '../types';
import { validateTemplate } from '../validate';
import { citeRegulations } from '../regulations';
import { lkeZi90Tahun2021 } from './lke-zi-90-2021';
import { lkeZi90Tahun2021Perubahan5Tahun2024 } from './lke-zi-90-2021-5-2024';

/**
 * Every LKE template shipped with the app, by id. Worksheets store the id of the template they
 * were made with, so old worksheets keep scoring against their own regulation's LKE.
 * Use {@link getTemplate} rather than reading this registry: it validates the data first.
 */
export const templates: Readonly<Record<string, Template>> = {
  [lkeZi90Tahun2021.id]: lkeZi90Tahun2021,
  [lkeZi90Tahun2021Perubahan5Tahun2024.id]: lkeZi90Tahun2021Perubahan5Tahun2024,
};

const validated = new Map<string, Result<Template>>();

/**
 * The shipped template with this id, validated with `validateTemplate` the first time it is
 * requested (DOMAIN §7: never score against a template whose weights do not add up) and then
 * returned as the same frozen object, so per-template caches (scoring) stay warm.
 */
export function getTemplate(id: string): Result<Template> {
  const cached = validated.get(id);
  if (cached) return cached;
  const data = Object.hasOwn(templates, id) ? templates[id] : undefined;
  if (data === undefined) {
    return fail('NOT_FOUND', `Templat LKE "${id}" tidak dikenal.`);
  }
  const result = validateTemplate(data);
  const frozen: Result<Template> = result.ok ? { ok: true, value: deepFreeze(result.value) } : result;
  validated.set(id, frozen);
  return frozen;
}

/**
 * The template a stored worksheet was made with, for services that must stop when it is missing:
 * throws `AppFailure('CONFLICT')` with an Indonesian message when this build does not ship it (a
 * worksheet made by a newer ZI Desk) or it does not validate.
 */
export function templateOf(worksheet: { readonly templateId: string }): Template {
  const template = getTemplate(worksheet.templateId);
  if (!template.ok) throw new AppFailure('CONFLICT', `Templat LKE "${worksheet.templateId}" tidak tersedia di aplikasi ini.`);
  return template.value;
}

/** The shipped template with the highest version (for new worksheets). */
export function newestTemplate(): Result<Template> {
  let newest: Template | undefined;
  for (const template of Object.values(templates)) {
    if (newest === undefined || compareVersions(template.version, newest.version) > 0) {
      newest = template;
    }
  }
  if (newest === undefined) return fail('NOT_FOUND', 'Belum ada templat LKE yang terpasang.');
  return getTemplate(newest.id);
}

/** Whether `template` serves the round (evaluation year) `year`; a template without years serves all. */
export function templateServesYear(template: Pick<Template, 'years'>, year: number): boolean {
  const years = template.years;
  if (years === undefined) return true;
  return (years.from === null || year >= years.from) && (years.to === null || year <= years.to);
}

/**
 * The template for new worksheets of the round `year`: the newest shipped template that serves
 * it (a round follows the regulations in force on 31 December of its year), else the newest.
 */
export function templateForYear(year: number): Result<Template> {
  let best: Template | undefined;
  for (const template of Object.values(templates)) {
    if (!templateServesYear(template, year)) continue;
    if (best === undefined || compareVersions(template.version, best.version) > 0) best = template;
  }
  return best === undefined ? newestTemplate() : getTemplate(best.id);
}

/** The years a template serves, in words: 'tahun 2024 dan seterusnya', 'sampai tahun 2023'. */
export function templateYearsText(template: Pick<Template, 'years'>): string {
  const years = template.years;
  if (years === undefined || (years.from === null && years.to === null)) return 'semua tahun';
  if (years.from === null) return `sampai tahun ${years.to ?? ''}`;
  if (years.to === null) return `tahun ${years.from} dan seterusnya`;
  return years.from === years.to ? `tahun ${years.from}` : `tahun ${years.from}–${years.to}`;
}

/** The short citation of a template's regulations: 'PermenPANRB 90/2021 jo. 5/2024'. */
export function templateCitation(template: Pick<Template, 'regulations' | 'regulation'>): string {
  return template.regulations === undefined ? template.regulation : citeRegulations(template.regulations);
}

/** Compares dotted numeric versions ('2024.1' < '2024.10' < '2025.1'). */
export function compareVersions(a: string, b: string): number {
  const left = a.split('.').map(Number);
  const right = b.split('.').map(Number);
  const length = Math.max(left.length, right.length);
  for (let index = 0; index < length; index += 1) {
    const difference = (left[index] ?? 0) - (right[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
