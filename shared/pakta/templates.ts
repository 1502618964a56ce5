import { PLEDGE_KOP_VALUES } from '../documents/kop';
import { z } from 'zod';
import type { JenisAsn } from '../format/nip';
import { AppFailure } from '../result';
import { formatHariTanggalTerbilang } from './terbilang';
import {
  TEMPLATE_VARIABLES,
  type DeclarationTemplate,
  type DeclarationText,
  type IdentityRow,
  type PledgeTemplate,
  type PledgeText,
  type TemplateVars,
} from './types';

/**
 * Pledge and declaration wording as versioned data. The structure follows PermenPANRB 49/2011
 * (Pedoman Umum Pakta Integritas) as summarised in DOMAIN.md §4; the sentences are our own.
 * A signed record stores the rendered text (see {@link renderTemplateText}), so changing a
 * template here, or an edited copy in storage, never alters a pledge already signed.
 */

const ROW_NAMA: IdentityRow = { field: 'nama', label: 'Nama' };
const ROW_NIP: IdentityRow = { field: 'nip', label: 'NIP' };
const ROW_PANGKAT: IdentityRow = { field: 'pangkatGolongan', label: 'Pangkat/Golongan' };
const ROW_JABATAN: IdentityRow = { field: 'jabatan', label: 'Jabatan' };
const ROW_INSTANSI: IdentityRow = { field: 'instansiUnitKerja', label: 'Instansi/Unit Kerja' };

/**
 * The seven commitments of DOMAIN.md §4, in its order: (1) active part against KKN, no disgraceful
 * conduct; (2) no bribes, gifts or other undue benefits, directly or not; (3) transparent, honest,
 * objective, accountable; (4) no conflicts of interest; (5) an example of obeying the law to
 * subordinates and colleagues; (6) reporting integrity violations and keeping witnesses'
 * identity confidential; (7) accepting the consequences of a breach.
 */
const SEVEN_POINTS: readonly string[] = [
  'Turut berperan aktif dalam mencegah dan memberantas korupsi, kolusi, dan nepotisme, serta menjauhkan diri dari setiap perbuatan tercela;',
  'Tidak meminta dan tidak menerima, baik secara langsung maupun melalui perantara, suap, gratifikasi, hadiah, atau keuntungan dalam bentuk apa pun yang bertentangan dengan ketentuan peraturan perundang-undangan;',
  'Menjalankan tugas secara terbuka, jujur, objektif, dan dapat dipertanggungjawabkan;',
  'Mencegah dan menghindari benturan kepentingan dalam setiap pelaksanaan tugas dan pengambilan keputusan;',
  'Menjadi teladan dalam menaati peraturan perundang-undangan, terutama bagi bawahan dan rekan kerja di lingkungan kerja saya;',
  'Melaporkan setiap pelanggaran integritas yang saya ketahui di lingkungan {instansi} serta menjaga kerahasiaan identitas saksi atas pelanggaran yang dilaporkan;',
  'Bersedia menerima segala konsekuensi sesuai ketentuan peraturan perundang-undangan apabila saya melanggar salah satu pernyataan tersebut di atas.',
];

const LEAD_IN =
  'Dalam rangka membangun Zona Integritas menuju Wilayah Bebas dari Korupsi (WBK) dan Wilayah Birokrasi Bersih dan Melayani (WBBM) di lingkungan {instansi}, dengan ini saya menyatakan bahwa saya akan:';

const CLOSING =
  'Demikian Pakta Integritas ini saya buat dengan sungguh-sungguh, dalam keadaan sadar, dan tanpa paksaan dari pihak mana pun.';

/** Pakta Integritas for ASN (PNS and PPPK), version 1. */
export const PAKTA_ASN_V1: PledgeTemplate = {
  id: 'pakta-asn',
  version: 1,
  name: 'Pakta Integritas ASN (PNS/PPPK)',
  appliesTo: ['PNS', 'PPPK'],
  title: 'PAKTA INTEGRITAS',
  opening: 'Saya yang bertanda tangan di bawah ini:',
  identityRows: [ROW_NAMA, ROW_NIP, ROW_PANGKAT, ROW_JABATAN, ROW_INSTANSI],
  showNip: true,
  leadIn: LEAD_IN,
  points: SEVEN_POINTS,
  closing: CLOSING,
  signerCaption: 'Pembuat Pernyataan',
  witnessCaption: 'Menyaksikan',
};

/** Pakta Integritas for non-ASN staff, version 1: no NIP and no Pangkat/Golongan rows. */
export const PAKTA_NON_ASN_V1: PledgeTemplate = {
  ...PAKTA_ASN_V1,
  id: 'pakta-non-asn',
  name: 'Pakta Integritas Non-ASN',
  appliesTo: ['NON_ASN'],
  identityRows: [ROW_NAMA, ROW_JABATAN, ROW_INSTANSI],
  showNip: false,
};

