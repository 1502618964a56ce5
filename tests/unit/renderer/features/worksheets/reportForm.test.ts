import { describe, expect, it } from 'vitest';
import { emptyReportMeta, MAX_RECOMMENDATIONS, type ReportMeta } from '../../../../../shared/reports/meta';
import {
  pendingSuggestions,
  reportFormSchema,
  roomForRecommendations,
  toFormValues,
  type ReportFormValues,
} from '../../../../../renderer/src/features/worksheets/model/reportForm';

const NIP = '198703152010121002';
const NIP_SPACED = '19870315 201012 1 002';

function filled(): ReportMeta {
  return {
    ...emptyReportMeta(),
    nomorSurat: '700/123/Insp/2022',
    tanggalSurat: '2022-10-03',
    pengendaliTeknis: { nama: 'Budi', nip: NIP },
    anggota: [{ nama: 'Citra', nip: '' }],
    rekomendasi: ['Perkuat reviu', 'Lengkapi bukti dukung'],
  };
}

describe('toFormValues', () => {
  it('spaces NIPs for reading and turns recommendations into rows', () => {
    const values = toFormValues(filled());
    expect(values.pengendaliTeknis).toEqual({ nama: 'Budi', nip: NIP_SPACED });
    expect(values.anggota).toEqual([{ nama: 'Citra', nip: '' }]);
    expect(values.rekomendasi).toEqual([{ text: 'Perkuat reviu' }, { text: 'Lengkapi bukti dukung' }]);
    expect(values.nomorSurat).toBe('700/123/Insp/2022');
  });
});

describe('reportFormSchema', () => {
  const parse = (change: (values: ReportFormValues) => ReportFormValues) => reportFormSchema.safeParse(change(toFormValues(filled())));

  it('round-trips to the stored metadata (NIP without spaces)', () => {
    const parsed = parse((values) => values);
    expect(parsed.success && parsed.data).toEqual(filled());
  });

  const rows: Array<[string, (values: ReportFormValues) => ReportFormValues, string | null]> = [
    ['blank recommendation rows are dropped', (v) => ({ ...v, rekomendasi: [{ text: '  ' }, ...v.rekomendasi, { text: '' }] }), null],
    ['texts are trimmed', (v) => ({ ...v, nomorSurat: '  12/A  ' }), null],
    ['a NIP with a wrong length is refused', (v) => ({ ...v, ketuaTim: { nama: 'X', nip: '1234' } }), 'ketuaTim.nip'],
    ['a member NIP is checked too', (v) => ({ ...v, anggota: [{ nama: 'Y', nip: '19870315' }] }), 'anggota.0.nip'],
    ['an impossible date is refused', (v) => ({ ...v, tanggalSurat: '2022-02-30' }), 'tanggalSurat'],
    ['13 members are too many', (v) => ({ ...v, anggota: Array.from({ length: 13 }, () => ({ nama: 'Z', nip: '' })) }), 'anggota'],
    [
      'too many recommendations',
      (v) => ({ ...v, rekomendasi: Array.from({ length: MAX_RECOMMENDATIONS + 1 }, (_, i) => ({ text: `R${i}` })) }),
      'rekomendasi',
    ],
    ['a too long recommendation', (v) => ({ ...v, rekomendasi: [{ text: 'x'.repeat(1501) }] }), 'rekomendasi.0.text'],
    ['control characters are refused', (v) => ({ ...v, perihal: 'a\u0007b' }), 'perihal'],
  ];
  it.each(rows)('%s', (_name, change, failingPath) => {
    const parsed = parse(change);
    if (failingPath === null) {
      expect(parsed.success).toBe(true);
      return;
    }
    expect(parsed.success).toBe(false);
    const paths = parsed.error?.issues.map((issue) => issue.path.join('.')) ?? [];
    expect(paths).toContain(failingPath);
  });

  it('speaks Indonesian', () => {
    const parsed = parse((v) => ({ ...v, tanggalSurat: '2022-13-01' }));
    expect(parsed.error?.issues[0]?.message).toBe('Tanggal surat harus tanggal yang valid (TTTT-BB-HH).');
  });

  it('outputs trimmed texts and the filtered list', () => {
    const parsed = parse((v) => ({ ...v, nomorSurat: ' 1 ', rekomendasi: [{ text: '' }, { text: ' Satu ' }] }));
    expect(parsed.success && parsed.data.nomorSurat).toBe('1');
    expect(parsed.success && parsed.data.rekomendasi).toEqual(['Satu']);
  });
});

describe('pendingSuggestions', () => {
  const rows: Array<[string, string[], string[], string[]]> = [
    ['none added yet', ['A', 'B'], [], ['A', 'B']],
    ['an added one disappears', ['A', 'B'], ['A'], ['B']],
    ['case and spaces do not matter', ['Perkuat  reviu', 'B'], ['  perkuat reviu '], ['B']],
    ['duplicates are offered once', ['A', 'a', 'B'], [], ['A', 'B']],
    ['empty suggestions are ignored', ['', ' ', 'C'], [], ['C']],
    ['all added', ['A'], ['A', 'X'], []],
  ];
  it.each(rows)('%s', (_name, suggestions, current, expected) => {
    expect(pendingSuggestions(suggestions, current)).toEqual(expected);
  });
});

describe('roomForRecommendations', () => {
  it.each([
    [0, MAX_RECOMMENDATIONS],
    [MAX_RECOMMENDATIONS - 1, 1],
    [MAX_RECOMMENDATIONS, 0],
    [MAX_RECOMMENDATIONS + 3, 0],
  ])('%i rows leave room for %i', (count, room) => {
    expect(roomForRecommendations(count)).toBe(room);
  });
});
