import { z } from 'zod';
import { fail, ok, type FieldIssue, type Result } from '../result';
import { formatDecimal } from '../format/number';
import { childWeights, walkTemplate } from './structure';
import {
  answerTypeLabels,
  halfRoles,
  hasilRoles,
  indicatorRoles,
  optionValues,
  templateSchema,
  type AnswerType,
  type ChoiceAnswerType,
  type Option,
  type Template,
} from './types';

/**
 * Total of every LKE: Pengungkit 60 + Hasil 40 = 100 (PermenPANRB 90/2021 Lampiran III).
 */
export const TEMPLATE_TOTAL_WEIGHT = 100;

/** Weight sums may differ from their parent by at most this much (weights are decimals like 0.25). */
const WEIGHT_EPSILON = 1e-6;

/** Option values are compared exactly up to float noise: 0.67 must be 0.67, not 2/3. */
const OPTION_EPSILON = 1e-9;

const idLocale = z.locales.id();

/**
 * Checks that `data` is a usable LKE template: the zod shape first, then the rules that keep
 * totals honest (DOMAIN §2 and §7, PermenPANRB 90/2021 Lampiran III):
 * - weights add up level by level — sub-areas to their area, areas to their half, halves to
 *   Pengungkit, indicators to their Hasil sub-component, sub-components to Hasil, components to 100;
 * - every computed percentage names inputs that exist and are JUMLAH items, and every JUMLAH item
 *   feeds one;
 * - option keys and values match the answer type (Ya/Tidak 1/0, A/B/C 1/0,5/0,
 *   A/B/C/D 1/0,67/0,33/0, A/B/C/D/E 1/0,75/0,5/0,25/0);
 * - codes are unique; every sub-area has a scored item; one Pengungkit and one Hasil, with the
 *   roles the thresholds rely on (Pemenuhan, Reform, IPAK, capaian kinerja, IPKP, birokrasi bersih).
 * Every problem is reported, each naming its node, in Bahasa Indonesia.
 */
export function validateTemplate(data: unknown): Result<Template> {
  const parsed = templateSchema.safeParse(data, { error: idLocale.localeError });
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => ({
      path: describePath(data, issue.path),
      message: issue.message,
    }));
    return fail(
      'INVALID_INPUT',
      `Struktur templat LKE tidak valid (${issues.length} masalah). ${firstMessage(issues)}`,
      issues,
    );
  }
  const template = parsed.data;
  const issues = checkRules(template);
  if (issues.length > 0) {
    return fail(
      'INVALID_INPUT',
      `Templat LKE ${template.id} tidak valid (${issues.length} masalah). ${firstMessage(issues)}`,
      issues,
    );
  }
  return ok(template);
}

function firstMessage(issues: readonly FieldIssue[]): string {
  const first = issues[0];
  return first ? `${first.path}: ${first.message}` : '';
}

/** Turns a zod path into "A.I.1.ii › weight" by naming the deepest node that has a code. */
function describePath(data: unknown, path: readonly PropertyKey[]): string {
  let node: unknown = data;
  let lastCode: string | undefined;
  let rest: string[] = [];
  for (const key of path) {
    if (node !== null && typeof node === 'object') {
      node = (node as Record<PropertyKey, unknown>)[key];
    } else {
      node = undefined;
    }
    rest.push(String(key));
    if (node !== null && typeof node === 'object' && !Array.isArray(node)) {
      const code = (node as Record<string, unknown>).code;
      if (typeof code === 'string' && code.length > 0) {
        lastCode = code;
        rest = [];
      }
    }
  }
  const tail = rest.join('.');
  if (lastCode === undefined) return tail.length > 0 ? tail : 'templat';
  return tail.length > 0 ? `${lastCode} › ${tail}` : lastCode;
}