/** Every built-in pledge template, every version. */
export const PLEDGE_TEMPLATES: readonly PledgeTemplate[] = [PAKTA_ASN_V1, PAKTA_NON_ASN_V1];

/** The template with this id: the given version, or the newest one. Undefined when unknown. */
export function findPledgeTemplate(
  id: string,
  version?: number,
  templates: readonly PledgeTemplate[] = PLEDGE_TEMPLATES,
): PledgeTemplate | undefined {
  const matching = templates.filter((t) => t.id === id && (version === undefined || t.version === version));
  return matching.reduce<PledgeTemplate | undefined>((best, t) => (!best || t.version > best.version ? t : best), undefined);
}

/** The newest built-in template meant for this kind of signer. */
export function pledgeTemplateFor(jenisAsn: JenisAsn, templates: readonly PledgeTemplate[] = PLEDGE_TEMPLATES): PledgeTemplate {
  const id = jenisAsn === 'NON_ASN' ? PAKTA_NON_ASN_V1.id : PAKTA_ASN_V1.id;
  return findPledgeTemplate(id, undefined, templates) ?? (jenisAsn === 'NON_ASN' ? PAKTA_NON_ASN_V1 : PAKTA_ASN_V1);
}

/**
 * A new version of `template` with some wording changed: same id, version + 1. Pure; the caller
 * stores it next to the older versions (which signed pledges keep referring to).
 */
export function nextTemplateVersion(
  template: PledgeTemplate,
  changes: Partial<Omit<PledgeTemplate, 'id' | 'version'>>,
): PledgeTemplate {
  return { ...template, ...changes, id: template.id, version: template.version + 1 };
}

const PLACEHOLDER = /\{([a-zA-Z]+)\}/g;

/** Placeholder names used in `text` that are not template variables. */
export function unknownPlaceholders(text: string, allowed: readonly string[] = TEMPLATE_VARIABLES): string[] {
  const unknown: string[] = [];
  for (const match of text.matchAll(PLACEHOLDER)) {
    const name = match[1] ?? '';
    if (!allowed.includes(name) && !unknown.includes(name)) unknown.push(name);
  }
  return unknown;
}

/**
 * Replaces `{name}` placeholders with `vars`. An unknown placeholder or a variable without a value
 * is an `AppFailure('INVALID_INPUT')`: a pledge must never be signed with a visible `{…}`.
 */
export function fillPlaceholders(text: string, vars: Readonly<Record<string, string | number | undefined>>): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    const value = vars[name];
    if (value === undefined || String(value).trim() === '') {
      throw new AppFailure('INVALID_INPUT', `Isian {${name}} pada templat belum memiliki nilai.`);
    }
    return String(value).trim();
  });
}

/**
 * The exact text a pledge is signed with: `template` with `{instansi}`, `{unitKerja}` and
 * `{tahun}` filled in. The result is what a {@link PledgeRecord} stores.
 *
 * @example renderTemplateText(PAKTA_ASN_V1, { instansi: 'Pemerintah Kabupaten Serang' }).leadIn
 *   // "Dalam rangka membangun Zona Integritas … di lingkungan Pemerintah Kabupaten Serang, …"
 */
export function renderTemplateText(template: PledgeTemplate, vars: TemplateVars): PledgeText {
  const values: Record<string, string | number | undefined> = {
    instansi: vars.instansi,
    unitKerja: vars.unitKerja,
    tahun: vars.tahun,
  };
  const fill = (text: string): string => fillPlaceholders(text, values);
  return {
    templateId: template.id,
    templateVersion: template.version,
    title: fill(template.title),
    opening: fill(template.opening),
    identityRows: template.identityRows.map((row) => ({ field: row.field, label: row.label })),
    showNip: template.showNip,
    leadIn: fill(template.leadIn),
    points: template.points.map(fill),
    closing: fill(template.closing),
    signerCaption: fill(template.signerCaption),
    witnessCaption: fill(template.witnessCaption),
  };
}

const templateText = (label: string, max: number) =>
  z
    .string()
    .trim()
    .min(1, `${label} wajib diisi.`)
    .max(max, `${label} paling banyak ${max} karakter.`)
    .refine((text) => unknownPlaceholders(text).length === 0, {
      message: `${label} memuat isian {…} yang tidak dikenal (gunakan {instansi}, {unitKerja} atau {tahun}).`,
    });

