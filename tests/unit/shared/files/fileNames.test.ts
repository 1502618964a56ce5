import { describe, expect, it } from 'vitest';
import { MAX_FILE_NAME_LENGTH, safeFileName, savedDocumentName } from '../../../../shared/files/fileNames';

describe('safeFileName', () => {
  it.each([
    ['keeps a real Indonesian name', 'Pakta Integritas 2022 – Budi Santoso', 'Pakta Integritas 2022 - Budi Santoso.pdf'],
    ['keeps letters outside ASCII', 'Laporan Dinas Pendidikan – Ña Ĝita', 'Laporan Dinas Pendidikan - Ña Ĝita.pdf'],
    ['turns separators into hyphens', 'SK 800/12\\2022', 'SK 800-12-2022.pdf'],
    ['removes <>:"|?*', 'Rekap: "final" <v2> | a?b*', 'Rekap final v2 a b.pdf'],
    ['removes control characters', 'Budi\u0000\u001fSantoso\u007f', 'Budi Santoso.pdf'],
    ['removes trailing dots and spaces', 'Laporan Tahun 2022. . .  ', 'Laporan Tahun 2022.pdf'],
    ['prefixes a reserved device name', 'CON', '_CON.pdf'],
    ['prefixes a reserved name in any case', 'lpt9', '_lpt9.pdf'],
    ['prefixes a reserved name followed by an extension-like part', 'aux.tahun', '_aux.tahun.pdf'],
    ['prefixes COM1', 'COM1', '_COM1.pdf'],
    ['keeps names that only start like a device', 'CONTOH Laporan', 'CONTOH Laporan.pdf'],
    ['falls back when nothing is left', ' ?*. ', 'Dokumen.pdf'],
  ])('%s', (_rule, input, expected) => {
    expect(safeFileName(input, 'pdf')).toBe(expected);
  });

  it('caps the length, extension included, without a trailing space or a split surrogate pair', () => {
    const name = safeFileName(`${'Laporan Hasil Evaluasi '.repeat(10)}😀😀`, '.pdf');
    expect(name.length).toBeLessThanOrEqual(MAX_FILE_NAME_LENGTH);
    expect(name).toMatch(/[^ .]\.pdf$/);
    expect(name).not.toMatch(/[\ud800-\udbff]\.pdf$/);
    const emoji = safeFileName(`${'a'.repeat(115)}😀`, 'pdf');
    expect(emoji).toBe(`${'a'.repeat(115)}.pdf`);
    expect(safeFileName(`${'a'.repeat(114)}😀`, 'pdf')).toBe(`${'a'.repeat(114)}😀.pdf`);
  });

  it('cleans the extension and allows none', () => {
    expect(safeFileName('Bukti', '.P/DF')).toBe('Bukti.pdf');
    expect(safeFileName('Bukti', '')).toBe('Bukti');
  });
});

describe('savedDocumentName', () => {
  it.each([
    ['a pledge', { title: 'Pakta Integritas 2022 – Budi Santoso', fileName: '198503122010012004_Budi Santoso.pdf' }, 'Pakta Integritas 2022 - Budi Santoso.pdf'],
    [
      'an LHE',
      { title: 'Laporan Hasil Evaluasi ZI Dinas Kependudukan dan Pencatatan Sipil Tahun 2022', fileName: 'LHE-ZI-Disdukcapil-2022.pdf' },
      'Laporan Hasil Evaluasi ZI Dinas Kependudukan dan Pencatatan Sipil Tahun 2022.pdf',
    ],
    ['the recap', { title: 'Rekapitulasi Hasil Evaluasi Zona Integritas Tahun 2022', fileName: 'Rekap-Evaluasi-ZI-2022.pdf' }, 'Rekapitulasi Hasil Evaluasi Zona Integritas Tahun 2022.pdf'],
    [
      'a Piagam',
      { title: 'Piagam Pencanangan Pembangunan Zona Integritas (12 Januari 2022)', fileName: 'Piagam Pencanangan - 2022-01-12.pdf' },
      'Piagam Pencanangan Pembangunan Zona Integritas (12 Januari 2022).pdf',
    ],
    [
      'a batch',
      { title: 'Pakta Integritas 2022 – semua unit (25 pegawai, 12 Januari 2022)', fileName: 'Pakta Integritas 2022 - semua unit.pdf' },
      'Pakta Integritas 2022 - semua unit (25 pegawai, 12 Januari 2022).pdf',
    ],
    [
      'a per-employee file of a batch',
      { title: '198503122010012004_Rina Contoh Fiktif.pdf', fileName: '198503122010012004_Rina Contoh Fiktif.pdf', batchTitle: 'Pakta Integritas 2022 – semua unit (2 pegawai, 1 Maret 2022)' },
      'Pakta Integritas 2022 - Rina Contoh Fiktif.pdf',
    ],
    [
      'a per-employee file without a NIP, made unique',
      { title: 'x', fileName: 'Rina Contoh (2).pdf', batchTitle: 'Pakta Integritas 2023 – Dinkes (2 pegawai, 1 Maret 2023)' },
      'Pakta Integritas 2023 - Rina Contoh (2).pdf',
    ],
    ['a title that is a reserved name', { title: 'nul', fileName: 'x.pdf' }, '_nul.pdf'],
    ['an empty title', { title: '   ', fileName: 'LHE-ZI-Dinkes-2022.pdf' }, 'LHE-ZI-Dinkes-2022.pdf'],
  ])('%s', (_kind, document, expected) => {
    expect(savedDocumentName(document)).toBe(expected);
  });
});
