import { describe, expect, it } from 'vitest';
import { defaultProposalLetter, type ProposalCandidate } from '../../../../../shared/proposal';
import { deadlineLine, eligibilityBadge, formIssues, saveInput } from '../../../../../renderer/src/features/proposal/model';

const letter = defaultProposalLetter({ year: 2022, kota: 'Serang', pemerintahDaerah: 'Pemerintah Kabupaten Serang' });
const candidate = (unitId: string, eligible: boolean, melaluiAfirmasi = false): ProposalCandidate => ({
  worksheetId: `${unitId}-2022`,
  unitId,
  nama: unitId,
  singkatan: '',
  afirmasi: melaluiAfirmasi,
  categories: eligible ? ['WBK'] : [],
  kategori: eligible ? 'WBK' : null,
  eligible,
  melaluiAfirmasi,
  reasons: [],
});

describe('proposal screen model', () => {
  it('sends the chosen units in the order of the list', () => {
    const candidates = [candidate('alfa-1', true), candidate('beta-1', true)];
    expect(saveInput(2022, { chosen: { 'beta-1': 'WBK', 'alfa-1': 'WBBM' }, letter }, candidates).units).toEqual([
      { unitId: 'alfa-1', kategori: 'WBBM' },
      { unitId: 'beta-1', kategori: 'WBK' },
    ]);
  });

  it('names the input of each field issue', () => {
    const issues = formIssues(2022, { chosen: {}, letter: { ...letter, tanggalSurat: '2023-02-30', penandatangan: { ...letter.penandatangan, nip: '123' } } }, []);
    expect(issues.map((issue) => issue.fieldId)).toEqual(['proposal-tanggalSurat', 'proposal-penandatangan-nip']);
    expect(formIssues(2022, { chosen: {}, letter }, [])).toEqual([]);
  });

  it('says how far the deadline is and how eligible a unit is', () => {
    expect(deadlineLine('2022-05-31', 12)).toBe('31 Mei 2022 (12 hari lagi)');
    expect(deadlineLine('2022-05-31', 0)).toBe('31 Mei 2022 (hari ini)');
    expect(deadlineLine('2022-05-31', -3)).toBe('31 Mei 2022 (lewat 3 hari)');
    expect(eligibilityBadge(candidate('a-1', false)).label).toBe('Belum layak');
    expect(eligibilityBadge(candidate('a-1', true, true)).label).toBe('Layak melalui afirmasi');
    expect(eligibilityBadge(candidate('a-1', true)).label).toBe('Layak diusulkan');
  });
});
