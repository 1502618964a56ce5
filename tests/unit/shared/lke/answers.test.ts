import { describe, expect, it } from 'vitest';
import {
  answerSchema,
  answersRecordSchema,
  checkAnswer,
  parseDecimalInput,
} from '../../../../shared/lke/answers';
import { shippedTemplate } from './fixtures';

describe('checkAnswer accepts answers of the item type', () => {
  it.each([
    ['A.I.1.i.a', { type: 'YA_TIDAK', value: 'Ya' }],
    ['A.I.1.i.a', { type: 'YA_TIDAK', value: 'Tidak' }],
    ['A.I.1.i.b', { type: 'ABC', value: 'C' }],
    ['A.I.1.iii.a', { type: 'ABCD', value: 'D' }],
    ['A.I.2.i.b', { type: 'ABCDE', value: 'E' }],
    ['A.II.4.i.a.1', { type: 'JUMLAH', value: 0 }],
    ['A.II.4.i.a.1', { type: 'JUMLAH', value: 1250 }],
    ['B.I.a', { type: 'INDEKS', value: 0 }],
    ['B.I.a', { type: 'INDEKS', value: 3.62 }],
    ['B.II.a', { type: 'INDEKS', value: 4 }],
    ['B.I.b', { type: 'ABCDE', value: 'B' }],
  ])('%s ← %j', (code, answer) => {
    expect(checkAnswer(shippedTemplate(), code, answer)).toEqual({ ok: true, value: answer });
  });

  it('drops unknown properties', () => {
    expect(checkAnswer(shippedTemplate(), 'A.I.1.i.b', { type: 'ABC', value: 'A', extra: 1 })).toEqual({
      ok: true,
      value: { type: 'ABC', value: 'A' },
    });
  });
});

describe('checkAnswer refuses bad answers with Indonesian messages', () => {
  it.each([
    ['A.Z.9', { type: 'ABC', value: 'A' }, 'NOT_FOUND', 'Butir dengan kode A.Z.9 tidak ada di templat lke-zi-90-2021-5-2024.'],
    ['A.I.1.i.a', { type: 'ABC', value: 'A' }, 'INVALID_INPUT', 'Butir A.I.1.i.a dijawab dengan Ya/Tidak, bukan A/B/C.'],
    ['A.I.1.i.a', { type: 'YA_TIDAK', value: 1 }, 'INVALID_INPUT', 'Pilihan "1" tidak tersedia untuk butir A.I.1.i.a; pilih Ya, Tidak.'],
    ['A.I.1.i.b', { type: 'ABC', value: 'D' }, 'INVALID_INPUT', 'Pilihan "D" tidak tersedia untuk butir A.I.1.i.b; pilih A, B, C.'],
    ['A.I.1.i.b', { type: 'ABC', value: 'a' }, 'INVALID_INPUT', 'Pilihan "a" tidak tersedia untuk butir A.I.1.i.b; pilih A, B, C.'],
    ['A.I.2.i.b', { type: 'ABCD', value: 'A' }, 'INVALID_INPUT', 'Butir A.I.2.i.b dijawab dengan A/B/C/D/E, bukan A/B/C/D.'],
    ['A.I.1.i.b', { type: 'SKALA', value: 'A' }, 'INVALID_INPUT', 'Butir A.I.1.i.b dijawab dengan A/B/C, bukan "SKALA".'],
    ['A.I.1.i.b', 'A', 'INVALID_INPUT', 'Jawaban untuk butir A.I.1.i.b tidak dikenali.'],
    ['A.I.1.i.b', null, 'INVALID_INPUT', 'Jawaban untuk butir A.I.1.i.b tidak dikenali.'],
    [
      'A.II.4.i.a',
      { type: 'JUMLAH', value: 3 },
      'INVALID_INPUT',
      'Butir A.II.4.i.a dihitung otomatis dari isian jumlahnya (A.II.4.i.a.1, A.II.4.i.a.2); isi butir-butir jumlah tersebut.',
    ],
    ['A.II.4.i.a.1', { type: 'JUMLAH', value: -3 }, 'INVALID_INPUT', 'Jumlah pada butir A.II.4.i.a.1 tidak boleh negatif (diisi -3).'],
    ['A.II.4.i.a.1', { type: 'JUMLAH', value: 2.5 }, 'INVALID_INPUT', 'Jumlah pada butir A.II.4.i.a.1 harus bilangan bulat (diisi 2,5).'],
    ['A.II.4.i.a.1', { type: 'JUMLAH', value: '7' }, 'INVALID_INPUT', 'Jumlah pada butir A.II.4.i.a.1 harus berupa angka.'],
    ['A.II.4.i.a.1', { type: 'JUMLAH', value: Number.NaN }, 'INVALID_INPUT', 'Jawaban untuk butir A.II.4.i.a.1 tidak dikenali.'],
    ['B.I.a', { type: 'INDEKS', value: 4.5 }, 'INVALID_INPUT', 'Indeks IPAK harus antara 0 dan 4 (diisi 4,5).'],
    ['B.I.a', { type: 'INDEKS', value: -0.1 }, 'INVALID_INPUT', 'Indeks IPAK harus antara 0 dan 4 (diisi -0,1).'],
    ['B.II.a', { type: 'INDEKS', value: 4.01 }, 'INVALID_INPUT', 'Indeks IPKP harus antara 0 dan 4 (diisi 4,01).'],
    ['B.I.a', { type: 'INDEKS', value: 3.625 }, 'INVALID_INPUT', 'Indeks IPAK paling banyak dua angka di belakang koma (diisi 3,625).'],
    ['B.I.a', { type: 'ABCDE', value: 'A' }, 'INVALID_INPUT', 'Butir B.I.a dijawab dengan indeks survei, bukan A/B/C/D/E.'],
    ['B.I.b', { type: 'INDEKS', value: 3 }, 'INVALID_INPUT', 'Butir B.I.b dijawab dengan A/B/C/D/E, bukan indeks survei.'],
  ])('%s ← %j', (code, answer, errorCode, message) => {
    expect(checkAnswer(shippedTemplate(), code, answer)).toEqual({
      ok: false,
      error: { code: errorCode, message },
    });
  });
});