/** Validates an edited pledge template before it is stored as a new version. */
export const pledgeTemplateSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{2,63}$/, 'ID templat tidak valid.'),
  version: z.number().int().positive(),
  name: templateText('Nama templat', 120),
  appliesTo: z.array(z.enum(['PNS', 'PPPK', 'NON_ASN'])).min(1, 'Pilih minimal satu jenis pegawai.'),
  title: templateText('Judul', 120),
  opening: templateText('Kalimat pembuka', 300),
  identityRows: z
    .array(
      z.object({
        field: z.enum(['nama', 'nip', 'pangkatGolongan', 'jabatan', 'instansiUnitKerja']),
        label: templateText('Label identitas', 60),
      }),
    )
    .min(1, 'Tabel identitas minimal berisi nama.'),
  showNip: z.boolean(),
  leadIn: templateText('Kalimat pengantar', 600),
  points: z.array(templateText('Butir pernyataan', 600)).min(1, 'Minimal satu butir pernyataan.').max(12, 'Paling banyak 12 butir pernyataan.'),
  closing: z.string().trim().max(600, 'Kalimat penutup paling banyak 600 karakter.'),
  signerCaption: templateText('Keterangan penanda tangan', 60),
  witnessCaption: templateText('Keterangan saksi', 60),
  meterai: z.boolean().optional(),
  kop: z.enum(PLEDGE_KOP_VALUES, { error: 'Pilihan kop tidak dikenal.' }).optional(),
});

// ---------------------------------------------------------------- pencanangan / deklarasi

/** Piagam Pencanangan Pembangunan Zona Integritas menuju WBK/WBBM, version 1. */
export const PIAGAM_PENCANANGAN_V1: DeclarationTemplate = {
  id: 'piagam-pencanangan',
  version: 1,
  name: 'Piagam Pencanangan Pembangunan Zona Integritas',
  title: [
    'PIAGAM PENCANANGAN',
    'PEMBANGUNAN ZONA INTEGRITAS',
    'MENUJU WILAYAH BEBAS DARI KORUPSI (WBK) DAN',
    'WILAYAH BIROKRASI BERSIH DAN MELAYANI (WBBM)',
    'DI LINGKUNGAN {instansi}',
  ],
  opening:
    'Pada hari ini {hariTanggal}, bertempat di {tempat}, kami yang bertanda tangan di bawah ini, pimpinan dan jajaran {instansi}, dengan penuh kesadaran dan tanggung jawab mencanangkan Pembangunan Zona Integritas menuju Wilayah Bebas dari Korupsi dan Wilayah Birokrasi Bersih dan Melayani, serta menyatakan tekad untuk:',
  points: [
    'Membangun budaya kerja yang bersih, jujur, dan bebas dari korupsi, kolusi, dan nepotisme di seluruh unit kerja;',
    'Melaksanakan perubahan pada manajemen perubahan, penataan tatalaksana, penataan sistem manajemen sumber daya manusia aparatur, penguatan akuntabilitas, penguatan pengawasan, dan peningkatan kualitas pelayanan publik secara sungguh-sungguh dan berkelanjutan;',
    'Memberikan pelayanan publik yang cepat, mudah, terjangkau, dan tanpa pungutan di luar ketentuan;',
    'Membuka akses informasi serta menindaklanjuti setiap pengaduan masyarakat secara tuntas dan bertanggung jawab.',
  ],
  closing: 'Piagam ini ditandatangani sebagai wujud komitmen bersama dan menjadi pedoman bagi seluruh aparatur di lingkungan {instansi}.',
  signatoryCaption: 'Yang mencanangkan',
  witnessCaption: 'Saksi-saksi',
};

/** Every built-in declaration template. */
export const DECLARATION_TEMPLATES: readonly DeclarationTemplate[] = [PIAGAM_PENCANANGAN_V1];

/** Values for a declaration's placeholders. */
export interface DeclarationVars {
  instansi: string;
  /** Place of the ceremony, "Serang". */
  tempat: string;
  /** Date of the ceremony, `YYYY-MM-DD`. */
  tanggal: string;
}

/**
 * The exact text of a declaration: `{instansi}` (in capitals inside the title), `{tempat}` and
 * `{hariTanggal}` ("Kamis tanggal dua puluh tiga bulan Juni tahun dua ribu dua puluh dua").
 */
export function renderDeclarationText(template: DeclarationTemplate, vars: DeclarationVars): DeclarationText {
  const allowed = ['instansi', 'tempat', 'hariTanggal'];
  const values: Record<string, string> = {
    instansi: vars.instansi,
    tempat: vars.tempat,
    hariTanggal: formatHariTanggalTerbilang(vars.tanggal),
  };
  const fill = (text: string): string => {
    const unknown = unknownPlaceholders(text, allowed);
    if (unknown.length > 0) throw new AppFailure('INVALID_INPUT', `Isian {${unknown[0] ?? ''}} pada templat tidak dikenal.`);
    return fillPlaceholders(text, values);
  };
  return {
    templateId: template.id,
    templateVersion: template.version,
    title: template.title.map((line) => fillPlaceholders(line, { ...values, instansi: vars.instansi.toUpperCase() })),
    opening: fill(template.opening),
    points: template.points.map(fill),
    closing: fill(template.closing),
    signatoryCaption: fill(template.signatoryCaption),
    witnessCaption: fill(template.witnessCaption),
  };
}
