import { getTemplate, itemsByCode, type Answer, type Template } from '../../../shared/lke';
import type { SeedClient } from './api';

/**
 * Seeds the evaluation history of the demo data through the web host's typed client (the same
 * channels the screens use): 2021 Disdukcapil only; 2022 Disdukcapil, DPMPTSP and Bapenda, each with unit
 * and TPI answers. Deterministic, so the expected totals can be recomputed with shared/lke.
 */

export const TEMPLATE_ID = 'lke-zi-90-2021-5-2024';

/** The seeded worksheets and the answer quality (0–1) of their unit and TPI layers. */
export const SEEDED = [
  { unitId: 'demo-disdukcapil', year: 2021, unit: 0.8, tpi: 0.7 },
  { unitId: 'demo-disdukcapil', year: 2022, unit: 0.95, tpi: 0.9 },
  { unitId: 'demo-dpmptsp', year: 2022, unit: 0.85, tpi: 0.75 },
  { unitId: 'demo-bapenda', year: 2022, unit: 0.6, tpi: 0.5 },
] as const;

export function loadTemplate(): Template {
  const result = getTemplate(TEMPLATE_ID);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** A deterministic 0–1 value per item and salt. */
function hash01(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return ((h >>> 0) % 10_000) / 10_000;
}

/** A complete answer set of the given quality (every entered item; computed % derive from counts). */
export function answersOfQuality(template: Template, quality: number, salt: string): Record<string, Answer> {
  const answers: Record<string, Answer> = {};
  for (const { item } of itemsByCode(template).values()) {
    const roll = hash01(`${salt}|${item.code}`);
    const good = roll < quality;
    switch (item.answerType) {
      case 'YA_TIDAK':
        answers[item.code] = { type: 'YA_TIDAK', value: good ? 'Ya' : 'Tidak' };
        break;
      case 'ABC':
        answers[item.code] = { type: 'ABC', value: good ? 'A' : roll < quality + 0.2 ? 'B' : 'C' };
        break;
      case 'ABCD':
        answers[item.code] = { type: 'ABCD', value: good ? 'A' : roll < quality + 0.15 ? 'B' : 'C' };
        break;
      case 'ABCDE':
        answers[item.code] = { type: 'ABCDE', value: good ? 'A' : roll < quality + 0.1 ? 'B' : 'C' };
        break;
      case 'JUMLAH':
        answers[item.code] = { type: 'JUMLAH', value: good ? 20 : 10 + Math.round(roll * 9) };
        break;
      case 'INDEKS':
        answers[item.code] = { type: 'INDEKS', value: Math.round((2.8 + quality) * 100) / 100 };
        break;
      default:
        break;
    }
  }
  return answers;
}

/** Saves one layer's answers in batches the channel accepts (200 a call). */
export async function saveLayer(api: SeedClient, id: string, layer: 'unit' | 'tpi', answers: Record<string, Answer>): Promise<void> {
  const changes = Object.entries(answers).map(([code, answer]) => ({ code, answer }));
  for (let start = 0; start < changes.length; start += 200) {
    await api.worksheets.saveAnswers({ id, layer, changes: changes.slice(start, start + 200) });
  }
}

/** Loads the demo master data and the seeded worksheets through the host's typed client. */
export async function seedEvaluations(api: SeedClient): Promise<void> {
  await api.app.setUserName({ name: 'Siti Penguji Fiktif' });
  await api.demo.load({});
  const template = loadTemplate();
  for (const seed of SEEDED) {
    const id = `${seed.unitId}-${seed.year}`;
    await api.worksheets.create({ unitId: seed.unitId, year: seed.year, templateId: TEMPLATE_ID });
    await saveLayer(api, id, 'unit', answersOfQuality(template, seed.unit, `${id}|unit`));
    await saveLayer(api, id, 'tpi', answersOfQuality(template, seed.tpi, `${id}|tpi`));
  }
}
