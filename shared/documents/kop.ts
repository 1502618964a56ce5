import { DEFAULT_MARGINS_MM, mmToPt } from './page';

/**
 * Geometry of the kop surat and the letter page, in PDF points (1 pt = 1/72 in): one set of
 * numbers for the PDF engines (electron/services/pdf/layout.ts and kop.ts) and the settings
 * preview, which draws the same numbers in millimetres ({@link ptToMm}). The PDF is the reference;
 * the preview follows it.
 */

/** Millimetres per PDF point. */
export const MM_PER_PT = 25.4 / 72;

/** A length in points as millimetres. */
export function ptToMm(pt: number): number {
  return pt * MM_PER_PT;
}

/**
 * Default margins of every page in points: the page standard's (shared/documents/page.ts, top
 * 20 mm, left 30 mm, right 20 mm, bottom 20 mm); documents use the margins of the settings.
 */
export const LETTER_MARGINS_PT = {
  left: mmToPt(DEFAULT_MARGINS_MM.left),
  right: mmToPt(DEFAULT_MARGINS_MM.right),
  top: mmToPt(DEFAULT_MARGINS_MM.top),
  bottom: mmToPt(DEFAULT_MARGINS_MM.bottom),
} as const;

/** The kop surat: logo at the left, the lines centred, the double rule below. */
export const KOP = {
  /** The box the logo is fitted into (aspect ratio kept), and the gap between logo and text. */
  logo: { maxWidth: 62, maxHeight: 70, gap: 8 },
  /** Font sizes: "PEMERINTAH KABUPATEN …", the Inspektorat's name, the address. */
  fontSize: { pemerintah: 14, instansi: 16, alamat: 9.5 },
  /** Smallest size a long name line shrinks to before it wraps. */
  minFontSize: 10,
  /** Line height of the name lines, as a multiple of the font size. */
  lineHeight: 1.2,
  /** Space above the address and the distance between its lines. */
  alamat: { spaceAbove: 1, leading: 11.5 },
  /**
   * The double rule: the thick line's centre `offset` below the kop's text or logo, the thin one
   * `gap` below it (centre to centre); the letter continues `below` under the thick line's centre.
   */
  rule: { offset: 6, thick: 2.4, gap: 3.2, thin: 0.8, below: 4 },
} as const;

// ---------------------------------------------------------------- kop per document kind

/** The document kinds that carry a kop surat. */
export type KopDocumentKind = 'pakta' | 'piagam' | 'usulan' | 'lhe' | 'rekap' | 'pengantar';

/** Which kop a pledge template asks for: the signer's unit, the Pemerintah Kabupaten, or none. */
export const PLEDGE_KOP_VALUES = ['unit', 'pemkab', 'none'] as const;
export type PledgeKop = (typeof PLEDGE_KOP_VALUES)[number];
export const PLEDGE_KOP_LABEL: Record<PledgeKop, string> = {
  unit: 'Kop unit kerja penanda tangan (kop Inspektorat bila alamat unit belum diisi)',
  pemkab: 'Kop Pemerintah Kabupaten',
  none: 'Tanpa kop',
};
/** A template without the option prints the signer's unit kop. */
export const DEFAULT_PLEDGE_KOP: PledgeKop = 'unit';

/** One name line of a kop: the government's (smaller) or the issuing office's (larger). */
export interface KopLine {
  text: string;
  role: 'pemerintah' | 'instansi';
}

/** What a kop prints: its lines in capitals, the address, and which image sits at the left. */
export interface KopSpec {
  /** Whose kop it is. */
  owner: 'pemkab' | 'inspektorat' | 'unit';
  lines: KopLine[];
  alamat: string;
  /** The regency emblem (Pemkab kop), the institution's logo, or none. */
  logo: 'lambang' | 'logo' | null;
}

/** The settings and master data a kop is made of. */
export interface KopContext {
  institution: {
    pemerintahDaerah: string;
    namaInspektorat: string;
    alamat: string;
    /** Address of the Pemerintah Kabupaten (Sekretariat Daerah) for its kop. */
    alamatPemda: string;
    hasLogo: boolean;
    hasLambang: boolean;
  };
  /** Pledges: the template's choice (default the unit kop). */
  pledgeKop?: PledgeKop;
  /** Pledges: the signer's unit as the master data holds it. */
  unit?: { nama: string; alamat: string } | null;
}

function capitals(text: string): string {
  return text.trim().toLocaleUpperCase('id');
}

/**
 * The kop of each document kind (regional Tata Naskah Dinas): documents signed by the Bupati (the
 * Piagam, proposal letters) carry the Pemerintah Kabupaten kop — emblem, "PEMERINTAH KABUPATEN …",
 * its address; the Inspektorat's own documents (LHE, recap, cover letters) the Inspektorat kop; a
 * pledge what its template asks for: the signer's unit kop (the Inspektorat kop when the unit has
 * no address), the Pemkab kop, or none (null). Pure: the engines resolve the image and draw it.
 */
export function kopFor(kind: KopDocumentKind, context: KopContext): KopSpec | null {
  const { institution } = context;
  const pemkab = (): KopSpec => ({
    owner: 'pemkab',
    lines: [{ text: capitals(institution.pemerintahDaerah), role: 'instansi' }],
    alamat: institution.alamatPemda.trim(),
    logo: institution.hasLambang ? 'lambang' : institution.hasLogo ? 'logo' : null,
  });
  // An office of the regency: the government line above the office's name, the institution's logo.
  const office = (owner: 'inspektorat' | 'unit', nama: string, alamat: string): KopSpec => ({
    owner,
    lines: [
      { text: capitals(institution.pemerintahDaerah), role: 'pemerintah' },
      { text: capitals(nama), role: 'instansi' },
    ],
    alamat: alamat.trim(),
    logo: institution.hasLogo ? 'logo' : null,
  });
  const inspektorat = (): KopSpec => office('inspektorat', institution.namaInspektorat, institution.alamat);
  switch (kind) {
    case 'piagam':
    case 'usulan':
      return pemkab();
    case 'lhe':
    case 'rekap':
    case 'pengantar':
      return inspektorat();
    case 'pakta': {
      const choice = context.pledgeKop ?? DEFAULT_PLEDGE_KOP;
      if (choice === 'none') return null;
      if (choice === 'pemkab') return pemkab();
      const unit = context.unit;
      if (!unit || unit.alamat.trim() === '' || unit.nama.trim() === '') return inspektorat();
      return office('unit', unit.nama, unit.alamat);
    }
  }
}

/** The kop a pledge template version asks for (absent or unknown template: the unit kop). */
export function templateKop(templates: readonly { id: string; version: number; kop?: PledgeKop | undefined }[], templateId: string, version: number): PledgeKop {
  return templates.find((template) => template.id === templateId && template.version === version)?.kop ?? DEFAULT_PLEDGE_KOP;
}
