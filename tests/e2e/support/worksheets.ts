import { itemsByCode, type Answer, type AnswerType, type Template } from '../../../shared/lke';
import { expect, type Page } from '@playwright/test';
import { WorksheetPage } from '../pages/WorksheetPage';
import type { SeedClient } from './api';
import { loadTemplate, saveLayer, TEMPLATE_ID } from './evaluations';

/**
 * The Disdukcapil 2022 worksheet of the worksheet stories: the answers an inspector types with the
 * keyboard (the first 30 entered items of each layer, plus five numbers on the unit layer), the
 * rest filled through the typed client, and a seeder that brings the worksheet to any step of
 * the workflow without the screens.
 */

export const WORKSHEET_ID = 'demo-disdukcapil-2022';
export const UNIT_NAME = 'Dinas Kependudukan dan Pencatatan Sipil';
export const UNIT_OPTION = 'Dinas Kependudukan dan Pencatatan Sipil (Disdukcapil)';
export const USER = 'Siti Penguji Fiktif';
/** Loading the whole worksheet (127 rows) after a reload or restart may take longer than a click. */
export const LOAD = { timeout: 30_000 };
/** The TPI's note on one item, typed in the entry story and seeded in the others. */
export const NOTE_CODE = 'A.I.1.i.b';
export const NOTE_TEXT = 'SK tim belum mencantumkan mekanisme seleksi.';
/** How many items of each layer are typed with the keyboard. */
export const TYPED_COUNT = 30;

export { loadTemplate, TEMPLATE_ID };

/** The items a person fills in, in screen order (127). */
export function enteredItems(template: Template): { code: string; type: AnswerType }[] {
  return [...itemsByCode(template).values()]
    .filter((location) => location.item.answerType !== 'PERSEN')
    .map((location) => ({ code: location.item.code, type: location.item.answerType }));
}

/** The key an inspector presses for item `index` of a choice type, and the answer it means. */
export function choiceKey(type: AnswerType, index: number, style: 'unit' | 'tpi'): { key: string; answer: Answer } {
  switch (type) {
    case 'YA_TIDAK': {
      const ya = style === 'unit' ? index % 6 !== 5 : index % 4 !== 3;
      return { key: ya ? (index % 2 === 0 ? 'y' : 'Y') : 't', answer: { type, value: ya ? 'Ya' : 'Tidak' } };
    }
    case 'ABC': {
      const value = style === 'unit' ? (['A', 'A', 'B'] as const)[index % 3] : (['A', 'B', 'B'] as const)[index % 3];
      return { key: (value ?? 'A').toLowerCase(), answer: { type, value: value ?? 'A' } };
    }
    case 'ABCD': {
      const value = style === 'unit' ? (['A', 'B', 'A', 'C'] as const)[index % 4] : (['B', 'B', 'C', 'A'] as const)[index % 4];
      return { key: (value ?? 'A').toLowerCase(), answer: { type, value: value ?? 'A' } };
    }
    case 'ABCDE': {
      const value = style === 'unit' ? (['A', 'B'] as const)[index % 2] : (['B', 'C'] as const)[index % 2];
      return { key: value ?? 'A', answer: { type, value: value ?? 'A' } };
    }
    default:
      throw new Error(`${type} is not a choice`);
  }
}

/** The answers the keyboard steps give the first 30 entered items of a layer. */
export function typedAnswers(template: Template, style: 'unit' | 'tpi'): Record<string, Answer> {
  return Object.fromEntries(enteredItems(template).slice(0, TYPED_COUNT).map(({ code, type }, index) => [code, choiceKey(type, index, style).answer]));
}

/** The numbers typed in place on the unit layer: two counts and two indexes ("3,6" and "3.2"), and one choice. */
export const UNIT_TYPED_NUMBERS: Record<string, Answer> = {
  'A.II.1.i.a.1': { type: 'JUMLAH', value: 10 },
  'A.II.1.i.a.2': { type: 'JUMLAH', value: 8 },
  'B.I.a': { type: 'INDEKS', value: 3.6 },
  'B.I.b': { type: 'ABCDE', value: 'B' },
  'B.II.a': { type: 'INDEKS', value: 3.2 },
};

