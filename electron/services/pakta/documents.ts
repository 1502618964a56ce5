import { z } from 'zod';
import { pledgeTemplateSchema } from '../../../shared/pakta/templates';
import type { DeclarationText, PledgeText } from '../../../shared/pakta/types';
import type { DocumentSpec } from '../storage';
import { pledgeEventSchema } from './events/schema';

/**
 * Storage layout of Pakta Integritas and Pencanangan (ARCHITECTURE "Data": the cost of one edit
 * must not grow with the archive):
 * - `pledges/<year>` — one document per year: the pledges and, deduplicated by hash, the exact
 *   texts they were signed with (1,000 pledges share one copy of the seven points);
 * - `pledge-templates` — edited template versions (the shipped ones are code);
 * - `declarations` — pencanangan events (a handful per year).
 * Generated PDFs are files under `documents/` (see generated.ts), not JSON documents.
 */

const hex64 = z.string().regex(/^[0-9a-f]{64}$/);

const identityRowSchema = z.object({
  field: z.enum(['nama', 'nip', 'pangkatGolongan', 'jabatan', 'instansiUnitKerja']),
  label: z.string(),
});

export const pledgeTextSchema: z.ZodType<PledgeText> = z.object({
  templateId: z.string(),
  templateVersion: z.number().int(),
  title: z.string(),
  opening: z.string(),
  identityRows: z.array(identityRowSchema),
  showNip: z.boolean(),
  leadIn: z.string(),
  points: z.array(z.string()),
  closing: z.string(),
  signerCaption: z.string(),
  witnessCaption: z.string(),
});

const signerSnapshotSchema = z.object({
  nama: z.string(),
  jenisAsn: z.enum(['PNS', 'PPPK', 'NON_ASN']),
  nip: z.string(),
  pangkat: z.string(),
  golongan: z.string(),
  jabatan: z.string(),
  unitKerja: z.string(),
  instansi: z.string(),
});

const witnessSnapshotSchema = z.object({ nama: z.string(), nip: z.string(), jabatan: z.string(), signatureSha256: hex64.optional() });

const printRecordSchema = z.object({ at: z.string(), documentId: z.string(), batch: z.boolean() });

/** A pledge as stored: the signed snapshot plus bookkeeping (not covered by the code). */
export const storedPledgeSchema = z.object({
  id: z.string().regex(/^p[0-9a-f]{16}$/),
  year: z.number().int(),
  place: z.string(),
  date: z.string(),
  /** Key into the year document's `texts`: SHA-256 of the canonical JSON of the text. */
  textRef: hex64,
  signer: signerSnapshotSchema,
  witness: witnessSnapshotSchema.nullable(),
  signature: z.object({ kind: z.enum(['drawn', 'uploaded', 'wet']), imageSha256: hex64.nullable() }),
  personId: z.string().nullable(),
  unitId: z.string().nullable(),
  code: z.string(),
  qrPayload: z.string(),
  createdAt: z.string(),
  createdBy: z.string(),
  printed: z.array(printRecordSchema),
  wetSignedAt: z.string().nullable(),
  scan: z
    .object({
      blobHash: hex64,
      mimeType: z.enum(['application/pdf', 'image/png', 'image/jpeg']),
      fileName: z.string(),
      size: z.number().int().nonnegative(),
      attachedAt: z.string(),
      attachedBy: z.string(),
    })
    .nullable(),
  revoked: z.object({ at: z.string(), by: z.string(), reason: z.string() }).nullable(),
});
export type StoredPledge = z.infer<typeof storedPledgeSchema>;

export const pledgeYearSchema = z.object({
  year: z.number().int(),
  texts: z.record(hex64, pledgeTextSchema),
  pledges: z.array(storedPledgeSchema),
  /** The signed log of status changes (events/chain.ts); absent in files of earlier versions. */
  events: z.array(pledgeEventSchema).optional(),
});
export type PledgeYearDocument = z.infer<typeof pledgeYearSchema>;

export const PLEDGES_FOLDER = 'pledges';

/** The document of one year's pledges. */
export function pledgeYearSpec(year: number): DocumentSpec<PledgeYearDocument> {
  return {
    name: `${PLEDGES_FOLDER}/${year}`,
    schema: pledgeYearSchema,
    version: 1,
    migrations: [],
    empty: () => ({ year, texts: {}, pledges: [] }),
  };
}

/** The year of a document name from `storage.list('pledges/')`. */
export function yearOfPledgeDocument(name: string): number | undefined {
  const match = /^pledges\/(\d{4})$/.exec(name);
  return match ? Number(match[1]) : undefined;
}

// ---------------------------------------------------------------- templates

export const storedTemplateSchema = pledgeTemplateSchema.extend({
  createdAt: z.string(),
  createdBy: z.string(),
});
export type StoredTemplate = z.infer<typeof storedTemplateSchema>;

export const templatesDocumentSchema = z.object({ versions: z.array(storedTemplateSchema) });
export type TemplatesDocument = z.infer<typeof templatesDocumentSchema>;

export const templatesSpec: DocumentSpec<TemplatesDocument> = {
  name: 'pledge-templates',
  schema: templatesDocumentSchema,
  version: 1,
  migrations: [],
  empty: () => ({ versions: [] }),
};

// ---------------------------------------------------------------- declarations

export const declarationTextSchema: z.ZodType<DeclarationText> = z.object({
  templateId: z.string(),
  templateVersion: z.number().int(),
  title: z.array(z.string()),
  opening: z.string(),
  points: z.array(z.string()),
  closing: z.string(),
  signatoryCaption: z.string(),
  witnessCaption: z.string(),
});

// `pangkat` came later: older records have none (optional, nothing to migrate).
const partySchema = z.object({ jabatan: z.string(), nama: z.string(), nip: z.string(), pangkat: z.string().optional(), signatureSha256: hex64.nullable() });

export const storedDeclarationSchema = z.object({
  id: z.string().regex(/^d[0-9a-f]{16}$/),
  title: z.string(),
  instansi: z.string(),
  place: z.string(),
  date: z.string(),
  unitIds: z.array(z.string()),
  text: declarationTextSchema,
  signatories: z.array(partySchema),
  witnesses: z.array(partySchema),
  code: z.string(),
  qrPayload: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  createdBy: z.string(),
  printed: z.array(printRecordSchema),
});
export type StoredDeclaration = z.infer<typeof storedDeclarationSchema>;

export const declarationsDocumentSchema = z.object({ records: z.array(storedDeclarationSchema) });
export type DeclarationsDocument = z.infer<typeof declarationsDocumentSchema>;

export const declarationsSpec: DocumentSpec<DeclarationsDocument> = {
  name: 'declarations',
  schema: declarationsDocumentSchema,
  version: 1,
  migrations: [],
  empty: () => ({ records: [] }),
};
