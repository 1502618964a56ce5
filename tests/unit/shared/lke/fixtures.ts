import type { Answer } from '../../../../shared/lke/answers';
import { getTemplate } from '../../../../shared/lke/templates/index';
import { thresholdsFor, type ThresholdSet } from '../../../../shared/lke/thresholds';
import type { ChoiceAnswerType, Template } from '../../../../shared/lke/types';

/** The shipped template, validated (fails the test run loudly if it is not). */
export function shippedTemplate(): Template {
  const result = getTemplate('lke-zi-90-2021-5-2024');
  if (!result.ok) throw new Error(`shipped template invalid: ${result.error.message}`);
  return result.value;
}

/** A choice answer of the given type; the key must belong to the type. */
export function choice(type: ChoiceAnswerType, value: string): Answer {
  switch (type) {
    case 'YA_TIDAK':
      if (value === 'Ya' || value === 'Tidak') return { type, value };
      break;
    case 'ABC':
      if (value === 'A' || value === 'B' || value === 'C') return { type, value };
      break;
    case 'ABCD':
      if (value === 'A' || value === 'B' || value === 'C' || value === 'D') return { type, value };
      break;
    case 'ABCDE':
      if (value === 'A' || value === 'B' || value === 'C' || value === 'D' || value === 'E') {
        return { type, value };
      }
      break;
  }
  throw new Error(`option ${value} does not exist for ${type}`);
}

/** Best or worst answer for every item of the template (counts chosen to give 1 or 0). */
export function uniformAnswers(template: Template, level: 'best' | 'worst'): Record<string, Answer> {
  const answers: Record<string, Answer> = {};
  for (const component of template.components) {
    if (component.kind === 'PENGUNGKIT') {
      for (const half of component.halves) {
        for (const area of half.areas) {
          for (const subArea of area.subAreas) {
            for (const question of subArea.questions) {
              if (question.answerType === 'PERSEN') {
                const formula = question.formula;
                for (const input of question.inputs) answers[input] = { type: 'JUMLAH', value: 0 };
                if (formula.kind === 'ratio') {
                  for (const code of formula.denominator) answers[code] = { type: 'JUMLAH', value: 10 };
                  for (const code of formula.numerator) {
                    answers[code] = { type: 'JUMLAH', value: level === 'best' ? 10 * formula.denominator.length : 0 };
                  }
                } else {
                  answers[formula.lastYear] = { type: 'JUMLAH', value: level === 'best' ? 0 : 2 };
                  answers[formula.thisYear] = { type: 'JUMLAH', value: level === 'best' ? 0 : 5 };
                }
              } else if (question.answerType === 'INDEKS') {
                answers[question.code] = { type: 'INDEKS', value: level === 'best' ? 4 : 0 };
              } else if (question.answerType !== 'JUMLAH') {
                const options = question.options;
                const option = level === 'best' ? options[0] : options[options.length - 1];
                if (option) answers[question.code] = choice(question.answerType, option.key);
              }
            }
          }
        }
      }
    } else {
      for (const subComponent of component.subComponents) {
        for (const indicator of subComponent.indicators) {
          if (indicator.answerType === 'INDEKS') {
            answers[indicator.code] = { type: 'INDEKS', value: level === 'best' ? 4 : 0 };
          } else {
            const option = level === 'best' ? indicator.options[0] : indicator.options[indicator.options.length - 1];
            if (option) answers[indicator.code] = choice(indicator.answerType, option.key);
          }
        }
      }
    }
  }
  return answers;
}

/**
 * Answers the scored choice items of one sub-area in template order with the given keys
 * (a key per choice item; computed items and counts are skipped).
 */
export function fillSubArea(template: Template, subAreaCode: string, keys: readonly string[]): Record<string, Answer> {
  for (const component of template.components) {
    if (component.kind !== 'PENGUNGKIT') continue;
    for (const half of component.halves) {
      for (const area of half.areas) {
        for (const subArea of area.subAreas) {
          if (subArea.code !== subAreaCode) continue;
          const choices = subArea.questions.filter(
            (question) => question.answerType !== 'PERSEN' && question.answerType !== 'JUMLAH' && question.answerType !== 'INDEKS',
          );
          if (choices.length !== keys.length) {
            throw new Error(`${subAreaCode} has ${choices.length} choice items, got ${keys.length} keys`);
          }
          const answers: Record<string, Answer> = {};
          choices.forEach((question, index) => {
            const key = keys[index];
            if (key === undefined) return;
            answers[question.code] = choice(question.answerType, key);
          });
          return answers;
        }
      }
    }
  }
  throw new Error(`unknown sub-area ${subAreaCode}`);
}

/** JUMLAH answers from a code → count table. */
export function counts(table: Readonly<Record<string, number>>): Record<string, Answer> {
  const answers: Record<string, Answer> = {};
  for (const [code, value] of Object.entries(table)) answers[code] = { type: 'JUMLAH', value };
  return answers;
}

/** The threshold set shipped with the template. */
export function shippedThresholds(): ThresholdSet {
  const result = thresholdsFor('lke-zi-90-2021-5-2024');
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}
