import { z } from 'zod';
import { canonicalGolonganPns, canonicalGolonganPppk, checkNomorInduk, normalizeNip } from '../format';
import { PAPER_SIZE_VALUES } from '../format/paper';
import { DEFAULT_PAGE_SETTINGS, DOCUMENT_FONTS, MARGIN_LABEL, MARGIN_RANGE_MM, type PageMarginsMm } from '../documents/page';
import { safeText } from '../schemas/common';

/**
 * Master data: the institution, its work units and its people. These schemas are the forms'
 * resolvers in the renderer and are checked again in main by every handler.
 */

export const ID_PATTERN = /^[a-z0-9][a-z0-9-]{2,63}$/;
export const idSchema = z.string().regex(ID_PATTERN, 'ID tidak valid.');

/** A trimmed text field with a required minimum and a hard maximum. */
export function teks(label: string, max: number, min = 1): z.ZodString {
  const base = safeText({ error: `${label} harus berupa teks.` }).trim();
  const bounded = base.max(max, `${label} paling banyak ${max} karakter.`);
  return min > 0 ? bounded.min(min, `${label} wajib diisi.`) : bounded;
}

export const JENIS_ASN = ['PNS', 'PPPK', 'NON_ASN'] as const;
export const jenisAsnSchema = z.enum(JENIS_ASN, { error: 'Jenis ASN harus PNS, PPPK atau Non-ASN.' });
export const JENIS_ASN_LABEL: Record<(typeof JENIS_ASN)[number], string> = {
  PNS: 'PNS',
  PPPK: 'PPPK',
  NON_ASN: 'Non-ASN',
};

export const JENIS_UNIT = ['DINAS_BADAN_KANTOR', 'KECAMATAN', 'UPT_LAINNYA'] as const;
export const jenisUnitSchema = z.enum(JENIS_UNIT, { error: 'Jenis unit tidak dikenal.' });
export const JENIS_UNIT_LABEL: Record<(typeof JENIS_UNIT)[number], string> = {
  DINAS_BADAN_KANTOR: 'Dinas/Badan/Kantor',
  KECAMATAN: 'Kecamatan',
  UPT_LAINNYA: 'UPT/lainnya',
};

/** Optional NIP field: empty string allowed, otherwise 18 digits (spaces ignored). */
const nipOptional = z
  .string()
  .trim()
  .max(40, 'NIP terlalu panjang.')
  .transform((v) => normalizeNip(v));

// ---------------------------------------------------------------- institution settings

export const logoRefSchema = z.object({
  hash: z.string().regex(/^[a-f0-9]{64}$/),
  mimeType: z.enum(['image/png', 'image/jpeg']),
  size: z.number().int().nonnegative(),
});
export type LogoRef = z.infer<typeof logoRefSchema>;

export const inspekturSchema = z
  .object({
    nama: teks('Nama Inspektur', 150, 0),
    nip: nipOptional,
    golongan: z.string().trim().max(10),
  })
  .superRefine((value, ctx) => {
    if (value.nip !== '') {
      const check = checkNomorInduk('PNS', value.nip);
      if (!check.ok) ctx.addIssue({ code: 'custom', path: ['nip'], message: check.message });
    }
    if (value.golongan !== '' && !canonicalGolonganPns(value.golongan)) {
      ctx.addIssue({ code: 'custom', path: ['golongan'], message: 'Pangkat/golongan tidak ada dalam daftar resmi.' });
    }
  });

/** One margin in millimetres, within the page standard's range. */
function marginMm(side: keyof PageMarginsMm): z.ZodNumber {
  const [min, max] = MARGIN_RANGE_MM[side];
  const label = MARGIN_LABEL[side];
  return z
    .number({ error: `${label} harus berupa angka (mm).` })
    .min(min, `${label} paling kecil ${min} mm.`)
    .max(max, `${label} paling besar ${max} mm.`);
}

/** The page margins of every document (shared/documents/page.ts), as the settings edit them. */
export const pageMarginsSchema = z.object({
  top: marginMm('top'),
  left: marginMm('left'),
  right: marginMm('right'),
  bottom: marginMm('bottom'),
});