function checkRules(template: Template): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const add = (path: string, message: string): void => {
    issues.push({ path, message });
  };
  const label = (code: string, name: string): string => `${code} (${name})`;

  const checkSum = (
    parentPath: string,
    parentLabel: string,
    childrenLabel: string,
    parentWeight: number,
    childWeights: readonly number[],
  ): void => {
    const sum = childWeights.reduce((total, weight) => total + weight, 0);
    if (Math.abs(sum - parentWeight) > WEIGHT_EPSILON) {
      add(
        parentPath,
        `Jumlah bobot ${childrenLabel} pada ${parentLabel} adalah ${formatDecimal(sum)}, ` +
          `seharusnya ${formatDecimal(parentWeight)}.`,
      );
    }
  };

  // Unique codes over every node.
  const seen = new Map<string, number>();
  const noteCode = (code: string): void => {
    seen.set(code, (seen.get(code) ?? 0) + 1);
  };

  checkSum(
    template.id,
    `templat ${template.id}`,
    'komponen',
    TEMPLATE_TOTAL_WEIGHT,
    template.components.map((component) => component.weight),
  );

  const pengungkit = template.components.filter((c) => c.kind === 'PENGUNGKIT');
  const hasil = template.components.filter((c) => c.kind === 'HASIL');
  if (pengungkit.length !== 1) {
    add(template.id, `Templat harus memiliki tepat satu komponen Pengungkit (ada ${pengungkit.length}).`);
  }
  if (hasil.length !== 1) {
    add(template.id, `Templat harus memiliki tepat satu komponen Hasil (ada ${hasil.length}).`);
  }

  const countCodes = new Set<string>();
  const typeByCode = new Map<string, AnswerType>();
  const usedInputs = new Set<string>();
  const computed: Array<{ code: string; inputs: readonly string[]; formulaCodes: readonly string[] }> =
    [];

  const halfRoleCount = new Map<string, number>();
  const hasilRoleCount = new Map<string, number>();
  const indicatorRoleCount = new Map<string, number>();

  const childLabel = { component: 'sub-komponen', half: 'area', area: 'sub-area', subComponent: 'indikator' } as const;
  for (const entry of walkTemplate(template)) {
    noteCode(entry.node.code);
    switch (entry.kind) {
      case 'component':
      case 'half':
      case 'area':
      case 'subComponent': {
        const what = entry.kind === 'component' ? 'komponen' : entry.kind === 'area' ? 'area' : 'sub-komponen';
        if (entry.kind === 'half') halfRoleCount.set(entry.node.role, (halfRoleCount.get(entry.node.role) ?? 0) + 1);
        if (entry.kind === 'subComponent') {
          hasilRoleCount.set(entry.node.role, (hasilRoleCount.get(entry.node.role) ?? 0) + 1);
        }
        const { code, name, weight } = entry.node;
        checkSum(code, `${what} ${label(code, name)}`, childLabel[entry.kind], weight, childWeights(entry));
        break;
      }
      case 'subArea': {
        const subArea = entry.node;
        if (!subArea.questions.some((question) => question.answerType !== 'JUMLAH')) {
          add(subArea.code, `Sub-area ${label(subArea.code, subArea.name)} tidak memiliki butir yang dinilai.`);
        }
        break;
      }
      case 'question': {
        const question = entry.node;
        typeByCode.set(question.code, question.answerType);
        if (question.answerType === 'JUMLAH') {
          countCodes.add(question.code);
        } else if (question.answerType === 'PERSEN') {
          const formula = question.formula;
          const formulaCodes =
            formula.kind === 'ratio' ? [...formula.numerator, ...formula.denominator] : [formula.lastYear, formula.thisYear];
          computed.push({ code: question.code, inputs: question.inputs, formulaCodes });
        } else if (question.answerType !== 'INDEKS') {
          checkOptions(question.code, question.answerType, question.options, add);
        }
        break;
      }
      case 'indicator': {
        const indicator = entry.node;
        typeByCode.set(indicator.code, indicator.answerType);
        indicatorRoleCount.set(indicator.role, (indicatorRoleCount.get(indicator.role) ?? 0) + 1);
        if (indicator.answerType === 'INDEKS') {
          if (indicator.role === 'CAPAIAN_KINERJA') {
            add(indicator.code, `Indikator ${indicator.code} (capaian kinerja) harus berupa pilihan A–E, bukan indeks.`);
          }
        } else {
          if (indicator.role !== 'CAPAIAN_KINERJA') {
            add(
              indicator.code,
              `Indikator ${indicator.code} (${indicator.shortName}) harus berupa indeks survei, bukan pilihan.`,
            );
          }
          checkOptions(indicator.code, indicator.answerType, indicator.options, add);
        }
        break;
      }
    }
  }

  for (const [code, count] of seen) {
    if (count > 1) add(code, `Kode ${code} dipakai ${count} kali; setiap kode harus unik.`);
  }

  if (pengungkit.length === 1) {
    for (const role of halfRoles) {
      const count = halfRoleCount.get(role) ?? 0;
      if (count !== 1) {
        add(template.id, `Pengungkit harus memiliki tepat satu sub-komponen ${roleName(role)} (ada ${count}).`);
      }
    }
  }
  if (hasil.length === 1) {
    for (const role of hasilRoles) {
      const count = hasilRoleCount.get(role) ?? 0;
      if (count !== 1) {
        add(template.id, `Hasil harus memiliki tepat satu sub-komponen ${roleName(role)} (ada ${count}).`);
      }
    }
    for (const role of indicatorRoles) {
      const count = indicatorRoleCount.get(role) ?? 0;
      if (count !== 1) {
        add(template.id, `Hasil harus memiliki tepat satu indikator ${roleName(role)} (ada ${count}).`);
      }
    }
  }

  for (const item of computed) {
    for (const input of item.inputs) {
      usedInputs.add(input);
      const type = typeByCode.get(input);
      if (type === undefined) {
        add(item.code, `Butir ${item.code}: isian ${input} tidak ada di templat.`);
      } else if (type !== 'JUMLAH') {
        add(
          item.code,
          `Butir ${item.code}: isian ${input} harus butir jumlah, bukan ${answerTypeLabels[type]}.`,
        );
      }
    }
    for (const code of item.formulaCodes) {
      if (!item.inputs.includes(code)) {
        add(item.code, `Butir ${item.code}: rumus memakai ${code} yang tidak tercantum sebagai isian.`);
      }
    }
  }
  for (const code of countCodes) {
    if (!usedInputs.has(code)) {
      add(code, `Butir jumlah ${code} tidak dipakai oleh butir persentase mana pun.`);
    }
  }

  return issues;
}

