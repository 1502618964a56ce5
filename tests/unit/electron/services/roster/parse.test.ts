import { describe, expect, it } from 'vitest';
import { parseCsvText, parseRoster } from '../../../../../electron/services/roster';
import { HEADER, csvText, row, xlsxBytes } from './fixtures';

const utf8 = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'utf8'));

describe('parseCsvText', () => {
  it('splits on ";" when the header uses it', () => {
    expect(parseCsvText('nama;nip\nBudi, S.E.;123\n')).toEqual([
      ['nama', 'nip'],
      ['Budi, S.E.', '123'],
    ]);
  });

  it('splits on "," when the header uses it', () => {
    expect(parseCsvText('nama,nip\r\nBudi;Santoso,123\r\n')).toEqual([
      ['nama', 'nip'],
      ['Budi;Santoso', '123'],
    ]);
  });

  it('reads quoted fields: separators, doubled quotes and line breaks inside', () => {
    expect(parseCsvText('a,b,c\n"Fauzi, S.E.","Kepala ""Bidang""","baris\nkedua"\n')).toEqual([
      ['a', 'b', 'c'],
      ['Fauzi, S.E.', 'Kepala "Bidang"', 'baris\nkedua'],
    ]);
  });

  it('drops a BOM, blank lines and a missing final line break', () => {
    expect(parseCsvText('\uFEFFa;b\n\n1;2\n;\n3;4')).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
    ]);
  });
});

