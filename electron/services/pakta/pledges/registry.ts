import {
  INVOLVEMENT_ITEM_CODE,
  involvementNote,
  suggestInvolvementOption,
  summarizeCoverage,
  type PledgeCoverage,
  type PledgeRegistry,
  type PledgeView,
  type RegistryRow,
  type RevokedPledgeView,
  type YearIntegrity,
} from '../../../../shared/pledges';
import { AppFailure } from '../../../../shared/result';
import type { MasterDataService } from '../../masterdata';
import type { PledgeText } from '../../../../shared/pakta/types';
import type { StoredPledge } from '../documents';
import type { ReceivedPledge } from '../received';
import { statusOf, toPledgeView } from './records';
import type { PledgeRepository } from './repository';

/**
 * The registry per unit and year (every active person with the status of their pledge, pledges of
 * people outside the roster, revoked ones — "Dicabut", or "Diganti" once a newer pledge replaced them) and the coverage it gives the LKE involvement item.
 * Pledges received from other installations count like our own (a person who signed on the other
 * laptop is covered), matched to our people by NIP (person ids are local), shown with their issuer.
 */

/** A pledge of the registry: ours, or received (with its issuer and the local person it belongs to). */
interface Entry {
  stored: StoredPledge;
  text: PledgeText | undefined;
  personId: string | null;
  issuer: ReceivedPledge['issuer'] | null;
}
export interface PledgeRegistryService {
  registry(unitId: string | undefined, year: number): Promise<PledgeRegistry>;
  coverage(unitId: string, year: number): Promise<PledgeCoverage>;
}

function viewOf(entry: Entry): PledgeView {
  const view = toPledgeView(entry.stored, entry.text);
  return entry.issuer === null ? view : { ...view, personId: entry.personId, issuer: { ...entry.issuer } };
}

export function createPledgeRegistry(
  master: MasterDataService,
  repo: PledgeRepository,
  integrity: (year: number) => Promise<YearIntegrity>,
  received: (year: number) => Promise<ReceivedPledge[]> = async () => [],
): PledgeRegistryService {
  const registry = async (unitId: string | undefined, year: number): Promise<PledgeRegistry> => {
    const unitsById = new Map(master.listUnits(true).map((unit) => [unit.id, unit]));
    if (unitId !== undefined && !unitsById.has(unitId)) throw new AppFailure('NOT_FOUND', 'Unit kerja tidak ditemukan. Muat ulang daftar unit.');
    const people = master
      .listPeople({ unitId, includeInactive: false })
      .filter((person) => unitsById.get(person.unitId)?.aktif !== false || unitId !== undefined)
      .sort((a, b) => (unitsById.get(a.unitId)?.nama ?? '').localeCompare(unitsById.get(b.unitId)?.nama ?? '', 'id') || a.nama.localeCompare(b.nama, 'id'));
    const doc = await repo.yearDocument(year);
    const byNip = new Map(master.listPeople({ includeInactive: true }).filter((person) => person.nip !== '').map((person) => [person.nip, person.id]));
    const entries: Entry[] = [
      ...doc.data.pledges.map((stored) => ({ stored, text: doc.data.texts[stored.textRef], personId: stored.personId, issuer: null })),
      ...(await received(year)).map((entry) => ({ stored: entry.stored, text: entry.text, personId: entry.stored.signer.nip === '' ? null : (byNip.get(entry.stored.signer.nip) ?? null), issuer: entry.issuer })),
    ];
    const active = entries.filter((entry) => entry.stored.revoked === null);
    const byPerson = new Map<string, Entry>();
    // Our own pledge comes first; a received one covers a person who has none here.
    for (const entry of active) if (entry.personId && (entry.issuer === null || !byPerson.has(entry.personId))) byPerson.set(entry.personId, entry);
    // A revoked pledge is replaced once the same person (or NIP) holds a valid pledge that year.
    const replacement = (pledge: Entry): Entry | undefined =>
      active.find((other) => (pledge.personId !== null && other.personId === pledge.personId) || (pledge.stored.signer.nip !== '' && other.stored.signer.nip === pledge.stored.signer.nip));
    const revoked: RevokedPledgeView[] = entries
      .filter((entry) => entry.stored.revoked !== null)
      .sort((a, b) => (b.stored.revoked?.at ?? '').localeCompare(a.stored.revoked?.at ?? ''))
      .map((entry) => {
        const replacedBy = replacement(entry)?.stored.code ?? null;
        return { ...viewOf(entry), state: replacedBy ? 'DIGANTI' : 'DICABUT', replacedBy };
      });
    const revokedByPerson = new Map<string, RevokedPledgeView>();
    for (const pledge of revoked) if (pledge.personId && !revokedByPerson.has(pledge.personId)) revokedByPerson.set(pledge.personId, pledge);
    const rows: RegistryRow[] = people.map((person) => {
      const pledge = byPerson.get(person.id);
      return {
        personId: person.id,
        nama: person.nama,
        nip: person.nip,
        jenisAsn: person.jenisAsn,
        jabatan: person.jabatan,
        unitId: person.unitId,
        unitNama: unitsById.get(person.unitId)?.nama ?? '',
        status: pledge ? statusOf(pledge.stored) : 'BELUM',
        pledge: pledge ? viewOf(pledge) : null,
        revokedPledge: revokedByPerson.get(person.id) ?? null,
      };
    });
    const inRows = new Set(people.map((person) => person.id));
    const inScope = (pledge: { unitId: string | null }): boolean => unitId === undefined || pledge.unitId === unitId;
    const others = active.filter((entry) => inScope(entry.stored) && (entry.personId === null || !inRows.has(entry.personId))).map(viewOf);
    return {
      year,
      unitId: unitId ?? null,
      rows,
      coverage: summarizeCoverage(rows.map((row) => row.status)),
      others,
      revoked: revoked.filter(inScope),
      integrity: await integrity(year).catch(
        (error: unknown): YearIntegrity => ({
          year,
          chainBroken: null,
          pledges: {},
          unchecked: `Keutuhan data pakta belum dapat diperiksa: ${error instanceof AppFailure ? error.message : 'terjadi kesalahan.'}`,
        }),
      ),
    };
  };

  return {
    registry,

    async coverage(unitId, year) {
      const unit = master.findUnit(unitId);
      if (!unit) throw new AppFailure('NOT_FOUND', 'Unit kerja tidak ditemukan. Muat ulang daftar unit.');
      const { coverage } = await registry(unitId, year);
      const suggestedOption = suggestInvolvementOption(coverage.percent);
      return {
        ...coverage,
        unitId,
        unitNama: unit.nama,
        year,
        itemCode: INVOLVEMENT_ITEM_CODE,
        suggestedOption,
        note: involvementNote(suggestedOption, coverage),
      };
    },
  };
}