function checkOptions(
  code: string,
  type: ChoiceAnswerType,
  options: readonly Option[],
  add: (path: string, message: string) => void,
): void {
  const expected: Readonly<Record<string, number>> = optionValues[type];
  const typeLabel = answerTypeLabels[type];
  const keys = new Set<string>();
  for (const option of options) {
    if (keys.has(option.key)) {
      add(code, `Butir ${code} (${typeLabel}): opsi ${option.key} muncul lebih dari sekali.`);
      continue;
    }
    keys.add(option.key);
    const value = expected[option.key];
    if (value === undefined) {
      add(code, `Butir ${code} (${typeLabel}): opsi ${option.key} tidak dikenal untuk jenis ini.`);
    } else if (Math.abs(option.value - value) > OPTION_EPSILON) {
      add(
        code,
        `Butir ${code} (${typeLabel}): nilai opsi ${option.key} adalah ${formatDecimal(option.value)}, ` +
          `seharusnya ${formatDecimal(value)}.`,
      );
    }
  }
  for (const key of Object.keys(expected)) {
    if (!keys.has(key)) add(code, `Butir ${code} (${typeLabel}): opsi ${key} tidak ada.`);
  }
}

function roleName(role: string): string {
  switch (role) {
    case 'PEMENUHAN':
      return 'Pemenuhan';
    case 'REFORM':
      return 'Reform';
    case 'BIROKRASI_BERSIH':
      return 'Birokrasi yang Bersih dan Akuntabel';
    case 'PELAYANAN_PRIMA':
      return 'Pelayanan Publik yang Prima';
    case 'IPAK':
      return 'IPAK';
    case 'CAPAIAN_KINERJA':
      return 'Capaian Kinerja';
    case 'IPKP':
      return 'IPKP';
    default:
      return role;
  }
}
