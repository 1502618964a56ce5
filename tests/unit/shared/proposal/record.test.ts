import { describe, expect, it } from 'vitest';
import { daysBetween, defaultProposalLetter, missingParts, proposalDeadline, proposalSaveInputSchema, emptyProgress, type ProposalCandidate } from '../../../../shared/proposal';

const letter = defaultProposalLetter({ year: 2022, kota: 'Serang', pemerintahDaerah: 'Pemerintah Kabupaten Serang' });

function candidate(unitId: string, eligible: boolean): ProposalCandidate {
  return { worksheetId: `${unitId}-2022`, unitId, nama: unitId.toUpperCase(), singkatan: '', afirmasi: false, categories: eligible ? ['WBK'] : [], kategori: eligible ? 'WBK' : null, eligible, melaluiAfirmasi: false, reasons: [] };
}

describe('proposal record', () => {
  it('offers the Bupati of the regency as signer and 31 Mei as the deadline, unless a date is set', () => {
    expect(letter.penandatangan.jabatan).toBe('Bupati Serang');
    expect(letter.tanggalSurat).toBe('');
    expect(proposalDeadline(2022, letter)).toBe('2022-05-31');
    expect(proposalDeadline(2022, { batasWaktu: '2022-06-15' })).toBe('2022-06-15');
    expect(daysBetween('2022-05-01', '2022-05-31')).toBe(30);
  });

  it('says what is still missing, in the order the work is done', () => {
    const missing = missingParts({ year: 2022, candidates: [candidate('dis', true), candidate('bap', false)], units: [{ unitId: 'bap', kategori: 'WBK' }], letter, progress: emptyProgress() });
    expect(missing).toEqual([
      '1 unit belum layak diusulkan: BAP.',
      'Unit yang dipilih tetapi tidak lagi layak untuk kategorinya: BAP.',
      'Nomor dan tanggal Surat Pengajuan Evaluasi belum diisi.',
      'Nama Bupati penanda tangan belum diisi.',
      'Surat Pengajuan Evaluasi belum dicetak.',
      'SPTJM belum dicetak.',
      'Data PortalRB (JSON) belum diekspor.',
      'Excel pengusulan belum diekspor.',
    ]);
    const done = missingParts({
      year: 2022,
      candidates: [candidate('dis', true)],
      units: [{ unitId: 'dis', kategori: 'WBK' }],
      letter: { ...letter, nomorSurat: '700/1/2023', tanggalSurat: '2023-05-02', penandatangan: { ...letter.penandatangan, nama: 'Budi Rekaan' } },
      progress: { surat: 'x', sptjm: 'x', json: 'x', excel: 'x' },
    });
    expect(done).toEqual([]);
  });

  it('refuses a unit chosen twice, an impossible date and a NIP that is not one', () => {
    const base = { year: 2022, units: [{ unitId: 'dis-1', kategori: 'WBK' }], letter };
    expect(proposalSaveInputSchema.safeParse(base).success).toBe(true);
    expect(proposalSaveInputSchema.safeParse({ ...base, units: [{ unitId: 'dis-1', kategori: 'WBK' }, { unitId: 'dis-1', kategori: 'WBBM' }] }).success).toBe(false);
    expect(proposalSaveInputSchema.safeParse({ ...base, letter: { ...letter, tanggalSurat: '2023-02-30' } }).success).toBe(false);
    expect(proposalSaveInputSchema.safeParse({ ...base, letter: { ...letter, penandatangan: { ...letter.penandatangan, nip: '123' } } }).success).toBe(false);
    expect(proposalSaveInputSchema.safeParse({ ...base, units: [{ unitId: 'dis-1', kategori: 'WBX' }] }).success).toBe(false);
  });
});
