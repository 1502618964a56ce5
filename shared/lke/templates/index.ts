import { fail, type Result } from '../../result';
import type { Template } from '../types';
import { validateTemplate } from '../validate';
import { lkeZi90Tahun2021Perubahan5Tahun2024 } from './lke-zi-90-2021-5-2024';

/**
 * Every LKE template shipped with the app, by id. Worksheets store the id of the template they
 * were made with, so old worksheets keep scoring against their own regulation's LKE.
 * Use {@link getTemplate} rather than reading this registry: it validates the data first.
 */
export const templates: Readonly<Record<string, Template>> = {
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
