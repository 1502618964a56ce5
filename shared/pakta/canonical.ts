import type { DeclarationParty, DeclarationRecord, PledgeRecord, PledgeText } from './types';

/**
 * Canonical content: the one string a verification code signs. It holds everything of a signed
 * document that must not change, as JSON with keys sorted at every level and no whitespace, so
 * the same record always gives the same bytes — on any machine, in any ZI Desk version that keeps
 * this format. Changing one byte of any field changes the string, hence its SHA-256, hence the
 * verification fails.
 *
 * Fields are picked explicitly (not spread from the record), so storage may add bookkeeping
 * fields to a record without invalidating codes already printed.
 */

/** A value already serialised by {@link canonicalJson}, written as it is. */
class CanonicalEncoded {
  constructor(readonly json: string) {}
}

/** A JSON value that canonicalises deterministically: no undefined, no NaN/Infinity. */
export type CanonicalValue = string | number | boolean | null | CanonicalEncoded | readonly CanonicalValue[] | { readonly [key: string]: CanonicalValue };

/** Version of the canonical layout; part of the content, so a future layout cannot collide. */
export const CANONICAL_FORMAT = 1;

/**
 * Serialises `value` as canonical JSON: object keys sorted by UTF-16 code units (as RFC 8785
 * does), arrays in order, strings and numbers as `JSON.stringify` writes them.
 * Throws a TypeError for values JSON cannot represent exactly (undefined, NaN, Infinity).
 */
export function canonicalJson(value: CanonicalValue): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError('canonicalJson: non-finite number');
    return JSON.stringify(value);
  }
  if (value instanceof CanonicalEncoded) return value.json;
  if (Array.isArray(value)) return `[${value.map((item: CanonicalValue) => canonicalJson(item)).join(',')}]`;
  if (typeof value === 'object') {
    const record = value as { readonly [key: string]: CanonicalValue };
    const keys = Object.keys(record).sort();
    const parts: string[] = [];
    for (const key of keys) {
      const item = record[key];
      if (item === undefined) throw new TypeError(`canonicalJson: undefined at "${key}"`);
      parts.push(`${JSON.stringify(key)}:${canonicalJson(item)}`);
    }
    return `{${parts.join(',')}}`;
  }
  throw new TypeError(`canonicalJson: unsupported value of type ${typeof value}`);
}

/** Fields of a pledge's wording signed under their own name (template id and version are signed apart). */
export type SignedPledgeTextField = Exclude<keyof PledgeText, 'templateId' | 'templateVersion'>;

/**
 * The signed fields of a pledge's wording, each with its canonical value: one table read by both
 * the canonical content (what a verification code signs) and the key of the stored text
 * ({@link pledgeTextCanonicalJson}), so a field cannot be signed by one and forgotten by the
 * other. The mapped type makes a {@link PledgeText} field missing here a compile error.
 */
const SIGNED_PLEDGE_TEXT: { readonly [K in SignedPledgeTextField]: (text: PledgeText) => CanonicalValue } = {
  title: (text) => text.title,
  opening: (text) => text.opening,
  identityRows: (text) => text.identityRows.map((row) => ({ field: row.field, label: row.label })),
  showNip: (text) => text.showNip,
  leadIn: (text) => text.leadIn,
  points: (text) => [...text.points],
  closing: (text) => text.closing,
  signerCaption: (text) => text.signerCaption,
  witnessCaption: (text) => text.witnessCaption,
};

/** The signed fields of a pledge's wording, in order. */
export const SIGNED_PLEDGE_TEXT_FIELDS = Object.keys(SIGNED_PLEDGE_TEXT) as readonly SignedPledgeTextField[];

/** The signed wording of a pledge, field by field from {@link SIGNED_PLEDGE_TEXT_FIELDS}. */
export function signedPledgeText(text: PledgeText): Record<SignedPledgeTextField, CanonicalValue> {
  const signed = {} as Record<SignedPledgeTextField, CanonicalValue>;
  for (const field of SIGNED_PLEDGE_TEXT_FIELDS) signed[field] = SIGNED_PLEDGE_TEXT[field](text);
  return signed;
}

