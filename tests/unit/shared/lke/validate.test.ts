import { describe, expect, it } from 'vitest';
import type { Template } from '../../../../shared/lke/types';
import { validateTemplate } from '../../../../shared/lke/validate';
import { lkeZi90Tahun2021Perubahan5Tahun2024 } from '../../../../shared/lke/templates/lke-zi-90-2021-5-2024';

/** A mutable deep copy of the shipped data, for breaking on purpose. */
function copy(): Template {
  return structuredClone(lkeZi90Tahun2021Perubahan5Tahun2024);
}

function pengungkitOf(template: Template) {
  const component = template.components[0];
  if (component?.kind !== 'PENGUNGKIT') throw new Error('Pengungkit first');
  return component;
}

function hasilOf(template: Template) {
  const component = template.components[1];
  if (component?.kind !== 'HASIL') throw new Error('Hasil second');
  return component;
}

function subArea(template: Template, code: string) {
  for (const half of pengungkitOf(template).halves) {
    for (const area of half.areas) {
      for (const entry of area.subAreas) if (entry.code === code) return entry;
    }
  }
  throw new Error(`no sub-area ${code}`);
}

function question(template: Template, code: string) {
  for (const half of pengungkitOf(template).halves) {
    for (const area of half.areas) {
      for (const entry of area.subAreas) {
        for (const item of entry.questions) if (item.code === code) return item;
      }
    }
  }
  throw new Error(`no question ${code}`);
}

type Breaker = (template: Template) => void;

function isContainer(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object';
}

/** Sets (or, with `undefined`, deletes) the value at `path` inside plain JSON data. */
function setAt(root: unknown, path: ReadonlyArray<string | number>, value: unknown): void {
  let node: unknown = root;
  for (const key of path.slice(0, -1)) {
    node = isContainer(node) ? node[String(key)] : undefined;
  }
  const last = path[path.length - 1];
  if (!isContainer(node) || last === undefined) throw new Error(`bad path ${path.join('.')}`);
  if (value === undefined) Reflect.deleteProperty(node, String(last));
  else node[String(last)] = value;
}

