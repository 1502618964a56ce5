import { randomBytes } from 'node:crypto';
import type { z } from 'zod';
import type {
  DeclarationPartyView,
  DeclarationView,
  PrintedDeclaration,
  declarationInputSchema,
  declarationPartyInputSchema,
  declarationPrintInputSchema,
} from '../../../shared/declarations';
import { safeFileName } from '../../../shared/files/fileNames';
import { formatTanggal } from '../../../shared/format/date';
import { canonicalDeclarationContent } from '../../../shared/pakta/canonical';
import { PIAGAM_PENCANANGAN_V1, renderDeclarationText } from '../../../shared/pakta/templates';
import type { DeclarationParty, DeclarationRecord } from '../../../shared/pakta/types';
import type { GeneratedPdf } from '../../../shared/documents';
import { AppFailure } from '../../../shared/result';
import type { PledgePdfOptions, VerificationStamp } from '../pdf/pledge';
import type { StoredDocument } from '../storage';
import { declarationsSpec, type DeclarationsDocument, type StoredDeclaration } from './documents';
import { resolvePlace } from './pledges';
import { receivedDeclarationsOf, receivedDeclarationsSpec, type ReceivedDeclaration } from './received';
import type { PaktaDeps } from './pledges/deps';

/**
 * Pencanangan / Deklarasi: one event with N signatories and M witnesses → a
 * Piagam PDF with a signature grid and a verification code. Editing an event re-signs it: the
 * code printed on an older copy then no longer verifies, which is the point of the code.
 */

export type DeclarationData = z.output<typeof declarationInputSchema>;
type PartyInput = z.output<typeof declarationPartyInputSchema>;

/** Renders a declaration PDF (the engine's builder), given the signature images by hash. */
export type DeclarationPdfBuilder = (
  document: { declaration: DeclarationRecord; signatures: ReadonlyMap<string, Uint8Array>; verification: VerificationStamp; eventTitle?: string },
  options: PledgePdfOptions,
) => Promise<{ bytes: Uint8Array; pages: number }>;

export interface DeclarationService {
  create(data: DeclarationData, by: string): Promise<DeclarationView>;
  update(id: string, data: DeclarationData, by: string): Promise<DeclarationView>;
  list(): DeclarationView[];
  get(id: string): DeclarationView;
  pdf(id: string): Promise<GeneratedPdf>;
  /** Stores the declaration when `data` is given (new, or the changes of `id`), then prints it. */
  print(input: z.output<typeof declarationPrintInputSchema>, by: string): Promise<PrintedDeclaration>;
  /** The stored declaration with this id or typable code, for verification. */
  find(query: { id?: string; code?: string }): StoredDeclaration | null;
  /** A declaration received from another installation with this id or typable code; null when none. */
  findReceived(query: { id?: string; code?: string }): ReceivedDeclaration | null;
}

export function toDeclarationRecord(stored: StoredDeclaration): DeclarationRecord {
  const party = (p: DeclarationPartyView): DeclarationParty => ({ jabatan: p.jabatan, nama: p.nama, nip: p.nip, ...(p.pangkat ? { pangkat: p.pangkat } : {}), signatureSha256: p.signatureSha256 });
  return {
    id: stored.id,
    instansi: stored.instansi,
    place: stored.place,
    date: stored.date,
    text: stored.text,
    signatories: stored.signatories.map(party),
    witnesses: stored.witnesses.map(party),
  };
}

export function toDeclarationView(stored: StoredDeclaration): DeclarationView {
  const party = (p: DeclarationPartyView): DeclarationPartyView => ({ ...p });
  return {
    id: stored.id,
    title: stored.title,
    instansi: stored.instansi,
    place: stored.place,
    date: stored.date,
    unitIds: [...stored.unitIds],
    signatories: stored.signatories.map(party),
    witnesses: stored.witnesses.map(party),
    code: stored.code,
    template: { id: stored.text.templateId, version: stored.text.templateVersion },
    createdAt: stored.createdAt,
    updatedAt: stored.updatedAt,
    createdBy: stored.createdBy,
    printed: stored.printed.map((p) => ({ ...p })),
  };
}