/** A complete answer for every entered item not in `given` (filled through the API, not typed). */
export function completeAnswers(template: Template, given: Record<string, Answer>): Record<string, Answer> {
  const rest: Record<string, Answer> = {};
  enteredItems(template).forEach(({ code, type }, index) => {
    if (given[code] !== undefined) return;
    switch (type) {
      case 'YA_TIDAK':
        rest[code] = { type, value: 'Ya' };
        break;
      case 'ABC':
      case 'ABCD':
      case 'ABCDE':
        rest[code] = { type, value: index % 5 === 0 ? 'B' : 'A' };
        break;
      case 'JUMLAH':
        rest[code] = { type, value: 20 - (index % 3) };
        break;
      case 'INDEKS':
        rest[code] = { type, value: 3.7 };
        break;
      default:
        break;
    }
  });
  return rest;
}

/** The whole unit layer: typed choices and numbers, the rest completed. */
export function fullUnitAnswers(template: Template): Record<string, Answer> {
  const typed = { ...typedAnswers(template, 'unit'), ...UNIT_TYPED_NUMBERS };
  return { ...typed, ...completeAnswers(template, typed) };
}

/** The whole TPI layer: typed choices, the rest completed. */
export function fullTpiAnswers(template: Template): Record<string, Answer> {
  const typed = typedAnswers(template, 'tpi');
  return { ...typed, ...completeAnswers(template, typed) };
}

/** How far `seedWorksheet` takes Disdukcapil 2022. */
export type SeedStep = 'created' | 'unit-complete' | 'submitted' | 'tpi-typed' | 'final';

/**
 * The user's name and the demo data, then Disdukcapil 2022 up to `step`: `created` (empty),
 * `unit-complete` (every unit answer, still Draf), `submitted` (Diajukan), `tpi-typed` (plus the 30 typed TPI answers and the
 * note), `final` (TPI completed, then reviewed and finalised). Each answer is saved once, as typing does.
 */
export async function seedWorksheet(api: SeedClient, step: SeedStep): Promise<void> {
  const template = loadTemplate();
  await api.app.setUserName({ name: USER });
  await api.demo.load({});
  await api.worksheets.create({ unitId: 'demo-disdukcapil', year: 2022, templateId: TEMPLATE_ID });
  if (step === 'created') return;
  await saveLayer(api, WORKSHEET_ID, 'unit', fullUnitAnswers(template));
  if (step === 'unit-complete') return;
  await api.worksheets.transition({ id: WORKSHEET_ID, to: 'DIAJUKAN' });
  if (step === 'submitted') return;
  const typedTpi = typedAnswers(template, 'tpi');
  await saveLayer(api, WORKSHEET_ID, 'tpi', typedTpi);
  const noted = typedTpi[NOTE_CODE];
  if (!noted) throw new Error(`${NOTE_CODE} is not typed`);
  await api.worksheets.saveAnswers({ id: WORKSHEET_ID, layer: 'tpi', changes: [{ code: NOTE_CODE, answer: noted, note: NOTE_TEXT }] });
  if (step === 'tpi-typed') return;
  // "Direviu TPI" takes a complete TPI layer.
  await saveLayer(api, WORKSHEET_ID, 'tpi', completeAnswers(template, typedTpi));
  await api.worksheets.transition({ id: WORKSHEET_ID, to: 'DIREVIU_TPI' });
  await api.worksheets.transition({ id: WORKSHEET_ID, to: 'FINAL' });
}

/** After seeding: reload the app (it shows the user's name) and open Disdukcapil 2022 from the list. */
export async function openSeededWorksheet(page: Page): Promise<WorksheetPage> {
  await page.reload();
  await expect(page.getByText(`Pengguna: ${USER}`)).toBeVisible();
  const ws = new WorksheetPage(page);
  await ws.openList();
  await ws.openWorksheet(UNIT_NAME, 2022);
  await expect(ws.heading()).toHaveText('LKE Disdukcapil 2022', LOAD);
  return ws;
}