/** The document family of every PDF. */
export const documentFontSchema = z.enum(DOCUMENT_FONTS, { error: 'Jenis huruf dokumen harus Arimo atau TeX Gyre Bonum.' });

/** What the *Pengaturan instansi* form edits. */
export const institutionInputSchema = z.object({
  pemerintahDaerah: teks('Pemerintah daerah', 120),
  namaInspektorat: teks('Nama Inspektorat', 120),
  alamat: teks('Alamat', 300, 0),
  kota: teks('Kota untuk tanggal surat', 60),
  inspektur: inspekturSchema,
  kertas: z.enum(PAPER_SIZE_VALUES, { error: 'Ukuran kertas harus A4 atau F4.' }),
  // Optional on input so older callers keep working: a save without them keeps the standard's defaults.
  margin: pageMarginsSchema.default({ ...DEFAULT_PAGE_SETTINGS.margins }),
  huruf: documentFontSchema.default(DEFAULT_PAGE_SETTINGS.font),
  alamatPemda: teks('Alamat Pemerintah Kabupaten', 300, 0).default(''),
});
export type InstitutionInput = z.input<typeof institutionInputSchema>;

/**
 * The institution as stored: plain fields, so a fresh data folder (nothing filled in yet) is a valid
 * document. The form rules live in {@link institutionInputSchema} and are checked on every save.
 */
export const institutionSchema = z.object({
  pemerintahDaerah: z.string(),
  namaInspektorat: z.string(),
  alamat: z.string(),
  kota: z.string(),
  inspektur: z.object({ nama: z.string(), nip: z.string(), golongan: z.string() }),
  kertas: z.enum(PAPER_SIZE_VALUES),
  margin: z.object({ top: z.number(), left: z.number(), right: z.number(), bottom: z.number() }),
  huruf: z.enum(DOCUMENT_FONTS),
  /** Address under "PEMERINTAH KABUPATEN …" in the Pemerintah Kabupaten kop. */
  alamatPemda: z.string(),
  logo: logoRefSchema.nullable(),
  /** The regency emblem of the Pemerintah Kabupaten kop (none: the logo is used). */
  lambang: logoRefSchema.nullable(),
});
export type Institution = z.infer<typeof institutionSchema>;

export function emptyInstitution(): Institution {
  return {
    pemerintahDaerah: '',
    namaInspektorat: '',
    alamat: '',
    kota: '',
    inspektur: { nama: '', nip: '', golongan: '' },
    kertas: 'F4',
    margin: { ...DEFAULT_PAGE_SETTINGS.margins },
    huruf: DEFAULT_PAGE_SETTINGS.font,
    alamatPemda: '',
    logo: null,
    lambang: null,
  };
}

// ---------------------------------------------------------------- work units

export const unitInputSchema = z
  .object({
    nama: teks('Nama unit kerja', 150),
    singkatan: teks('Singkatan', 30, 0),
    jenis: jenisUnitSchema,
    kepalaNama: teks('Nama kepala unit', 150, 0),
    kepalaNip: nipOptional,
    kepalaJabatan: teks('Jabatan kepala unit', 150, 0),
    afirmasi: z.boolean({ error: 'Afirmasi harus ya atau tidak.' }),
    /** Printed in the unit's kop on its pledges; without it they carry the Inspektorat kop. */
    alamat: teks('Alamat unit kerja', 300, 0).default(''),
  })
  .superRefine((value, ctx) => {
    if (value.kepalaNip !== '') {
      const check = checkNomorInduk('PNS', value.kepalaNip);
      if (!check.ok) ctx.addIssue({ code: 'custom', path: ['kepalaNip'], message: check.message });
    }
  });
export type UnitInput = z.input<typeof unitInputSchema>;

export const unitSchema = z.object({
  id: idSchema,
  nama: z.string(),
  singkatan: z.string(),
  jenis: jenisUnitSchema,
  kepalaNama: z.string(),
  kepalaNip: z.string(),
  kepalaJabatan: z.string(),
  afirmasi: z.boolean(),
  /** The unit's address for its kop ('' or absent in files written before it existed). */
  alamat: z.string().optional(),
  aktif: z.boolean(),
  dibuat: z.string(),
  diubah: z.string(),
});
export type Unit = z.infer<typeof unitSchema>;

