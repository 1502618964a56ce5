import { isValidCalendarDate } from './date';

/**
 * NIP (Nomor Induk Pegawai) of a PNS and NI PPPK, validated part by part so the message can name
 * the wrong part (DOMAIN.md §5).
 *
 * NIP PNS, 18 digits: `YYYYMMDD YYYYMM G NNN` — birth date, TMT CPNS (year + month, after birth),
 * gender (1 male, 2 female), serial (never 000). Shown as `19700518 200503 1 005`.
 *
 * NI PPPK, 18 digits: birth date (8), TMT year (4), the digit 2, a period digit, gender, serial (3).
 * Positions 13–14 therefore read 21, 22 … and are never a month.
 */

export type JenisAsn = 'PNS' | 'PPPK' | 'NON_ASN';

export type NipCheck =
  | { ok: true; digits: string }
  | { ok: false; message: string };

/** Removes the spaces, dots and dashes people type or paste between the groups. */
export function normalizeNip(input: string): string {
  return input.replace(/[\s.-]/g, '');
}

/** `198503122010011004` → `19850312 201001 1 004`; anything else is returned unchanged. */
export function formatNip(nip: string): string {
  const digits = normalizeNip(nip);
  if (!/^\d{18}$/.test(digits)) return nip;
  return `${digits.slice(0, 8)} ${digits.slice(8, 14)} ${digits.slice(14, 15)} ${digits.slice(15)}`;
}

const MIN_BIRTH_YEAR = 1930;

function checkBirthDate(digits: string, label: string, now: Date): string | undefined {
  const year = Number(digits.slice(0, 4));
  const month = Number(digits.slice(4, 6));
  const day = Number(digits.slice(6, 8));
  if (!isValidCalendarDate(year, month, day) || year < MIN_BIRTH_YEAR || year > now.getFullYear()) {
    return `Tanggal lahir pada ${label} (digit 1–8: ${digits.slice(0, 8)}) bukan tanggal yang valid.`;
  }
  return undefined;
}

function checkGenderAndSerial(digits: string, label: string): string | undefined {
  const gender = digits.charAt(14);
  if (gender !== '1' && gender !== '2') {
    return `Kode jenis kelamin pada ${label} (digit 15: ${gender}) harus 1 (laki-laki) atau 2 (perempuan).`;
  }
  if (digits.slice(15) === '000') {
    return `Nomor urut pada ${label} (digit 16–18) tidak boleh 000.`;
  }
  return undefined;
}

/** Validates a NIP PNS; the message names the wrong part in Bahasa Indonesia. */
export function checkNipPns(input: string, now: Date = new Date()): NipCheck {
  const digits = normalizeNip(input);
  if (digits === '') return { ok: false, message: 'NIP wajib diisi untuk PNS (18 digit).' };
  if (!/^\d+$/.test(digits)) return { ok: false, message: 'NIP hanya boleh berisi angka.' };
  if (digits.length !== 18) {
    return { ok: false, message: `NIP harus 18 digit (terisi ${digits.length} digit).` };
  }
  const birthError = checkBirthDate(digits, 'NIP', now);
  if (birthError) return { ok: false, message: birthError };
  const tmtYear = Number(digits.slice(8, 12));
  const tmtMonth = Number(digits.slice(12, 14));
  if (tmtMonth < 1 || tmtMonth > 12 || tmtYear < MIN_BIRTH_YEAR || tmtYear > now.getFullYear() + 1) {
    return { ok: false, message: `TMT CPNS pada NIP (digit 9–14: ${digits.slice(8, 14)}) bukan tahun dan bulan yang valid.` };
  }
  const birth = Number(digits.slice(0, 6));
  if (Number(digits.slice(8, 14)) <= birth) {
    return { ok: false, message: `TMT CPNS pada NIP (digit 9–14: ${digits.slice(8, 14)}) harus sesudah tanggal lahir.` };
  }
  const rest = checkGenderAndSerial(digits, 'NIP');
  return rest ? { ok: false, message: rest } : { ok: true, digits };
}

/** Validates an NI PPPK; the message names the wrong part in Bahasa Indonesia. */
export function checkNiPppk(input: string, now: Date = new Date()): NipCheck {
  const digits = normalizeNip(input);
  if (digits === '') return { ok: false, message: 'NI PPPK wajib diisi untuk PPPK (18 digit).' };
  if (!/^\d+$/.test(digits)) return { ok: false, message: 'NI PPPK hanya boleh berisi angka.' };
  if (digits.length !== 18) {
    return { ok: false, message: `NI PPPK harus 18 digit (terisi ${digits.length} digit).` };
  }
  const birthError = checkBirthDate(digits, 'NI PPPK', now);
  if (birthError) return { ok: false, message: birthError };
  const tmtYear = Number(digits.slice(8, 12));
  if (tmtYear <= Number(digits.slice(0, 4)) || tmtYear > now.getFullYear() + 1) {
    return { ok: false, message: `Tahun TMT pada NI PPPK (digit 9–12: ${digits.slice(8, 12)}) harus sesudah tahun lahir dan tidak di masa depan.` };
  }
  if (digits.charAt(12) !== '2') {
    return { ok: false, message: `Kode PPPK pada NI PPPK (digit 13: ${digits.charAt(12)}) harus 2.` };
  }
  if (digits.charAt(13) === '0') {
    return { ok: false, message: 'Kode periode pada NI PPPK (digit 14) tidak boleh 0.' };
  }
  const rest = checkGenderAndSerial(digits, 'NI PPPK');
  return rest ? { ok: false, message: rest } : { ok: true, digits };
}

/** Validates the identity number that the given kind of employee must have. Non-ASN needs none. */
export function checkNomorInduk(jenis: JenisAsn, input: string, now: Date = new Date()): NipCheck {
  if (jenis === 'PNS') return checkNipPns(input, now);
  if (jenis === 'PPPK') return checkNiPppk(input, now);
  return { ok: true, digits: normalizeNip(input) };
}
