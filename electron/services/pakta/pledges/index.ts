import type { Person } from '../../../../shared/masterdata/schemas';
import type { WitnessSnapshot } from '../../../../shared/pakta/types';
import type { GeneratedPdf } from '../../../../shared/documents';
import type { PledgeCoverage, PledgeRegistry, PledgeView, PrintedPledge, RevocationImportResult, RevocationListExport, YearIntegrity } from '../../../../shared/pledges';
import { AppFailure } from '../../../../shared/result';
import type { PledgePdfOptions } from '../../pdf/pledge';
import type { StoredDocument } from '../../storage';
import type { PledgeYearDocument } from '../documents';
import { createPledgeCreation, type PledgeCreate, type PreparedPledge } from './create';
import type { PaktaDeps } from './deps';
import { createPledgePrinting } from './print';
import { toPledgeView } from './records';
import { createPledgeRegistry } from './registry';
import { createPledgeEvents } from '../events';
import { createRevocationLists, type ImportedRevocation } from '../events/revocations';
import { createIntegrityCache } from './integrity';
import { createPledgeRepository, type LocatedPledge } from './repository';
import { createPledgeRevocation } from './revoke';
import { createPledgeScans } from './scans';
import { locateReceivedPledge, receivedPledges } from '../received';

/**
 * Pakta Integritas records: create (create.ts), print (print.ts), the registry and coverage
 * (registry.ts), wet signatures and scans (scans.ts) and revocation (revoke.ts), over one
 * repository of year documents (repository.ts) and the pure pieces of records.ts.
 */

export type { PaktaDeps } from './deps';
export type { PledgeCreate, PreparedPledge } from './create';
export type { LocatedPledge } from './repository';
export { newPledgeId, resolvePlace, signerFromPerson, statusOf, textKey, toPledgeRecord, toPledgeView } from './records';

export interface PledgeService {
  create(input: PledgeCreate, by: string): Promise<PledgeView>;
  /**
   * Creates the pledge and prints it in one step. The identical pledge already stored (a second
   * try after the PDF could not be written) is printed instead of being refused as a duplicate.
   */
  print(input: PledgeCreate, by: string): Promise<PrintedPledge>;
  get(id: string): Promise<PledgeView>;
  /** Prints a pledge (also a reprint): writes the PDF, then records it as printed. */
  pdf(id: string, by?: string): Promise<GeneratedPdf>;
  registry(unitId: string | undefined, year: number): Promise<PledgeRegistry>;
  coverage(unitId: string, year: number): Promise<PledgeCoverage>;
  markSigned(id: string, date: string | undefined, by?: string): Promise<PledgeView>;
  attachScan(id: string, fileName: string, bytes: Uint8Array, by: string): Promise<PledgeView>;
  revoke(id: string, reason: string, by: string): Promise<PledgeView>;
  /** The pledge with this id, in any year; null when none. */
  locate(id: string): Promise<LocatedPledge | null>;
  /** The pledge whose typable code is `code` (upper case), in any year; null when none. */
  locateByCode(code: string): Promise<LocatedPledge | null>;
  /** The year document (for the batch). */
  yearDocument(year: number): Promise<StoredDocument<PledgeYearDocument>>;
  /** Kop surat, paper size and fonts for the PDF engine, from the current settings. */
  pdfOptions(): Promise<PledgePdfOptions>;
  /** Integrity of a year's pledges and status log (cached until the year document changes). */
  integrity(year: number): Promise<YearIntegrity>;
  /** Checks every year (run in the background at start; the registry then reads the cache). */
  checkAllIntegrity(): Promise<YearIntegrity[]>;
  /** Resolves when background writes (the list of verified records) are done: call before the storage closes. */
  idle(): Promise<void>;
  /** The signed list of a year's revoked codes (events/revocations.ts). */
  exportRevocations(year: number): Promise<RevocationListExport>;
  /** Imports a signed revocation list of this installation or a trusted one. */
  importRevocations(json: string, by: string): Promise<RevocationImportResult>;
  /** A revocation imported from another installation for `code`; null when none. */
  importedRevocation(code: string): Promise<ImportedRevocation | null>;
  /** Builds (but does not store) a wet-signature pledge for a roster person, with its code. */
  draftForPerson(person: Person, draft: { year: number; place: string; date: string; witness: WitnessSnapshot | null }, by: string): Promise<PreparedPledge>;
}

export function createPledgeService(deps: PaktaDeps): PledgeService {
  const events = createPledgeEvents(deps);
  const repo = createPledgeRepository(deps.storage, { events, signing: deps.signing });
  const integrity = createIntegrityCache(deps, repo, events);
  const creation = createPledgeCreation(deps, repo, integrity.vouch);
  const printing = createPledgePrinting(deps, repo, creation, integrity.record);
  const registry = createPledgeRegistry(deps.master, repo, integrity.year, (year) => receivedPledges(deps.storage, year));
  const scans = createPledgeScans(deps, repo);
  const revocation = createPledgeRevocation(deps.now, repo);
  const revocations = createRevocationLists({
    storage: deps.storage,
    signing: deps.signing,
    now: deps.now,
    yearDocument: repo.yearDocument,
    async revokeByCode(code, reason, by) {
      const located = await repo.locateByCode(code);
      if (!located || located.stored.revoked) return false;
      await repo.change(
        located,
        (pledge) => {
          if (pledge.revoked) throw new AppFailure('CONFLICT', 'Pakta ini sudah dicabut sebelumnya.');
          pledge.revoked = { at: deps.now().toISOString(), by, reason };
        },
        () => ({ kind: 'revoked-elsewhere', by, details: { reason } }),
      );
      return true;
    },
  });
  return {
    create: async (input, by) => (await creation.insert(await creation.prepare(input, by), false)).view,
    print: printing.print,
    async get(id) {
      const own = await repo.locate(id);
      if (own) return toPledgeView(own.stored, own.text);
      // A pledge received from another installation is shown (read-only) with its issuer.
      const received = await locateReceivedPledge(deps.storage, { id });
      if (received) return { ...toPledgeView(received.stored, received.text), issuer: { ...received.issuer } };
      const { stored, text } = await repo.require(id);
      return toPledgeView(stored, text);
    },
    pdf: printing.pdf,
    registry: registry.registry,
    coverage: registry.coverage,
    markSigned: scans.markSigned,
    attachScan: scans.attachScan,
    revoke: revocation.revoke,
    locate: repo.locate,
    locateByCode: repo.locateByCode,
    yearDocument: repo.yearDocument,
    pdfOptions: printing.pdfOptions,
    draftForPerson: creation.draftForPerson,
    integrity: integrity.year,
    checkAllIntegrity: integrity.all,
    idle: integrity.idle,
    exportRevocations: revocations.exportList,
    importRevocations: revocations.importList,
    importedRevocation: revocations.importedRevocation,
  };
}
