import type { DeclarationParty, DeclarationRecord, PledgeRecord } from './types';

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

/** A JSON value that canonicalises deterministically: no undefined, no NaN/Infinity. */
export type CanonicalValue = string | number | boolean | null | readonly CanonicalValue[] | { readonly [key: string]: CanonicalValue };

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
    text: {
      title: text.title,
      opening: text.opening,
      identityRows: text.identityRows.map((row) => ({ field: row.field, label: row.label })),
      showNip: text.showNip,
      leadIn: text.leadIn,
      points: [...text.points],
      closing: text.closing,
      signerCaption: text.signerCaption,
      witnessCaption: text.witnessCaption,
    },
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
    witness: witness ? { nama: witness.nama, nip: witness.nip, jabatan: witness.jabatan } : null,
    signature: { kind: signature.kind, imageSha256: signature.imageSha256 },
  });
}

function party(p: DeclarationParty): CanonicalValue {
  return { jabatan: p.jabatan, nama: p.nama, nip: p.nip, signatureSha256: p.signatureSha256 };
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
