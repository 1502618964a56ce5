import { z } from 'zod';
import { canonicalJson } from '../../../../shared/pakta/canonical';
import type { RevocationImportResult, RevocationListExport } from '../../../../shared/pledges';
import { AppFailure } from '../../../../shared/result';
import type { SigningService } from '../../signing';
import type { Storage, StoredDocument } from '../../storage';
import type { PledgeYearDocument, StoredPledge } from '../documents';

/**
 * The signed revocation list: the revoked codes of a year with their dates and reasons, signed
 * with the issuing installation's Ed25519 code key (through the signing service, like a document),
 * so other installations learn of revocations. Import accepts a list signed by this installation
 * (its current or retired key) or by a key already imported as trusted (Verifikasi → kunci
 * tepercaya: the user confirmed its fingerprint then); anything else is refused. Codes of this
 * installation are revoked here too (their log records "revoked-elsewhere"); every imported entry
 * is kept in `revocations-imported` for the verification of codes issued elsewhere.
 */

const FORMAT = 'zi-desk-daftar-pencabutan' as const;

const entrySchema = z.object({
  code: z.string().max(64),
  docId: z.string().max(64),
  revokedAt: z.string().max(40),
  reason: z.string().max(400),
});

const listSchema = z.object({
  format: z.literal(FORMAT),
  version: z.literal(1),
  year: z.number().int().min(2000).max(2100),
  createdAt: z.string().max(40),
  entries: z.array(entrySchema).max(100_000),
  /** A signing-service payload (checked for its shape before any key is opened). */
  signature: z.string().regex(/^ZID1\.[A-Za-z0-9_-]{4,64}\.[A-Za-z0-9_-]{43}\.[A-Za-z0-9_-]{86}\.[0-9a-f]{16}$/),
});
type RevocationList = z.infer<typeof listSchema>;

const importedSchema = z.object({
  entries: z.array(entrySchema.extend({ issuerFingerprint: z.string(), issuerLabel: z.string(), importedAt: z.string() })),
});
type ImportedRevocations = z.infer<typeof importedSchema>;
export type ImportedRevocation = ImportedRevocations['entries'][number];

const importedSpec = {
  name: 'revocations-imported',
  schema: importedSchema,
  version: 1,
  migrations: [],
  empty: (): ImportedRevocations => ({ entries: [] }),
};

/** What the signature covers: everything but the signature, with a document id the signing service accepts. */
function listContent(list: Omit<RevocationList, 'signature'>): string {
  return canonicalJson({
    id: `revocations-${list.year}`,
    kind: FORMAT,
    version: list.version,
    year: list.year,
    createdAt: list.createdAt,
    entries: list.entries.map((entry) => ({ ...entry })),
  });
}

export interface RevocationListDeps {
  storage: Storage;
  signing: () => Promise<SigningService>;
  now: () => Date;
  yearDocument(year: number): Promise<StoredDocument<PledgeYearDocument>>;
  /** Revokes a pledge of this installation found by its code (with its log event); false when none or already revoked. */
  revokeByCode(code: string, reason: string, by: string): Promise<boolean>;
}

export interface RevocationLists {
  exportList(year: number): Promise<RevocationListExport>;
  importList(json: string, by: string): Promise<RevocationImportResult>;
  /** An imported revocation of a code issued elsewhere; null when none. */
  importedRevocation(code: string): Promise<ImportedRevocation | null>;
}

const BAD_FILE = 'Berkas ini bukan daftar pencabutan ZI Desk yang utuh. Pilih berkas .json hasil "Ekspor daftar pencabutan" dari instalasi penerbitnya.';

export function createRevocationLists(deps: RevocationListDeps): RevocationLists {
  const imported = (): Promise<StoredDocument<ImportedRevocations>> => deps.storage.open(importedSpec);
  return {
    async exportList(year) {
      const doc = await deps.yearDocument(year);
      const revoked = doc.data.pledges.filter((pledge): pledge is StoredPledge & { revoked: NonNullable<StoredPledge['revoked']> } => pledge.revoked !== null);
      const unsigned = {
        format: FORMAT,
        version: 1 as const,
        year,
        createdAt: deps.now().toISOString(),
        entries: revoked.map((pledge) => ({ code: pledge.code, docId: pledge.id, revokedAt: pledge.revoked.at, reason: pledge.revoked.reason })),
      };
      const signing = await deps.signing();
      const list: RevocationList = { ...unsigned, signature: signing.signDocument(listContent(unsigned)).qrPayload };
      return { fileName: `zi-desk-daftar-pencabutan-${year}.json`, json: JSON.stringify(list, null, 2), count: list.entries.length };
    },

    async importList(json, by) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(json);
      } catch {
        throw new AppFailure('INVALID_INPUT', BAD_FILE);
      }
      const list = listSchema.safeParse(parsed);
      if (!list.success) throw new AppFailure('INVALID_INPUT', BAD_FILE);
      const { signature, ...unsigned } = list.data;
      const content = listContent(unsigned);
      const signing = await deps.signing();
      const verified = await signing.verifyCode(signature, ({ docId }) => (docId === `revocations-${unsigned.year}` ? { canonicalContent: content, qrPayload: signature } : null));
      if (!verified.valid) {
        throw new AppFailure(
          'CONFLICT',
          verified.status === 'INVALID' && verified.reason === 'UNKNOWN_KEY'
            ? `${verified.message} Tidak ada pencabutan yang dicatat.`
            : 'Tanda tangan daftar pencabutan tidak cocok: isinya telah diubah setelah diekspor. Minta berkas baru dari instalasi penerbitnya. Tidak ada pencabutan yang dicatat.',
        );
      }
      const { issuer } = verified;
      const label = issuer.own ? 'instalasi ZI Desk ini' : issuer.label;
      let revokedHere = 0;
      for (const entry of unsigned.entries) {
        if (await deps.revokeByCode(entry.code, `Dicabut oleh ${label} pada ${entry.revokedAt.slice(0, 10)}: ${entry.reason}`, by)) revokedHere += 1;
      }
      const doc = await imported();
      const importedAt = deps.now().toISOString();
      let added = 0;
      await doc.update((draft) => {
        const known = new Set(draft.entries.map((entry) => `${entry.issuerFingerprint}\n${entry.code}`));
        for (const entry of unsigned.entries) {
          if (known.has(`${issuer.fingerprint}\n${entry.code}`)) continue;
          draft.entries.push({ ...entry, issuerFingerprint: issuer.fingerprint, issuerLabel: label, importedAt });
          added += 1;
        }
      });
      return { issuer: label, own: issuer.own, year: unsigned.year, entries: unsigned.entries.length, added, revokedHere };
    },

    async importedRevocation(code) {
      return (await imported()).data.entries.find((entry) => entry.code === code) ?? null;
    },
  };
}