/**
 * The signed wording, serialised once per frozen text object (a stored snapshot, which cannot
 * change): the records of a year share one stored text, and the start-up integrity check
 * serialises every record's content.
 */
const encodedTexts = new WeakMap<PledgeText, CanonicalEncoded>();

function encodedSignedText(text: PledgeText): CanonicalValue {
  if (!Object.isFrozen(text)) return signedPledgeText(text);
  let found = encodedTexts.get(text);
  if (!found) {
    found = new CanonicalEncoded(canonicalJson(signedPledgeText(text)));
    encodedTexts.set(text, found);
  }
  return found;
}

/**
 * Canonical JSON of a pledge's wording with its template id and version: main hashes it into the
 * key under which the year document stores the text (a pledge's `textRef`).
 */
export function pledgeTextCanonicalJson(text: PledgeText): string {
  return canonicalJson({ templateId: text.templateId, templateVersion: text.templateVersion, ...signedPledgeText(text) });
}

/**
 * Canonical content of a pledge: document id, template id/version and the exact rendered text,
 * the signer's identity snapshot, year, place, date, witness, signature kind and image hash.
 */
export function canonicalPledgeContent(pledge: PledgeRecord): string {
  const { text, signer, witness, signature } = pledge;
  return canonicalJson({
    kind: 'pakta-integritas',
    format: CANONICAL_FORMAT,
    id: pledge.id,
    template: { id: text.templateId, version: text.templateVersion },
    text: encodedSignedText(text),
    signer: {
      nama: signer.nama,
      jenisAsn: signer.jenisAsn,
      nip: signer.nip,
      pangkat: signer.pangkat,
      golongan: signer.golongan,
      jabatan: signer.jabatan,
      unitKerja: signer.unitKerja,
      instansi: signer.instansi,
    },
    year: pledge.year,
    place: pledge.place,
    date: pledge.date,
    // The witness's drawn signature is signed only when present, so records made before it keep
    // their canonical content (and their verification codes).
    witness: witness
      ? { nama: witness.nama, nip: witness.nip, jabatan: witness.jabatan, ...(witness.signatureSha256 ? { signatureSha256: witness.signatureSha256 } : {}) }
      : null,
    signature: { kind: signature.kind, imageSha256: signature.imageSha256 },
  });
}

function party(p: DeclarationParty): CanonicalValue {
  // The pangkat line is signed when printed; a party without one keeps the content (and the
  // verification codes) of records made before the field.
  return { jabatan: p.jabatan, nama: p.nama, nip: p.nip, ...(p.pangkat ? { pangkat: p.pangkat } : {}), signatureSha256: p.signatureSha256 };
}

/** Canonical content of a declaration: id, text, place, date, every signatory and witness. */
export function canonicalDeclarationContent(declaration: DeclarationRecord): string {
  const { text } = declaration;
  return canonicalJson({
    kind: 'deklarasi-zi',
    format: CANONICAL_FORMAT,
    id: declaration.id,
    template: { id: text.templateId, version: text.templateVersion },
    text: {
      title: [...text.title],
      opening: text.opening,
      points: [...text.points],
      closing: text.closing,
      signatoryCaption: text.signatoryCaption,
      witnessCaption: text.witnessCaption,
    },
    instansi: declaration.instansi,
    place: declaration.place,
    date: declaration.date,
    signatories: declaration.signatories.map(party),
    witnesses: declaration.witnesses.map(party),
  });
}

/** The document id inside canonical content (the `id` key), or null when it has none. */
export function canonicalDocumentId(content: string): string | null {
  try {
    const parsed: unknown = JSON.parse(content);
    if (typeof parsed === 'object' && parsed !== null && 'id' in parsed) {
      const id = (parsed as { id: unknown }).id;
      return typeof id === 'string' ? id : null;
    }
  } catch {
    return null;
  }
  return null;
}
