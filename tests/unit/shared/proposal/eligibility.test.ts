import { describe, expect, it } from 'vitest';
import { proposalCandidate, proposalCandidates, TPI_MISSING_REASON } from '../../../../shared/proposal';
import { shippedTemplate, uniformAnswers } from '../lke/fixtures';
import { candidateInput, unitRef, worksheetOf } from './fixtures';

const best = () => uniformAnswers(shippedTemplate(), 'best');
const worst = () => uniformAnswers(shippedTemplate(), 'worst');

/** A Pemda that meets every instansi-level prerequisite of PermenPANRB 5/2024. */
const INSTANSI_2025 = { year: 2025, opiniBpk: 'WTP', sakip: 'A', indeksRb: 'A', maturitasSpip: 3.5 } as const;
/** A unit checklist that meets everything except the follow-up of audit findings (80 %). */
const CHECKLIST_OPEN = { tindakLanjutTemuan: 80, kepatuhanLhkpn: 100, kepatuhanLhkasn: 100, tanggalPencanangan: '2023-06-01', sakipUnit: 'A' } as const;

describe('proposal eligibility: worked examples', () => {
  it('a unit whose TPI answers reach every WBBM criterion (2022 round) may be proposed for WBK or WBBM', () => {
    const candidate = proposalCandidate(candidateInput(worksheetOf({ unitId: 'disdukcapil', year: 2022, unit: best(), tpi: best() }), unitRef('disdukcapil', 'Dinas Kependudukan dan Pencatatan Sipil')));
    expect(candidate).toMatchObject({ eligible: true, categories: ['WBK', 'WBBM'], kategori: 'WBBM', melaluiAfirmasi: false, reasons: [] });
  });

  it('a unit whose TPI answers fail lists every failing criterion in Indonesian, whatever its own answers say', () => {
    const candidate = proposalCandidate(candidateInput(worksheetOf({ unitId: 'bapenda', year: 2022, unit: best(), tpi: worst() }), unitRef('bapenda', 'Badan Pendapatan Daerah')));
    expect(candidate.eligible).toBe(false);
    expect(candidate.kategori).toBeNull();
    expect(candidate.reasons).toContain('Nilai total 0,00 di bawah batas 75,00 (kurang 75,00).');
    expect(candidate.reasons).toContain('Pemenuhan – Manajemen Perubahan 0,00 di bawah batas 2,40 (kurang 2,40).');
    expect(candidate.reasons).toContain('Nilai IPKP 0,00 di bawah batas 14,00 (kurang 14,00).');
    // Every WBK criterion fails: total, Pengungkit, 12 areas, IPAK, capaian, birokrasi bersih, IPKP.
    expect(candidate.reasons).toHaveLength(18);
  });

  it('a unit the TPI has not answered is not eligible even with a perfect self-assessment', () => {
    const candidate = proposalCandidate(candidateInput(worksheetOf({ unitId: 'dpmptsp', year: 2022, unit: best() }), unitRef('dpmptsp', 'DPMPTSP')));
    expect(candidate).toMatchObject({ eligible: false, reasons: [TPI_MISSING_REASON] });
  });

  it('an afirmasi unit with only a unit-level prerequisite open (2025, enforced) is eligible through afirmasi; another unit is not', () => {
    const worksheet = worksheetOf({ unitId: 'rsud', year: 2025, unit: best(), tpi: best(), prerequisites: { ...CHECKLIST_OPEN } });
    const afirmasi = proposalCandidate(candidateInput(worksheet, unitRef('rsud', 'Rumah Sakit Umum Daerah', true), { ...INSTANSI_2025 }));
    expect(afirmasi).toMatchObject({ eligible: true, afirmasi: true, melaluiAfirmasi: true, kategori: 'WBBM' });
    expect(afirmasi.reasons).toEqual(['Tindak lanjut temuan 80% (syarat 100%).']);

    const plain = proposalCandidate(candidateInput(worksheet, unitRef('bapenda', 'Badan Pendapatan Daerah'), { ...INSTANSI_2025 }));
    expect(plain).toMatchObject({ eligible: false, kategori: null });
    expect(plain.reasons).toEqual(['Tindak lanjut temuan 80% (syarat 100%).']);
  });

  it('afirmasi never relaxes the instansi-level prerequisites', () => {
    const worksheet = worksheetOf({ unitId: 'rsud', year: 2025, unit: best(), tpi: best(), prerequisites: { ...CHECKLIST_OPEN } });
    const candidate = proposalCandidate(candidateInput(worksheet, unitRef('rsud', 'Rumah Sakit Umum Daerah', true), { ...INSTANSI_2025, opiniBpk: 'WDP' }));
    expect(candidate.eligible).toBe(false);
    expect(candidate.reasons).toContain('Opini BPK WDP (syarat minimal WTP).');
  });

  it('an inactive unit is listed with the reason', () => {
    const input = candidateInput(worksheetOf({ unitId: 'lama', year: 2022, unit: best(), tpi: best() }), { ...unitRef('lama', 'Unit Lama'), aktif: false });
    expect(proposalCandidate(input)).toMatchObject({ eligible: false, reasons: [expect.stringContaining('tidak aktif') as unknown as string] });
  });

  it('lists eligible units first, then by name', () => {
    const rows = proposalCandidates([
      candidateInput(worksheetOf({ unitId: 'zeta', year: 2022, unit: best(), tpi: worst() }), unitRef('zeta', 'Zeta')),
      candidateInput(worksheetOf({ unitId: 'beta', year: 2022, unit: best(), tpi: best() }), unitRef('beta', 'Beta')),
      candidateInput(worksheetOf({ unitId: 'alfa', year: 2022, unit: best(), tpi: worst() }), unitRef('alfa', 'Alfa')),
    ]);
    expect(rows.map((row) => row.nama)).toEqual(['Beta', 'Alfa', 'Zeta']);
  });
});
