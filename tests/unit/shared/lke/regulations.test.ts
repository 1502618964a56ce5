import { describe, expect, it } from 'vitest';
import { prerequisiteRulesForYear, prerequisiteRulesOn } from '../../../../shared/lke/prerequisiteRules';
import { proposalStatus, type UnitChecklist } from '../../../../shared/lke/proposal';
import {
  legalBasisOn,
  regulationCitation,
  regulationsInForce,
  roundRuleDate,
} from '../../../../shared/lke/regulations';
import {
  getTemplate,
  templateCitation,
  templateForYear,
  templateServesYear,
  templateYearsText,
  templates,
} from '../../../../shared/lke/templates/index';
import type { Verdict } from '../../../../shared/lke/verdict';
import { shippedThresholds } from './fixtures';

describe('regulations in force by date (PermenPANRB 5/2024 from 15 July 2024)', () => {
  it.each([
    ['2022-03-01', 'PermenPANRB 90/2021', 1],
    ['2024-07-14', 'PermenPANRB 90/2021', 1],
    ['2024-07-15', 'PermenPANRB 90/2021 jo. 5/2024', 2],
    ['2025-06-30', 'PermenPANRB 90/2021 jo. 5/2024', 2],
  ])('on %s the law is %s', (date, citation, count) => {
    expect(regulationCitation(date)).toBe(citation);
    expect(regulationsInForce(date)).toHaveLength(count);
  });

  it('lists full titles as legal basis: 2022 without 5/2024, 2025 with it, base first', () => {
    const in2022 = legalBasisOn('2022-11-30');
    expect(in2022).toHaveLength(1);
    expect(in2022[0]).toMatch(/^Peraturan Menteri .* Nomor 90 Tahun 2021 tentang Pembangunan dan Evaluasi Zona Integritas/);
    expect(in2022.join(' ')).not.toContain('Nomor 5 Tahun 2024');
    const in2025 = legalBasisOn('2025-11-30');
    expect(in2025).toHaveLength(2);
    expect(in2025[0]).toBe(in2022[0]);
    expect(in2025[1]).toMatch(/Nomor 5 Tahun 2024 tentang Perubahan atas .* Nomor 90 Tahun 2021/);
  });

  it('maps a round (evaluation year) to 31 December of that year', () => {
    expect(roundRuleDate(2023)).toBe('2023-12-31');
    expect(roundRuleDate(2024)).toBe('2024-12-31');
  });
});

describe('prerequisite tables by round year', () => {
  it.each([
    [2021, 'permenpanrb-90-2021', 'informasi'],
    [2022, 'permenpanrb-90-2021', 'informasi'],
    [2023, 'permenpanrb-90-2021', 'informasi'],
    [2024, 'permenpanrb-5-2024', 'syarat'],
    [2026, 'permenpanrb-5-2024', 'syarat'],
  ] as const)('round %i follows %s (%s)', (year, regulation, mode) => {
    const rules = prerequisiteRulesForYear(year);
    expect(rules.regulation).toBe(regulation);
    expect(rules.mode).toBe(mode);
  });

  it('switches on the effective date itself', () => {
    expect(prerequisiteRulesOn('2024-07-14').regulation).toBe('permenpanrb-90-2021');
    expect(prerequisiteRulesOn('2024-07-15').regulation).toBe('permenpanrb-5-2024');
  });

  const passing: Verdict = { predicate: 'WBK', label: 'Menuju WBK', passed: true, complete: true, criteria: [], failing: [] };
  const emptyUnit: UnitChecklist = {
    tindakLanjutTemuan: null,
    kepatuhanLhkpn: 50,
    kepatuhanLhkasn: null,
    tanggalPencanangan: null,
    sakipUnit: null,
  };
  const judge = (year: number, verdict: Verdict = passing) =>
    proposalStatus({
      verdict,
      thresholds: shippedThresholds().wbk,
      instansi: null,
      unit: emptyUnit,
      afirmasi: false,
      tanggalUsulan: `${year}-05-31`,
      rules: prerequisiteRulesForYear(year),
    });

  it('2022: unknown or unmet instansi and unit data are information, never failing criteria', () => {
    const result = judge(2022);
    expect(result.status).toBe('layak diusulkan');
    expect(result.reasons).toEqual([]);
    const prerequisites = result.checks.filter((check) => check.scope !== 'NILAI');
    expect(prerequisites.length).toBeGreaterThan(0);
    expect(prerequisites.every((check) => check.informasi === true)).toBe(true);
    expect(result.rules.regulation).toBe('permenpanrb-90-2021');
  });

  it('2022: the score criteria still decide', () => {
    const result = judge(2022, { ...passing, complete: false });
    expect(result.status).toBe('belum layak');
    expect(result.reasons).toEqual(['Masih ada butir LKE yang belum diisi; nilai bersifat sementara.']);
  });

  it('2025: the same data fails the PermenPANRB 5/2024 table', () => {
    const result = judge(2025);
    expect(result.status).toBe('belum layak');
    expect(result.reasons).toContain('Data instansi (opini BPK, SAKIP, Indeks RB, maturitas SPIP) untuk tahun ini belum diisi.');
    expect(result.reasons).toContain('Kepatuhan LHKPN 50% (syarat 100%).');
    expect(result.checks.some((check) => check.informasi === true)).toBe(false);
  });
});

describe('LKE templates by the years they serve', () => {
  it('ships one template per regulation state, each recording its regulations and years', () => {
    expect(Object.keys(templates).sort()).toEqual(['lke-zi-90-2021', 'lke-zi-90-2021-5-2024']);
    for (const id of Object.keys(templates)) expect(getTemplate(id).ok).toBe(true);
  });

  it.each([
    [2021, 'lke-zi-90-2021', 'PermenPANRB 90/2021'],
    [2022, 'lke-zi-90-2021', 'PermenPANRB 90/2021'],
    [2023, 'lke-zi-90-2021', 'PermenPANRB 90/2021'],
    [2024, 'lke-zi-90-2021-5-2024', 'PermenPANRB 90/2021 jo. 5/2024'],
    [2025, 'lke-zi-90-2021-5-2024', 'PermenPANRB 90/2021 jo. 5/2024'],
  ])('a worksheet for %i uses %s (%s)', (year, id, citation) => {
    const template = templateForYear(year);
    expect(template.ok && template.value.id).toBe(id);
    if (!template.ok) return;
    expect(templateCitation(template.value)).toBe(citation);
    // The template of a year cites exactly the law of that round.
    expect(templateCitation(template.value)).toBe(regulationCitation(roundRuleDate(year)));
  });

  it('tells a mismatch and says which years a template serves', () => {
    const amended = getTemplate('lke-zi-90-2021-5-2024');
    const original = getTemplate('lke-zi-90-2021');
    if (!amended.ok || !original.ok) throw new Error('templates invalid');
    expect(templateServesYear(amended.value, 2022)).toBe(false);
    expect(templateServesYear(amended.value, 2024)).toBe(true);
    expect(templateServesYear(original.value, 2023)).toBe(true);
    expect(templateServesYear(original.value, 2024)).toBe(false);
    expect(templateYearsText(amended.value)).toBe('tahun 2024 dan seterusnya');
    expect(templateYearsText(original.value)).toBe('sampai tahun 2023');
    expect(templateServesYear({}, 1999)).toBe(true);
  });
});