describe('answer schemas', () => {
  it.each([
    [{ type: 'YA_TIDAK', value: 'Ya' }, true],
    [{ type: 'YA_TIDAK', value: 1 }, false],
    [{ type: 'ABCD', value: 'E' }, false],
    [{ type: 'ABCDE', value: 'E' }, true],
    [{ type: 'JUMLAH', value: 3 }, true],
    [{ type: 'JUMLAH', value: -1 }, false],
    [{ type: 'JUMLAH', value: 1.5 }, false],
    [{ type: 'INDEKS', value: 3.6 }, true],
    [{ type: 'INDEKS', value: 4.2 }, false],
    [{ type: 'INDEKS', value: 3.333 }, false],
    [{ type: 'PERSEN', value: 0.5 }, false],
  ])('%j valid: %s', (answer, valid) => {
    expect(answerSchema.safeParse(answer).success).toBe(valid);
  });

  it('parses a stored record of answers', () => {
    const record = { 'A.I.1.i.a': { type: 'YA_TIDAK', value: 'Ya' }, 'B.I.a': { type: 'INDEKS', value: 3.6 } };
    expect(answersRecordSchema.parse(record)).toEqual(record);
  });
});

describe('parseDecimalInput reads numbers with the one Indonesian rule (shared/format parseAngka)', () => {
  it.each([
    ['3,6', 3.6],
    ['3.6', 3.6],
    [' 3,60 ', 3.6],
    ['4', 4],
    ['0', 0],
    ['-0', 0],
    ['-2', -2],
    ['+2,5', 2.5],
    ['1.234,5', 1234.5],
    ['1,234.5', 1234.5],
    ['1.234.567', 1234567],
    ['1.234', 1234], // dot thousands, as parseAngka reads it
    ['1,234', 1.234],
    ['0,75', 0.75],
  ])('%j → %d', (text, value) => {
    expect(parseDecimalInput(text)).toEqual({ ok: true, value });
  });

  it.each(['', '   ', 'abc', '3,6a', 'tiga', '3,', ',5', '1,2,3.4', '12.34.5', '1.2,3,4', '3 6', '--2', '1e3', 'NaN', '-'])(
    'refuses %j',
    (text) => {
      const result = parseDecimalInput(text);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('INVALID_INPUT');
    },
  );

  it('explains the refusal in Indonesian', () => {
    expect(parseDecimalInput('tiga koma enam')).toEqual({
      ok: false,
      error: { code: 'INVALID_INPUT', message: '"tiga koma enam" bukan angka yang valid; contoh penulisan: 3,6 atau 12.' },
    });
    expect(parseDecimalInput(' ')).toEqual({ ok: false, error: { code: 'INVALID_INPUT', message: 'Isian masih kosong.' } });
  });
});