/** `<title> - <date>.pdf` under the saved-file-name rule; the title is cut first so the date stays. */
function fileNameOf(stored: StoredDeclaration): string {
  const title = safeFileName(stored.title.replace(/[/\\]/g, ' '), '', 'Piagam Pencanangan', 90);
  return safeFileName(`${title} - ${stored.date}`, 'pdf');
}

/** What the declaration service needs: the pledges' dependencies, their PDF options and a renderer. */
export type DeclarationDeps = Omit<PaktaDeps, 'templates' | 'fontsDir' | 'pdf'> & {
  pdfOptions: () => Promise<PledgePdfOptions>;
  builder: DeclarationPdfBuilder;
};

export async function createDeclarationService(deps: DeclarationDeps): Promise<DeclarationService> {
  const { blobs, master, now, documents } = deps;
  const doc: StoredDocument<DeclarationsDocument> = await deps.storage.open(declarationsSpec);
  // Received declarations (pakta/received.ts): listed read-only with their issuer; the handle follows every write.
  const receivedDoc = await deps.storage.open(receivedDeclarationsSpec);
  const matches = (record: StoredDeclaration, { id, code }: { id?: string; code?: string }): boolean => (id !== undefined && record.id === id) || (code !== undefined && record.code === code);
  const findReceived = (query: { id?: string; code?: string }): ReceivedDeclaration | null => receivedDeclarationsOf(receivedDoc).find((entry) => matches(entry.stored, query)) ?? null;
  const receivedView = (entry: ReceivedDeclaration): DeclarationView => ({ ...toDeclarationView(entry.stored), issuer: { ...entry.issuer } });

  const requireStored = (id: string): StoredDeclaration => {
    const found = doc.data.records.find((record) => record.id === id);
    if (found) return found;
    const received = findReceived({ id });
    if (received) {
      throw new AppFailure(
        'CONFLICT',
        `Piagam ini diterbitkan di ${received.issuer.label || 'instalasi lain'} dan hanya dapat diubah atau dicetak di sana. Minta penerbitnya mengirim paket baru bila ada perubahan.`,
      );
    }
    throw new AppFailure('NOT_FOUND', 'Pencanangan tidak ditemukan. Muat ulang daftar.');
  };

  const party = async (input: PartyInput, path: string): Promise<DeclarationPartyView> => {
    let signatureSha256: string | null = null;
    if (input.signatureBase64 !== undefined) {
      try {
        const prepared = await deps.sandbox.prepareSignature(new Uint8Array(Buffer.from(input.signatureBase64, 'base64')), 'scan');
        signatureSha256 = (await blobs.put(prepared.bytes)).hash;
      } catch (error) {
        if (error instanceof AppFailure) throw new AppFailure(error.code, `${error.message} (${input.nama})`, [{ path, message: error.message }]);
        throw error;
      }
    } else if (input.signatureSha256 !== undefined) {
      if (!(await blobs.has(input.signatureSha256))) {
        throw new AppFailure('INVALID_INPUT', `Tanda tangan tersimpan untuk ${input.nama} tidak ditemukan; unggah ulang.`, [{ path, message: 'Unggah ulang tanda tangan.' }]);
      }
      signatureSha256 = input.signatureSha256;
    }
    return { jabatan: input.jabatan, nama: input.nama, nip: input.nip, ...(input.pangkat ? { pangkat: input.pangkat } : {}), signatureSha256 };
  };

  /** Everything of a stored declaration that follows from the input, signed. */
  const build = async (id: string, data: DeclarationData): Promise<Omit<StoredDeclaration, 'createdAt' | 'createdBy' | 'printed' | 'updatedAt'>> => {
    const institution = master.data().institution;
    if (institution.pemerintahDaerah.trim() === '') {
      throw new AppFailure('CONFLICT', 'Nama pemerintah daerah belum diisi. Lengkapi Pengaturan instansi terlebih dahulu.');
    }
    for (const unitId of data.unitIds) {
      if (!master.findUnit(unitId)) throw new AppFailure('NOT_FOUND', 'Unit kerja dalam cakupan tidak ditemukan. Muat ulang daftar unit.');
    }
    const place = resolvePlace(data.place, institution);
    const signatories: DeclarationPartyView[] = [];
    for (const [index, input] of data.signatories.entries()) signatories.push(await party(input, `signatories.${index}.signatureBase64`));
    const witnesses: DeclarationPartyView[] = [];
    for (const [index, input] of data.witnesses.entries()) witnesses.push(await party(input, `witnesses.${index}.signatureBase64`));
    const text = renderDeclarationText(PIAGAM_PENCANANGAN_V1, { instansi: institution.pemerintahDaerah, tempat: place, tanggal: data.date });
    const base = {
      id,
      title: data.title,
      instansi: institution.pemerintahDaerah,
      place,
      date: data.date,
      unitIds: [...new Set(data.unitIds)],
      text,
      signatories,
      witnesses,
    };
    const record = toDeclarationRecord({ ...base, code: '', qrPayload: '', createdAt: '', updatedAt: '', createdBy: '', printed: [] });
    const signed = (await deps.signing()).signDocument(canonicalDeclarationContent(record));
    return { ...base, code: signed.code, qrPayload: signed.qrPayload };
  };

  const service: DeclarationService = {
    async create(data, by) {
      const at = now().toISOString();
      const stored: StoredDeclaration = { ...(await build(`d${randomBytes(8).toString('hex')}`, data)), createdAt: at, updatedAt: at, createdBy: by, printed: [] };
      await doc.update((draft) => {
        draft.records.push(stored);
      });
      return toDeclarationView(stored);
    },

    async update(id, data) {
      const existing = requireStored(id);
      const built = await build(id, data);
      const at = now().toISOString();
      let updated: StoredDeclaration | undefined;
      await doc.update((draft) => {
        const index = draft.records.findIndex((record) => record.id === id);
        const current = draft.records[index];
        if (!current) throw new AppFailure('NOT_FOUND', 'Pencanangan tidak ditemukan. Muat ulang daftar.');
        updated = { ...built, createdAt: existing.createdAt, createdBy: existing.createdBy, updatedAt: at, printed: current.printed };
        draft.records[index] = updated;
      });
      if (!updated) throw new AppFailure('NOT_FOUND', 'Pencanangan tidak ditemukan.');
      return toDeclarationView(updated);
    },

    list: () =>
      [...doc.data.records.map(toDeclarationView), ...receivedDeclarationsOf(receivedDoc).map(receivedView)].sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt)),

    get: (id) => {
      const received = doc.data.records.some((record) => record.id === id) ? null : findReceived({ id });
      return received ? receivedView(received) : toDeclarationView(requireStored(id));
    },

    async pdf(id) {
      const stored = requireStored(id);
      const signatures = new Map<string, Uint8Array>();
      for (const p of [...stored.signatories, ...stored.witnesses]) {
        if (p.signatureSha256 && !signatures.has(p.signatureSha256)) signatures.set(p.signatureSha256, await blobs.get(p.signatureSha256));
      }
      const options = await deps.pdfOptions();
      const fileName = fileNameOf(stored);
      const meta = await documents.produce({
        kind: 'piagam',
        title: `${stored.title} (${formatTanggal(stored.date)})`,
        fileName,
        sourceIds: [stored.id],
        render: () =>
          deps.builder({ declaration: toDeclarationRecord(stored), signatures, verification: { code: stored.code, qrPayload: stored.qrPayload }, eventTitle: stored.title }, options),
      });
      try {
        await doc.update((draft) => {
          const record = draft.records.find((r) => r.id === id);
          if (!record) throw new AppFailure('NOT_FOUND', 'Pencanangan tidak ditemukan.');
          if (record.code !== stored.code) throw new AppFailure('CONFLICT', 'Pencanangan ini baru saja diubah; buat PDF sekali lagi.');
          record.printed.push({ at: now().toISOString(), documentId: meta.id, batch: false });
        });
      } catch (error) {
        await documents.remove(meta.id);
        throw error;
      }
      return { documentId: meta.id, fileName, pages: meta.pages, code: stored.code };
    },

    async print({ id, data }, by) {
      let target = id;
      if (data !== undefined) target = (id === undefined ? await service.create(data, by) : await service.update(id, data, by)).id;
      if (target === undefined) throw new AppFailure('INVALID_INPUT', 'Pilih pencanangan yang akan dicetak.');
      const pdf = await service.pdf(target);
      return { declaration: toDeclarationView(requireStored(target)), pdf };
    },

    find(query) {
      return doc.data.records.find((record) => matches(record, query)) ?? null;
    },

    findReceived,
  };
  return service;
}
