import type { z } from 'zod';
import { endSentence } from '../../../shared/format';
import type { ImportRow } from '../../../shared/masterdata/import';
import { personInputSchema, type MasterData } from '../../../shared/masterdata/schemas';
import type { ParsedRoster } from './parse';

type ParsedPerson = z.output<typeof personInputSchema>;

/**
 * What rows are checked against: the units (active ones match by name or abbreviation) and the NIPs
 * already registered. Plain data, so the check can run in the parsing sandbox.
 */
export interface RosterContext {
  units: readonly Pick<MasterData['units'][number], 'id' | 'nama' | 'singkatan' | 'aktif'>[];
  people: readonly Pick<MasterData['people'][number], 'nip' | 'nama'>[];
}

/** The smallest {@link RosterContext} of the master data: active units, people with a NIP. */
export function rosterContext(master: MasterData): RosterContext {
  return {
    units: master.units.filter((u) => u.aktif).map(({ id, nama, singkatan, aktif }) => ({ id, nama, singkatan, aktif })),
    people: master.people.filter((p) => p.nip !== '').map(({ nip, nama }) => ({ nip, nama })),
  };
}

export interface RosterValidation {
  rows: ImportRow[];
  valid: ParsedPerson[];
}

function jenisOf(text: string): 'PNS' | 'PPPK' | 'NON_ASN' | undefined {
  const key = text.toUpperCase().replace(/[^A-Z]/g, '');
  if (key === 'PNS' || key === 'ASNPNS') return 'PNS';
  if (key === 'PPPK' || key === 'ASNPPPK') return 'PPPK';
  if (key === 'NONASN' || key === 'NONPNS' || key === 'HONORER' || key === 'PTT') return 'NON_ASN';
  return undefined;
}

/** "Penata Muda, III/a" → "III/a"; "Golongan IX" → "IX"; otherwise the text as typed. */
function golonganOf(text: string, jenis: 'PNS' | 'PPPK' | 'NON_ASN' | undefined): string {
  if (jenis === 'PNS') {
    const match = /\b(IV|III|II|I)\s*[/-]\s*([a-e])\b/i.exec(text);
    if (match) return `${match[1]?.toUpperCase() ?? ''}/${match[2]?.toLowerCase() ?? ''}`;
  }
  if (jenis === 'PPPK') {
    const match = /\b(X{0,1}(?:IX|IV|V?I{0,3}))\s*$/i.exec(text.replace(/^golongan\s*/i, '').trim());
    if (match?.[1]) return match[1].toUpperCase();
  }
  return text.trim();
}

function unitKey(text: string): string {
  return text.trim().toLocaleLowerCase('id').replace(/\s+/g, ' ');
}

/**
 * Checks every parsed row against the contract's person schema and the current master data
 * (unit exists, NIP not yet registered, NIP not repeated in the file). Nothing is written here.
 */
export function validateRoster(parsed: ParsedRoster, master: RosterContext): RosterValidation {
  const units = new Map<string, string>();
  for (const unit of master.units.filter((u) => u.aktif)) {
    units.set(unitKey(unit.nama), unit.id);
    if (unit.singkatan) units.set(unitKey(unit.singkatan), unit.id);
  }
  const registered = new Map(master.people.filter((p) => p.nip !== '').map((p) => [p.nip, p.nama]));
  const inFile = new Map<string, number>();
  const rows: ImportRow[] = [];
  const valid: ParsedPerson[] = [];

  for (const raw of parsed.rows) {
    const reasons = [...raw.problems];
    const { cells } = raw;
    const jenis = jenisOf(cells.jenis);
    if (!jenis) reasons.push(`Jenis "${cells.jenis || '(kosong)'}" tidak dikenal; isi PNS, PPPK atau Non-ASN.`);
    const unitId = units.get(unitKey(cells.unit));
    if (!unitId) reasons.push(cells.unit ? `Unit kerja "${cells.unit}" tidak ditemukan di daftar unit kerja.` : 'Unit kerja wajib diisi.');
    const candidate = {
      nama: cells.nama,
      jenisAsn: jenis ?? 'PNS',
      nip: cells.nip,
      golongan: jenis === 'NON_ASN' ? '' : golonganOf(cells.golongan, jenis),
      jabatan: cells.jabatan,
      unitId: unitId ?? 'unit-tidak-ada',
    };
    const result = personInputSchema.safeParse(candidate);
    if (!result.success) {
      for (const issue of result.error.issues) {
        if (issue.path[0] === 'unitId' || (issue.path[0] === 'jenisAsn' && !jenis)) continue;
        if (jenis && reasons.includes(issue.message)) continue;
        reasons.push(issue.message);
      }
    }
    if (result.success && result.data.nip !== '') {
      const owner = registered.get(result.data.nip);
      if (owner) reasons.push(endSentence(`NIP sudah terdaftar atas nama ${owner}`));
      const earlier = inFile.get(result.data.nip);
      if (earlier !== undefined) reasons.push(`NIP sama dengan baris ${earlier}.`);
      else inFile.set(result.data.nip, raw.row);
    }
    const status = reasons.length === 0 && result.success && jenis ? 'valid' : 'invalid';
    if (status === 'valid' && result.success) valid.push(result.data);
    rows.push({
      row: raw.row,
      status,
      reasons: jenis ? reasons : reasons.filter((r) => !r.startsWith('NIP') || r.includes('terdaftar')),
      nama: cells.nama,
      nip: cells.nip,
      jenisAsn: jenis ?? cells.jenis,
      golongan: cells.golongan,
      jabatan: cells.jabatan,
      unit: cells.unit,
    });
  }
  return { rows, valid };
}
