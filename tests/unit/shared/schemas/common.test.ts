import { describe, expect, it } from 'vitest';
import { teks } from '../../../../shared/masterdata/schemas';
import { safeText, sanitizeText } from '../../../../shared/schemas/common';

const HOSTILE: readonly [string, string][] = [
  // A right-to-left override makes "Budi Santoso" print as "Budi osotnaS".
  ['Budi \u202ESantoso', 'Budi Santoso'],
  // Isolates and marks around a NIP can reorder its digits on paper.
  ['\u2067198503122010012004\u2069', '198503122010012004'],
  ['1985\u200F0312\u200E2010\u061C012004', '198503122010012004'],
  ['\u202AKepala\u202B \u202CDinas\u202D\u2066\u2068', 'Kepala Dinas'],
  // C0 and C1 controls: NUL, bell, escape sequences, DEL, NEL, CSI.
  ['Siti\u0000 Nur\u0007haliza\u001B[31m', 'Siti Nurhaliza[31m'],
  ['Rina\u007F Fitri\u0085ani\u009B', 'Rina Fitriani'],
  ['Dewi\u000B\u000C Lestari', 'Dewi Lestari'],
];

const KEPT: readonly string[] = [
  'Dr. H. Ahmad Fauzi Fiktif, S.E., M.Si.',
  'I Gusti Ngurah Putu Ayu — Kec. Ciruas (2022)',
  "Ma'ruf Nur'aini; “Pakta” ‘Integritas’ «ZI» 100% & #1 / 2",
  'Café façade naïve Ñ ü ö é è ê ā ī ū ṭ ḍ ṣ',
  'Catatan baris satu\nbaris dua\r\n\tbutir berindentasi',
  'Spasi\u00A0tak\u00A0putus, titik tiga… tanda ± ° ²',
  'ZWJ\u200D dan ZWNJ\u200C tetap',
];

describe('sanitizeText', () => {
  it.each(HOSTILE)('strips control and bidi characters from %j', (input, expected) => {
    expect(sanitizeText(input)).toBe(expected);
  });

  it.each(KEPT)('keeps every letter, diacritic and punctuation mark of %j', (text) => {
    expect(sanitizeText(text)).toBe(text);
  });
});

describe('text schemas', () => {
  it('safeText strips before the other checks (a name of only bidi marks is empty)', () => {
    const schema = safeText().trim().min(1, 'wajib');
    expect(schema.parse(' \u202EBudi\u202C ')).toBe('Budi');
    expect(schema.safeParse('\u202E\u2066\u2069').success).toBe(false);
  });

  it('the master-data text fields (also used for imported rosters) are cleaned when stored', () => {
    expect(teks('Nama', 20).parse('Rina\u202E Fitriani')).toBe('Rina Fitriani');
    expect(teks('Nama', 5).safeParse('Rina\u200F\u200F\u200F\u200F').success).toBe(true);
  });
});
