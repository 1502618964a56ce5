import {
  INVOLVEMENT_ITEM_CODE,
  involvementNote,
  suggestInvolvementOption,
  summarizeCoverage,
  type PledgeCoverage,
  type PledgeRegistry,
  type RegistryRow,
  type RevokedPledgeView,
  type YearIntegrity,
} from '../../../../shared/pledges';
import { AppFailure } from '../../../../shared/result';
import type { MasterDataService } from '../../masterdata';
import type { StoredPledge } from '../documents';
import { statusOf, toPledgeView } from './records';
import type { PledgeRepository } from './repository';

/**
 * The registry per unit and year (every active person with the status of their pledge, pledges of
 * people outside the roster, revoked ones — "Dicabut", or "Diganti" once a newer pledge replaced them) and the coverage it gives the LKE involvement item.
 */
export interface PledgeRegistryService {
  registry(unitId: string | undefined, year: number): Promise<PledgeRegistry>;
  coverage(unitId: string, year: number): Promise<PledgeCoverage>;
}

export function createPledgeRegistry(master: MasterDataService, repo: PledgeRepository, integrity: (year: number) => Promise<YearIntegrity>): PledgeRegistryService {
  const registry = async (unitId: string | undefined, year: number): Promise<PledgeRegistry> => {
    const unitsById = new Map(master.listUnits(true).map((unit) => [unit.id, unit]));
    if (unitId !== undefined && !unitsById.has(unitId)) throw new AppFailure('NOT_FOUND', 'Unit kerja tidak ditemukan. Muat ulang daftar unit.');
    const people = master
      .listPeople({ unitId, includeInactive: false })
      .filter((person) => unitsById.get(person.unitId)?.aktif !== false || unitId !== undefined)
      .sort((a, b) => (unitsById.get(a.unitId)?.nama ?? '').localeCompare(unitsById.get(b.unitId)?.nama ?? '', 'id') || a.nama.localeCompare(b.nama, 'id'));
    const doc = await repo.yearDocument(year);
    const active = doc.data.pledges.filter((pledge) => pledge.revoked === null);
    const byPerson = new Map<string, StoredPledge>();
    for (const pledge of active) if (pledge.personId) byPerson.set(pledge.personId, pledge);
    // A revoked pledge is replaced once the same person (or NIP) holds a valid pledge that year.
    const replacement = (pledge: StoredPledge): StoredPledge | undefined =>
      active.find((other) => (pledge.personId !== null && other.personId === pledge.personId) || (pledge.signer.nip !== '' && other.signer.nip === pledge.signer.nip));
    const revoked: RevokedPledgeView[] = doc.data.pledges
      .filter((pledge) => pledge.revoked !== null)
      .sort((a, b) => (b.revoked?.at ?? '').localeCompare(a.revoked?.at ?? ''))
      .map((pledge) => {
        const replacedBy = replacement(pledge)?.code ?? null;
        return { ...toPledgeView(pledge, doc.data.texts[pledge.textRef]), state: replacedBy ? 'DIGANTI' : 'DICABUT', replacedBy };
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
        status: pledge ? statusOf(pledge) : 'BELUM',
        pledge: pledge ? toPledgeView(pledge, doc.data.texts[pledge.textRef]) : null,
        revokedPledge: revokedByPerson.get(person.id) ?? null,
      };
    });
    const inRows = new Set(people.map((person) => person.id));
    const inScope = (pledge: { unitId: string | null }): boolean => unitId === undefined || pledge.unitId === unitId;
    const others = active
      .filter((pledge) => inScope(pledge) && (pledge.personId === null || !inRows.has(pledge.personId)))
      .map((pledge) => toPledgeView(pledge, doc.data.texts[pledge.textRef]));
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