describe('parseRoster', () => {
  it('maps header aliases in any order and case', async () => {
    const text = csvText([
      ['Unit Kerja', 'Jabatan', 'Gol/Ruang', 'Jenis ASN', 'NIP / NI PPPK', 'Nama Pegawai'],
      ['Bapenda', 'Analis', 'III/a', 'PNS', '198001012010011100', 'Budi'],
    ]);
    const parsed = await parseRoster('pegawai.CSV', utf8(text));
    expect(parsed.fileErrors).toEqual([]);
    expect(parsed.rows).toEqual([
      { row: 2, cells: { nama: 'Budi', nip: '198001012010011100', jenis: 'PNS', golongan: 'III/a', jabatan: 'Analis', unit: 'Bapenda' }, problems: [] },
    ]);
  });

  it('numbers rows as the spreadsheet does, blank rows included', async () => {
    const text = `${HEADER.join(';')}\n${row(1).join(';')}\n\n${row(2).join(';')}\n`;
    const parsed = await parseRoster('pegawai.csv', utf8(text));
    expect(parsed.rows.map((r) => r.row)).toEqual([2, 4]);
  });

  it('names the missing columns', async () => {
    const parsed = await parseRoster('pegawai.csv', utf8('nama;nip;jenis;jabatan\nBudi;1;PNS;Analis\n'));
    expect(parsed.rows).toEqual([]);
    expect(parsed.fileErrors).toHaveLength(1);
    expect(parsed.fileErrors[0]).toContain('Kolom wajib tidak ditemukan: pangkat/golongan, unit.');
  });

  it.each([
    ['=HYPERLINK("http://evil.example","klik")'],
    ['+62 812 0000'],
    ['@SUM(A1:A3)'],
    ['-2+3+cmd|"/C calc"!A0'],
    ['\t=1+1'],
  ])('flags the formula %j in a CSV cell', async (formula) => {
    const text = csvText([HEADER, row(1, { jabatan: formula })], ',');
    const parsed = await parseRoster('pegawai.csv', utf8(text));
    expect(parsed.rows[0]?.problems).toEqual(['Kolom jabatan: berisi rumus; isi dengan nilai biasa.']);
  });

  it('does not take a hyphenated or negative-looking plain value for a formula', async () => {
    const parsed = await parseRoster('pegawai.csv', utf8(csvText([HEADER, row(1, { golongan: '-' })])));
    expect(parsed.rows[0]?.problems).toEqual([]);
  });

  it('refuses a UTF-16 or binary file named .csv', async () => {
    const parsed = await parseRoster('pegawai.csv', new Uint8Array(Buffer.from(csvText([HEADER, row(1)]), 'utf16le')));
    expect(parsed.fileErrors).toEqual(['Berkas bukan CSV teks yang valid.']);
  });

  it('refuses other extensions and path-like names by extension', async () => {
    for (const name of ['pegawai.xls', 'pegawai.pdf', '../../etc/passwd', 'C:\\Windows\\win.ini', 'pegawai']) {
      const parsed = await parseRoster(name, utf8(csvText([HEADER, row(1)])));
      expect(parsed).toEqual({ rows: [], fileErrors: ['Jenis berkas tidak didukung. Gunakan .xlsx atau .csv.'] });
    }
  });

  it('reads an .xlsx: text, rich text, hyperlink text and numbers', async () => {
    const bytes = await xlsxBytes([
      HEADER,
      [{ richText: [{ text: 'Budi ' }, { text: 'Santoso' }] }, '198001012010011100', 'PNS', 'III/a', { text: 'Analis', hyperlink: 'http://contoh' }, 'Bapenda'],
      ['Sri', '198001022010011101', 'PPPK', 9, 'Pranata', 'Bapenda'],
    ]);
    const parsed = await parseRoster('pegawai.xlsx', bytes);
    expect(parsed.fileErrors).toEqual([]);
    expect(parsed.rows.map((r) => r.cells)).toEqual([
      { nama: 'Budi Santoso', nip: '198001012010011100', jenis: 'PNS', golongan: 'III/a', jabatan: 'Analis', unit: 'Bapenda' },
      { nama: 'Sri', nip: '198001022010011101', jenis: 'PPPK', golongan: '9', jabatan: 'Pranata', unit: 'Bapenda' },
    ]);
  });

  it('flags formula cells, numeric NIPs and Excel errors in an .xlsx', async () => {
    const bytes = await xlsxBytes([
      HEADER,
      [{ formula: 'HYPERLINK("http://evil.example","klik")', result: 'klik' }, '198001012010011100', 'PNS', 'III/a', 'Analis', 'Bapenda'],
      ['Numerik', 198001012010011100, 'PNS', 'III/a', 'Analis', 'Bapenda'],
      ['Galat', '198001032010011102', 'PNS', { error: '#N/A' }, 'Analis', 'Bapenda'],
    ]);
    const parsed = await parseRoster('pegawai.xlsx', bytes);
    expect(parsed.rows.map((r) => [r.row, r.problems])).toEqual([
      [2, ['Kolom nama: berisi rumus; isi dengan nilai biasa.']],
      [3, [expect.stringContaining('Kolom nip: angka terlalu panjang') as string]],
      [4, ['Kolom pangkat/golongan: berisi galat Excel.']],
    ]);
  });

  it('refuses random bytes named .xlsx and a broken zip', async () => {
    const junk = new Uint8Array(4096).map((_, i) => (i * 7919) % 251);
    expect((await parseRoster('pegawai.xlsx', junk)).fileErrors).toEqual(['Berkas bernama .xlsx tetapi isinya bukan buku kerja Excel.']);
    const zipLike = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...junk]);
    expect((await parseRoster('pegawai.xlsx', zipLike)).fileErrors[0]).toContain('bukan .xlsx yang valid atau rusak');
  });
});

describe('parseRoster, UTF-16 text', () => {
  it('reads a UTF-16 CSV that starts with its byte-order mark (little- and big-endian)', async () => {
    const text = csvText([HEADER, row(1, { nama: 'Siti Aisyah' })]);
    const little = new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const big = new Uint8Array(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]));
    for (const bytes of [little, big]) {
      const parsed = await parseRoster('pegawai.csv', bytes);
      expect(parsed.fileErrors).toEqual([]);
      expect(parsed.rows.map((r) => r.cells.nama)).toEqual(['Siti Aisyah']);
    }
  });
});
