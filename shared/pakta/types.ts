import type { PledgeKop } from '../documents/kop';
import type { JenisAsn } from '../format/nip';

/**
 * Pakta Integritas and Pencanangan/Deklarasi as data (DOMAIN.md §4). A template is versioned
 * wording; a record is what was actually signed: a snapshot of the rendered text and of the
 * signer's identity, so later edits of the template or the roster never change a signed document.
 */

/** An identity row of the pledge table, in print order. */
export type IdentityField = 'nama' | 'nip' | 'pangkatGolongan' | 'jabatan' | 'instansiUnitKerja';

/** One row of the identity table: which field, and the label printed before the colon. */
export interface IdentityRow {
  field: IdentityField;
  label: string;
}

/** Variables a template may use as `{name}` in its wording. */
export const TEMPLATE_VARIABLES = ['instansi', 'unitKerja', 'tahun'] as const;
export type TemplateVariable = (typeof TEMPLATE_VARIABLES)[number];

/** Values for the variables of {@link TEMPLATE_VARIABLES}. */
export interface TemplateVars {
  /** "Pemerintah Kabupaten Serang". */
  instansi: string;
  /** "Dinas Kependudukan dan Pencatatan Sipil". */
  unitKerja?: string;
  /** Pledge year, "2022". */
  tahun?: number | string;
}

/** A versioned pledge template (PermenPANRB 49/2011 structure, our own wording). */
export interface PledgeTemplate {
  /** Stable across versions: 'pakta-asn', 'pakta-non-asn'. */
  id: string;
  /** 1, 2, … — editing the wording makes a new version. */
  version: number;
  /** Name shown in the UI. */
  name: string;
  /** Kinds of signer the template is meant for. */
  appliesTo: readonly JenisAsn[];
  title: string;
  /** "Saya yang bertanda tangan di bawah ini:". */
  opening: string;
  identityRows: readonly IdentityRow[];
  /** Whether the NIP is printed (false for non-ASN: no NIP and no Pangkat/Golongan row). */
  showNip: boolean;
  /** Sentence before the points; may use `{instansi}`. */
  leadIn: string;
  /** The numbered points, in order. */
  points: readonly string[];
  /** Closing sentence after the points ('' for none). */
  closing: string;
  /**
   * Whether wet-signed pledges of this template print the Meterai 10.000 box (absent: yes, as
   * versions before the option). Never printed for a drawn or scanned signature.
   */
  meterai?: boolean;
  /** The kop of its pledges: the signer's unit (absent: this), the Pemerintah Kabupaten, or none. */
  kop?: PledgeKop;
  /** Caption above the signer's signature: "Pembuat Pernyataan". */
  signerCaption: string;
  /** Caption above the witness's signature: "Menyaksikan". */
  witnessCaption: string;
}

/** The exact wording a pledge was signed with: the template with its variables filled in. */
export interface PledgeText {
  templateId: string;
  templateVersion: number;
  title: string;
  opening: string;
  identityRows: IdentityRow[];
  showNip: boolean;
  leadIn: string;
  points: string[];
  closing: string;
  signerCaption: string;
  witnessCaption: string;
}

/** Identity of the signer as it was when the pledge was made. */
export interface SignerSnapshot {
  nama: string;
  jenisAsn: JenisAsn;
  /** 18 digits without spaces, or '' (non-ASN, or a signer outside the roster without one). */
  nip: string;
  /** "Penata Tingkat I" for a PNS; '' otherwise. */
  pangkat: string;
  /** "III/d" for a PNS, "IX" for a PPPK; '' for non-ASN. */
  golongan: string;
  jabatan: string;
  /** "Dinas Kependudukan dan Pencatatan Sipil". */
  unitKerja: string;
  /** "Pemerintah Kabupaten Serang". */
  instansi: string;
}

/** The superior who witnesses the pledge ("Menyaksikan"). */
export interface WitnessSnapshot {
  nama: string;
  /** 18 digits without spaces, or ''. */
  nip: string;
  jabatan: string;
  /**
   * SHA-256 (hex) of the witness's drawn signature image; absent when the witness signs by hand
   * (and in every record made before the witness could draw).
   */
  signatureSha256?: string;
}

/** How the pledge is signed: drawn on a canvas, an uploaded scan, or by hand on paper. */
export type SignatureKind = 'drawn' | 'uploaded' | 'wet';

/** The signature as recorded: its kind and the SHA-256 (hex) of the image bytes, if any. */
export interface SignatureSnapshot {
  kind: SignatureKind;
  imageSha256: string | null;
}

/** A stored pledge: everything the PDF and its verification code are built from. */
export interface PledgeRecord {
  /** Document id: letters, digits, '-' and '_' only (it appears in the QR payload). */
  id: string;
  year: number;
  /** Place of signing, "Serang". */
  place: string;
  /** Date of signing, `YYYY-MM-DD`. */
  date: string;
  text: PledgeText;
  signer: SignerSnapshot;
  witness: WitnessSnapshot | null;
  signature: SignatureSnapshot;
}

// ---------------------------------------------------------------- pencanangan / deklarasi

/** Wording of a Piagam/Deklarasi Pencanangan. */
export interface DeclarationTemplate {
  id: string;
  version: number;
  name: string;
  /** Title lines; may use `{instansi}` (printed in capitals). */
  title: readonly string[];
  /** Opening paragraph; may use `{instansi}`, `{hariTanggal}` (in words) and `{tempat}`. */
  opening: string;
  points: readonly string[];
  closing: string;
  signatoryCaption: string;
  witnessCaption: string;
}

/** The exact wording a declaration was signed with. */
export interface DeclarationText {
  templateId: string;
  templateVersion: number;
  title: string[];
  opening: string;
  points: string[];
  closing: string;
  signatoryCaption: string;
  witnessCaption: string;
}

/** A signatory or witness of a declaration. */
export interface DeclarationParty {
  /** "Bupati Serang". */
  jabatan: string;
  nama: string;
  /** 18 digits without spaces, or '' (elected officials, outside parties). */
  nip: string;
  /** "Pembina Utama Muda, IV/c", printed under the name; absent or '' for none. */
  pangkat?: string;
  /** SHA-256 (hex) of the signature image, or null for a wet signature. */
  signatureSha256: string | null;
}

/** A stored declaration (pencanangan event) with its signatories and witnesses. */
export interface DeclarationRecord {
  id: string;
  /** "Pemerintah Kabupaten Serang". */
  instansi: string;
  place: string;
  /** `YYYY-MM-DD`. */
  date: string;
  text: DeclarationText;
  signatories: DeclarationParty[];
  witnesses: DeclarationParty[];
}
