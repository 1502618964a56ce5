import type { PledgeRecord } from '../../../../shared/pakta/types';

/**
 * One-byte changes of every stored field of a pledge, for the "any change must fail
 * verification" tables. Strings get one character replaced by its neighbour (one byte for ASCII).
 */

/** Replaces the character at `index` (default: the middle one) with the next code point. */
export function oneByte(text: string, index = Math.floor(text.length / 2)): string {
  const code = text.charCodeAt(index);
  return `${text.slice(0, index)}${String.fromCharCode(code === 0x7e ? 0x7d : code + 1)}${text.slice(index + 1)}`;
}

type Mutation = [field: string, change: (record: PledgeRecord) => PledgeRecord];

/** Every stored field of a pledge (that has a witness and a signature hash), changed by one byte. */
export const PLEDGE_MUTATIONS: readonly Mutation[] = [
  ['id', (r) => ({ ...r, id: oneByte(r.id, r.id.length - 1) })],
  ['year', (r) => ({ ...r, year: r.year + 1 })],
  ['place', (r) => ({ ...r, place: oneByte(r.place) })],
  ['date', (r) => ({ ...r, date: r.date.replace(/3$/, '4') })],
  ['text.templateId', (r) => ({ ...r, text: { ...r.text, templateId: oneByte(r.text.templateId) } })],
  ['text.templateVersion', (r) => ({ ...r, text: { ...r.text, templateVersion: r.text.templateVersion + 1 } })],
  ['text.title', (r) => ({ ...r, text: { ...r.text, title: oneByte(r.text.title) } })],
  ['text.opening', (r) => ({ ...r, text: { ...r.text, opening: oneByte(r.text.opening) } })],
  ['text.identityRows', (r) => ({ ...r, text: { ...r.text, identityRows: r.text.identityRows.map((row, i) => (i === 0 ? { ...row, label: oneByte(row.label) } : row)) } })],
  ['text.showNip', (r) => ({ ...r, text: { ...r.text, showNip: !r.text.showNip } })],
  ['text.leadIn', (r) => ({ ...r, text: { ...r.text, leadIn: oneByte(r.text.leadIn) } })],
  ...[0, 1, 2, 3, 4, 5, 6].map(
    (n): Mutation => [`text.points[${n}]`, (r) => ({ ...r, text: { ...r.text, points: r.text.points.map((p, i) => (i === n ? oneByte(p) : p)) } })],
  ),
  ['text.closing', (r) => ({ ...r, text: { ...r.text, closing: oneByte(r.text.closing) } })],
  ['text.signerCaption', (r) => ({ ...r, text: { ...r.text, signerCaption: oneByte(r.text.signerCaption) } })],
  ['text.witnessCaption', (r) => ({ ...r, text: { ...r.text, witnessCaption: oneByte(r.text.witnessCaption) } })],
  ['signer.nama', (r) => ({ ...r, signer: { ...r.signer, nama: oneByte(r.signer.nama) } })],
  ['signer.jenisAsn', (r) => ({ ...r, signer: { ...r.signer, jenisAsn: 'PPPK' } })],
  ['signer.nip', (r) => ({ ...r, signer: { ...r.signer, nip: oneByte(r.signer.nip, 17) } })],
  ['signer.pangkat', (r) => ({ ...r, signer: { ...r.signer, pangkat: oneByte(r.signer.pangkat) } })],
  ['signer.golongan', (r) => ({ ...r, signer: { ...r.signer, golongan: oneByte(r.signer.golongan, r.signer.golongan.length - 1) } })],
  ['signer.jabatan', (r) => ({ ...r, signer: { ...r.signer, jabatan: oneByte(r.signer.jabatan) } })],
  ['signer.unitKerja', (r) => ({ ...r, signer: { ...r.signer, unitKerja: oneByte(r.signer.unitKerja) } })],
  ['signer.instansi', (r) => ({ ...r, signer: { ...r.signer, instansi: oneByte(r.signer.instansi) } })],
  ['witness.nama', (r) => ({ ...r, witness: r.witness && { ...r.witness, nama: oneByte(r.witness.nama) } })],
  ['witness.nip', (r) => ({ ...r, witness: r.witness && { ...r.witness, nip: oneByte(r.witness.nip, 17) } })],
  ['witness.jabatan', (r) => ({ ...r, witness: r.witness && { ...r.witness, jabatan: oneByte(r.witness.jabatan) } })],
  ['witness removed', (r) => ({ ...r, witness: null })],
  ['signature.kind', (r) => ({ ...r, signature: { ...r.signature, kind: r.signature.kind === 'drawn' ? 'uploaded' : 'drawn' } })],
  ['signature.imageSha256', (r) => ({ ...r, signature: { ...r.signature, imageSha256: oneByte(r.signature.imageSha256 ?? 'x'.repeat(64), 0) } })],
];
