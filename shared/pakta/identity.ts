import { formatNip } from '../format/nip';
import { NIP_LABEL } from '../documents/page';
import type { IdentityField, SignerSnapshot } from './types';

/**
 * How a signer's identity is printed, and the limits every pledge and declaration obeys.
 */

/** Longest name, jabatan or unit accepted on a document (a longer one is a paste accident). */
export const MAX_NAME_LENGTH = 200;

/** Document ids: they travel inside the QR payload, whose fields are separated by dots. */
export const DOCUMENT_ID_PATTERN = /^[A-Za-z0-9_-]{4,64}$/;

/** "Penata Tingkat I, III/d" (PNS), "Golongan IX" (PPPK), '' for non-ASN or when unknown. */
export function pangkatGolonganText(signer: Pick<SignerSnapshot, 'jenisAsn' | 'pangkat' | 'golongan'>): string {
  if (signer.jenisAsn === 'NON_ASN') return '';
  if (signer.jenisAsn === 'PPPK') return signer.golongan ? `Golongan ${signer.golongan}` : signer.pangkat;
  return [signer.pangkat, signer.golongan].filter((part) => part.trim() !== '').join(', ');
}

/** "Dinas Kependudukan dan Pencatatan Sipil, Pemerintah Kabupaten Serang". */
export function instansiUnitKerjaText(signer: Pick<SignerSnapshot, 'unitKerja' | 'instansi'>): string {
  return [signer.unitKerja, signer.instansi].filter((part) => part.trim() !== '').join(', ');
}

/** The value printed after the colon of an identity row; NIPs grouped "19850312 201001 1 004". */
export function identityValue(field: IdentityField, signer: SignerSnapshot): string {
  switch (field) {
    case 'nama':
      return signer.nama;
    case 'nip':
      return signer.nip ? formatNip(signer.nip) : '-';
    case 'pangkatGolongan':
      return pangkatGolonganText(signer) || '-';
    case 'jabatan':
      return signer.jabatan;
    case 'instansiUnitKerja':
      return instansiUnitKerjaText(signer);
  }
}

/** "NIP. 19850312 201001 1 004" under a signature, or '' without a NIP. */
export function nipLine(nip: string): string {
  return nip.trim() === '' ? '' : `${NIP_LABEL} ${formatNip(nip)}`;
}

/**
 * Checks a name, jabatan or similar printed field: not empty, at most {@link MAX_NAME_LENGTH}
 * characters. Returns an Indonesian message, or undefined when fine.
 */
export function checkPrintedText(label: string, value: string, required = true): string | undefined {
  const trimmed = value.trim();
  if (required && trimmed === '') return `${label} wajib diisi.`;
  if (trimmed.length > MAX_NAME_LENGTH) return `${label} paling banyak ${MAX_NAME_LENGTH} karakter (terisi ${trimmed.length}).`;
  return undefined;
}