// ---------------------------------------------------------------- people

/** Fields of a person, before the cross-field rules (used by the importer per row too). */
export const personFieldsSchema = z.object({
  nama: teks('Nama', 150),
  jenisAsn: jenisAsnSchema,
  nip: z.string({ error: 'NIP harus berupa teks.' }).trim().max(40, 'NIP terlalu panjang.'),
  golongan: z.string({ error: 'Pangkat/golongan harus berupa teks.' }).trim().max(20, 'Pangkat/golongan terlalu panjang.'),
  jabatan: teks('Jabatan', 150),
  unitId: z.string({ error: 'Pilih unit kerja.' }).regex(ID_PATTERN, 'Pilih unit kerja.'),
});

type PersonFields = z.infer<typeof personFieldsSchema>;

/** The NIP and golongan rules of DOMAIN.md §5 for each kind of employee, as zod issues. */
export function refinePerson(value: PersonFields, ctx: z.RefinementCtx, now: Date = new Date()): void {
  if (value.jenisAsn === 'NON_ASN') {
    if (value.golongan !== '') {
      ctx.addIssue({ code: 'custom', path: ['golongan'], message: 'Pegawai non-ASN tidak memiliki pangkat/golongan.' });
    }
    return;
  }
  const check = checkNomorInduk(value.jenisAsn, value.nip, now);
  if (!check.ok) ctx.addIssue({ code: 'custom', path: ['nip'], message: check.message });
  if (value.jenisAsn === 'PNS' && !canonicalGolonganPns(value.golongan)) {
    ctx.addIssue({ code: 'custom', path: ['golongan'], message: 'Pilih pangkat/golongan PNS dari daftar resmi (I/a–IV/e).' });
  }
  if (value.jenisAsn === 'PPPK' && !canonicalGolonganPppk(value.golongan)) {
    ctx.addIssue({ code: 'custom', path: ['golongan'], message: 'Golongan PPPK harus I sampai XVII.' });
  }
}

/** Stores NIP as digits and golongan in the list's spelling. */
function normalizePerson<T extends PersonFields>(value: T): T {
  const nip = normalizeNip(value.nip);
  const golongan =
    value.jenisAsn === 'PNS'
      ? (canonicalGolonganPns(value.golongan) ?? value.golongan)
      : value.jenisAsn === 'PPPK'
        ? (canonicalGolonganPppk(value.golongan) ?? value.golongan)
        : '';
  return { ...value, nip, golongan };
}

export const personInputSchema = personFieldsSchema.superRefine((v, ctx) => refinePerson(v, ctx)).transform(normalizePerson);
export type PersonInput = z.input<typeof personInputSchema>;

export const personSchema = z.object({
  id: idSchema,
  nama: z.string(),
  jenisAsn: jenisAsnSchema,
  nip: z.string(),
  golongan: z.string(),
  jabatan: z.string(),
  unitId: idSchema,
  aktif: z.boolean(),
  dibuat: z.string(),
  diubah: z.string(),
});
export type Person = z.infer<typeof personSchema>;

// ---------------------------------------------------------------- the master document

/** Version 2 added the page standard's margins and document family and the Pemkab kop (address, emblem) to the institution. */
export const MASTER_SCHEMA_VERSION = 2;

export const masterSchema = z.object({
  institution: institutionSchema,
  units: z.array(unitSchema),
  people: z.array(personSchema),
});
export type MasterData = z.infer<typeof masterSchema>;

export function emptyMaster(): MasterData {
  return { institution: emptyInstitution(), units: [], people: [] };
}

/** True while nothing was entered: no unit, no person, and the institution settings untouched (paper aside). */
export function isEmptyMaster(master: MasterData): boolean {
  const { institution: i } = master;
  const texts = [i.pemerintahDaerah, i.namaInspektorat, i.alamat, i.kota, i.inspektur.nama, i.inspektur.nip, i.inspektur.golongan];
  return master.units.length === 0 && master.people.length === 0 && i.logo === null && texts.every((text) => text === '');
}
