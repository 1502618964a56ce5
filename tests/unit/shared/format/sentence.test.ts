import { describe, expect, it } from 'vitest';
import { endSentence } from '../../../../shared/format';

describe('endSentence', () => {
  it.each([
    ['Terakhir disimpan oleh Siti Rahmawati, S.E.', 'Terakhir disimpan oleh Siti Rahmawati, S.E.'],
    ['Dibuat oleh Dr. Ahmad Fauzi, M.Si.', 'Dibuat oleh Dr. Ahmad Fauzi, M.Si.'],
    ['Dibuat oleh Budi Santoso', 'Dibuat oleh Budi Santoso.'],
    ['Dibuat oleh Budi Santoso, S.H', 'Dibuat oleh Budi Santoso, S.H.'],
    ['Sudah selesai?', 'Sudah selesai?'],
    ['Disimpan oleh Siti Rahmawati, S.E.  ', 'Disimpan oleh Siti Rahmawati, S.E.'],
  ])('%j → %j', (text, sentence) => {
    expect(endSentence(text)).toBe(sentence);
  });

  it('never prints a double full stop after a name with a title', () => {
    expect(endSentence('oleh Siti Rahmawati, S.E.')).not.toContain('..');
  });
});
