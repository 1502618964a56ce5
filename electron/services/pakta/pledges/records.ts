import { randomBytes } from 'node:crypto';
import { pangkatOf } from '../../../../shared/format/pangkat';
import type { Institution, Person, Unit } from '../../../../shared/masterdata/schemas';
import { pledgeTextCanonicalJson } from '../../../../shared/pakta/canonical';
import type { PledgeRecord, PledgeText, SignerSnapshot } from '../../../../shared/pakta/types';
import type { PledgeStatus, PledgeView } from '../../../../shared/pledges';
import { AppFailure } from '../../../../shared/result';
import { sha256Hex } from '../../files';
import type { StoredPledge } from '../documents';

/**
 * Pure pieces shared by every pledge operation: ids, the key of a stored text, the record the PDF
 * and the code are built from, the registry status and the view the screens show.
 */

/** `p` + 16 hex digits. */
export function newPledgeId(): string {
  return `p${randomBytes(8).toString('hex')}`;
}

/** Key of a text in the year document: SHA-256 of its canonical JSON (the signed fields). */
export function textKey(text: PledgeText): string {
  return sha256Hex(new TextEncoder().encode(pledgeTextCanonicalJson(text)));
}

/** The record the PDF and the code are built from. */
export function toPledgeRecord(stored: StoredPledge, text: PledgeText): PledgeRecord {
  return {
    id: stored.id,
    year: stored.year,
    place: stored.place,
    date: stored.date,
    text,
    signer: { ...stored.signer },
    witness: stored.witness ? { ...stored.witness } : null,
    signature: { kind: stored.signature.kind, imageSha256: stored.signature.imageSha256 },
  };
}

/** Registry status of a stored pledge. */
export function statusOf(stored: StoredPledge): Exclude<PledgeStatus, 'BELUM'> {
  if (stored.signature.kind !== 'wet') return 'DIGITAL';
  if (stored.scan) return 'PINDAIAN';
  if (stored.wetSignedAt) return 'BASAH';
  return 'MENUNGGU';
}

export function toPledgeView(stored: StoredPledge, text: PledgeText | undefined): PledgeView {
  return {
    id: stored.id,
    year: stored.year,
    place: stored.place,
    date: stored.date,
    code: stored.code,
    signer: { ...stored.signer },
    witness: stored.witness ? { ...stored.witness } : null,
    signatureKind: stored.signature.kind,
    template: { id: text?.templateId ?? '', version: text?.templateVersion ?? 0 },
    personId: stored.personId,
    unitId: stored.unitId,
    status: statusOf(stored),
    createdAt: stored.createdAt,
    createdBy: stored.createdBy,
    printed: stored.printed.map((p) => ({ ...p })),
    wetSignedAt: stored.wetSignedAt,
    scan: stored.scan
      ? { fileName: stored.scan.fileName, mimeType: stored.scan.mimeType, size: stored.scan.size, attachedAt: stored.scan.attachedAt }
      : null,
    revoked: stored.revoked ? { ...stored.revoked } : null,
  };
}

/** The identity snapshot of a roster person. */
export function signerFromPerson(person: Person, unit: Unit | undefined, institution: Institution): SignerSnapshot {
  return {
    nama: person.nama,
    jenisAsn: person.jenisAsn,
    nip: person.jenisAsn === 'NON_ASN' ? '' : person.nip,
    pangkat: person.jenisAsn === 'PNS' ? (pangkatOf(person.golongan) ?? '') : '',
    golongan: person.jenisAsn === 'NON_ASN' ? '' : person.golongan,
    jabatan: person.jabatan,
    unitKerja: unit?.nama ?? '',
    instansi: institution.pemerintahDaerah,
  };
}

/** The place printed before the date: the given one, else the institution's city. */
export function resolvePlace(place: string | undefined, institution: Institution): string {
  const chosen = (place ?? '').trim() || institution.kota.trim();
  if (chosen === '') {
    throw new AppFailure('INVALID_INPUT', 'Tempat penandatanganan wajib diisi (atau isi Kota di Pengaturan instansi).', [
      { path: 'place', message: 'Tempat penandatanganan wajib diisi.' },
    ]);
  }
  return chosen;
}

export function revokedFailure(stored: StoredPledge): AppFailure {
  return new AppFailure('CONFLICT', `Pakta ${stored.signer.nama} sudah dicabut${stored.revoked ? ` (${stored.revoked.reason})` : ''}; buat pakta baru bila perlu.`);
}
