import { describe, expect, it } from 'vitest';
import { keepTitlesTogether } from '../../../../shared/format/name';

describe('keepTitlesTogether', () => {
  it.each([
    ['Dr. Bambang Rekaan Santoso, S.H., M.H.', 'Dr. Bambang Rekaan Santoso, S.H.,\u00a0M.H.'],
    ['Hj. Ratna  Fiktif,  S.E., M.M., Ph.D.', 'Hj. Ratna Fiktif, S.E.,\u00a0M.M.,\u00a0Ph.D.'],
    ['Drs. Ahmad Fiktif Suryadi, M.Si.', 'Drs. Ahmad Fiktif Suryadi, M.Si.'],
    ['K.H. Abdul Karim Khayal', 'K.H. Abdul Karim Khayal'],
    // A comma inside the name is not a run of titles: spaces stay breakable.
    ['Karim, Abdul, S.H.', 'Karim, Abdul, S.H.'],
  ])('%s', (name, expected) => {
    expect(keepTitlesTogether(name)).toBe(expected);
  });
});