describe('validateTemplate', () => {
  it('accepts the shipped template', () => {
    const result = validateTemplate(lkeZi90Tahun2021Perubahan5Tahun2024);
    expect(result.ok).toBe(true);
  });

  const broken: Array<[string, Breaker, string, string]> = [
    [
      'a sub-area weight that does not add up to its area',
      (t) => {
        subArea(t, 'A.I.1.i').weight = 0.6;
      },
      'A.I.1',
      'Jumlah bobot sub-area pada area A.I.1 (Manajemen Perubahan) adalah 4,1, seharusnya 4.',
    ],
    [
      'an area weight that does not add up to its half',
      (t) => {
        const area = pengungkitOf(t).halves[0]?.areas[1];
        if (area) area.weight = 4;
      },
      'A.I',
      'Jumlah bobot area pada sub-komponen A.I (Pemenuhan) adalah 30,5, seharusnya 30.',
    ],
    [
      'components that do not add up to 100',
      (t) => {
        hasilOf(t).weight = 45;
      },
      'lke-zi-90-2021-5-2024',
      'Jumlah bobot komponen pada templat lke-zi-90-2021-5-2024 adalah 105, seharusnya 100.',
    ],
    [
      'Hasil indicators that do not add up to their sub-component',
      (t) => {
        const ipak = hasilOf(t).subComponents[0]?.indicators[0];
        if (ipak) ipak.weight = 17;
      },
      'B.I',
      'Jumlah bobot indikator pada sub-komponen B.I (Birokrasi yang Bersih dan Akuntabel) adalah 22, seharusnya 22,5.',
    ],
    [
      'a computed item whose input does not exist',
      (t) => {
        const item = question(t, 'A.II.4.i.a');
        if (item.answerType === 'PERSEN') {
          item.inputs = ['A.II.4.i.a.1', 'A.II.4.i.a.9'];
          item.formula = { kind: 'ratio', numerator: ['A.II.4.i.a.9'], denominator: ['A.II.4.i.a.1'] };
        }
      },
      'A.II.4.i.a',
      'Butir A.II.4.i.a: isian A.II.4.i.a.9 tidak ada di templat.',
    ],
    [
      'a computed item whose input is not a JUMLAH item',
      (t) => {
        const item = question(t, 'A.II.6.i.b');
        if (item.answerType === 'PERSEN') item.inputs = [...item.inputs, 'A.II.6.i.a'];
      },
      'A.II.6.i.b',
      'Butir A.II.6.i.b: isian A.II.6.i.a harus butir jumlah, bukan A/B/C/D.',
    ],
    [
      'a formula using a code not listed as input',
      (t) => {
        const item = question(t, 'A.II.3.iii.a');
        if (item.answerType === 'PERSEN') item.formula = { kind: 'disiplin', lastYear: 'A.II.3.iii.a.1', thisYear: 'A.II.4.i.a.1' };
      },
      'A.II.3.iii.a',
      'Butir A.II.3.iii.a: rumus memakai A.II.4.i.a.1 yang tidak tercantum sebagai isian.',
    ],
    [
      'an ABCD option stored as 2/3 instead of 0.67',
      (t) => {
        const item = question(t, 'A.I.1.iii.a');
        if (item.answerType === 'ABCD') {
          const option = item.options[1];
          if (option) option.value = 2 / 3;
        }
      },
      'A.I.1.iii.a',
      'Butir A.I.1.iii.a (A/B/C/D): nilai opsi B adalah 0,666667, seharusnya 0,67.',
    ],
    [
      'a Ya/Tidak item scoring Ya as 0',
      (t) => {
        const item = question(t, 'A.I.1.i.a');
        if (item.answerType === 'YA_TIDAK') {
          const option = item.options[0];
          if (option) option.value = 0;
        }
      },
      'A.I.1.i.a',
      'Butir A.I.1.i.a (Ya/Tidak): nilai opsi Ya adalah 0, seharusnya 1.',
    ],
    [
      'an A/B/C/D/E item missing option E',
      (t) => {
        const item = question(t, 'A.I.2.i.b');
        if (item.answerType === 'ABCDE') item.options = item.options.slice(0, 4);
      },
      'A.I.2.i.b',
      'Butir A.I.2.i.b (A/B/C/D/E): opsi E tidak ada.',
    ],
    [
      'a duplicate code',
      (t) => {
        question(t, 'A.I.1.i.b').code = 'A.I.1.i.a';
      },
      'A.I.1.i.a',
      'Kode A.I.1.i.a dipakai 2 kali; setiap kode harus unik.',
    ],
    [
      'a JUMLAH item feeding nothing',
      (t) => {
        subArea(t, 'A.I.1.i').questions.push({
          code: 'A.I.1.i.z',
          text: 'Jumlah yatim',
          criteria: '',
          answerType: 'JUMLAH',
        });
      },
      'A.I.1.i.z',
      'Butir jumlah A.I.1.i.z tidak dipakai oleh butir persentase mana pun.',
    ],
    [
      'a sub-area with only counts',
      (t) => {
        const entry = subArea(t, 'A.II.4.i');
        entry.questions = entry.questions.filter((item) => item.answerType === 'JUMLAH');
      },
      'A.II.4.i',
      'Sub-area A.II.4.i (Meningkatnya capaian kinerja unit kerja) tidak memiliki butir yang dinilai.',
    ],
    [
      'a Hasil without an IPKP indicator',
      (t) => {
        const ipkp = hasilOf(t).subComponents[1]?.indicators[0];
        if (ipkp) ipkp.role = 'IPAK';
      },
      'lke-zi-90-2021-5-2024',
      'Hasil harus memiliki tepat satu indikator IPKP (ada 0).',
    ],
  ];

  it.each(broken)('refuses %s', (_name, breakIt, path, message) => {
    const template = copy();
    breakIt(template);
    const result = validateTemplate(template);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('INVALID_INPUT');
    expect(result.error.issues).toContainEqual({ path, message });
    expect(result.error.message).toMatch(/^Templat LKE lke-zi-90-2021-5-2024 tidak valid \(\d+ masalah\)\./);
  });

  it.each<[string, ReadonlyArray<string | number>, unknown, string]>([
    ['a missing weight', ['components', 0, 'halves', 0, 'areas', 0, 'subAreas', 1, 'weight'], undefined, 'A.I.1.ii › weight'],
    ['a weight written as text', ['components', 0, 'halves', 0, 'weight'], '30', 'A.I › weight'],
    ['a zero weight', ['components', 1, 'subComponents', 1, 'weight'], 0, 'B.II › weight'],
    [
      'an unknown answer type',
      ['components', 0, 'halves', 0, 'areas', 0, 'subAreas', 0, 'questions', 0, 'answerType'],
      'SKALA',
      'A.I.1.i.a › answerType',
    ],
  ])('refuses the shape of %s, naming the node', (_name, path, value, issuePath) => {
    const data: unknown = JSON.parse(JSON.stringify(lkeZi90Tahun2021Perubahan5Tahun2024));
    setAt(data, path, value);
    const result = validateTemplate(data);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.message).toMatch(/^Struktur templat LKE tidak valid/);
    expect(result.error.issues?.map((issue) => issue.path)).toContain(issuePath);
  });

  it('refuses something that is not a template at all', () => {
    const result = validateTemplate('bukan templat');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.issues?.[0]?.path).toBe('templat');
  });
});
