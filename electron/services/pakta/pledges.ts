import { randomBytes } from 'node:crypto';
import type { z } from 'zod';
import { todayIso } from '../../../shared/format/date';
import { pangkatOf, canonicalGolonganPns, canonicalGolonganPppk } from '../../../shared/format/pangkat';
import type { Institution, Person, Unit } from '../../../shared/masterdata/schemas';
import { canonicalPledgeContent, pledgeTextCanonicalJson } from '../../../shared/pakta/canonical';
import { renderTemplateText } from '../../../shared/pakta/templates';
import type { PledgeRecord, PledgeText, SignatureSnapshot, SignerSnapshot, WitnessSnapshot } from '../../../shared/pakta/types';
import {
  INVOLVEMENT_ITEM_CODE,
  involvementNote,
  suggestInvolvementOption,
  summarizeCoverage,
  type GeneratedPdf,
  type PledgeCoverage,
  type PledgeRegistry,
  type PledgeStatus,
  type PledgeView,
  type RegistryRow,
  type pledgeCreateInputSchema,
  type witnessInputSchema,
} from '../../../shared/pledges';
import { AppFailure } from '../../../shared/result';
import type { BlobStore } from '../files';
import { sha256Hex } from '../files';
import type { MasterDataService } from '../masterdata';
import { pledgeFileName, pledgePdf, type InstitutionHeader, type PledgeDocument, type PledgePdfOptions } from '../pdf/pledge';
import type { SigningService } from '../signing';
import type { Storage, StoredDocument } from '../storage';
import { PLEDGES_FOLDER, pledgeYearSpec, yearOfPledgeDocument, type PledgeYearDocument, type StoredPledge } from './documents';
import type { GeneratedDocumentStore } from './generated';
import { prepareSignature, sniffSignedScan } from './signature';
import type { PledgeTemplateService } from './templates';

/**
 * Pakta Integritas records (issue 4 items 2, 3, 6): create a pledge with a snapshot of the
 * signer's identity, the exact template text and the signature; print it from the stored record;
 * keep the registry per unit and year. A pledge's verification code is issued when it is created
 * (Ed25519 is deterministic, so a reprint carries the same code) and covers the canonical content
 * of shared/pakta/canonical.ts — editing a person later never changes a signed pledge.
 */

export type PledgeCreate = z.output<typeof pledgeCreateInputSchema>;
type WitnessParsed = z.output<typeof witnessInputSchema>;

/** What the pledge service needs from the rest of main. */
export interface PaktaDeps {
  storage: Storage;
  blobs: BlobStore;
  master: MasterDataService;
  now: () => Date;
  signing: () => Promise<SigningService>;
  documents: GeneratedDocumentStore;
  templates: PledgeTemplateService;
  /** Fonts folder for the PDF engine (tests); default: resources/fonts. */
  fontsDir?: string;
}

/** A stored pledge together with the year document it lives in and its text. */
export interface LocatedPledge {
  doc: StoredDocument<PledgeYearDocument>;
  stored: StoredPledge;
  text: PledgeText | undefined;
}

export interface PledgeService {
  create(input: PledgeCreate, by: string): Promise<PledgeView>;
  get(id: string): Promise<PledgeView>;
  /** Prints a pledge (also a reprint): writes the PDF, then records it as printed. */
  pdf(id: string): Promise<GeneratedPdf>;
  registry(unitId: string | undefined, year: number): Promise<PledgeRegistry>;
  coverage(unitId: string, year: number): Promise<PledgeCoverage>;
  markSigned(id: string, date: string | undefined): Promise<PledgeView>;
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
  /** Builds (but does not store) a wet-signature pledge for a roster person, with its code. */
  draftForPerson(
    person: Person,
    draft: { year: number; place: string; date: string; witness: WitnessSnapshot | null },
    by: string,
  ): Promise<{ stored: StoredPledge; text: PledgeText }>;
}

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

function requireInstitution(institution: Institution): void {
  if (institution.pemerintahDaerah.trim() === '') {
    throw new AppFailure(
      'CONFLICT',
      'Nama pemerintah daerah belum diisi. Lengkapi Pengaturan instansi terlebih dahulu, karena nama instansi dicetak pada pakta.',
    );
  }
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

function witnessSnapshot(witness: WitnessParsed | null | undefined): WitnessSnapshot | null {
  return witness ? { nama: witness.nama, nip: witness.nip, jabatan: witness.jabatan } : null;
}

function revokedFailure(stored: StoredPledge): AppFailure {
  return new AppFailure('CONFLICT', `Pakta ${stored.signer.nama} sudah dicabut${stored.revoked ? ` (${stored.revoked.reason})` : ''}; buat pakta baru bila perlu.`);
}

export function createPledgeService(deps: PaktaDeps): PledgeService {
  const { storage, blobs, master, now, documents, templates } = deps;

  const yearDocument = (year: number): Promise<StoredDocument<PledgeYearDocument>> => storage.open(pledgeYearSpec(year));

  const years = async (): Promise<number[]> =>
    (await storage.list(`${PLEDGES_FOLDER}/`))
      .map(yearOfPledgeDocument)
      .filter((year): year is number => year !== undefined)
      .sort((a, b) => b - a);

  const locateWhere = async (match: (pledge: StoredPledge) => boolean): Promise<LocatedPledge | null> => {
    for (const year of await years()) {
      const doc = await yearDocument(year);
      const stored = doc.data.pledges.find(match);
      if (stored) return { doc, stored, text: doc.data.texts[stored.textRef] };
    }
    return null;
  };

  const locate = (id: string): Promise<LocatedPledge | null> => locateWhere((pledge) => pledge.id === id);

  const require = async (id: string): Promise<LocatedPledge> => {
    const found = await locate(id);
    if (!found) throw new AppFailure('NOT_FOUND', 'Pakta tidak ditemukan. Muat ulang daftar pakta.');
    return found;
  };

  /** Applies `change` to the pledge inside its year document and returns the new view. */
  const change = async (located: LocatedPledge, mutate: (pledge: StoredPledge) => void): Promise<PledgeView> => {
    const next = await located.doc.update((draft) => {
      const pledge = draft.pledges.find((p) => p.id === located.stored.id);
      if (!pledge) throw new AppFailure('NOT_FOUND', 'Pakta tidak ditemukan. Muat ulang daftar pakta.');
      mutate(pledge);
    });
    const stored = next.pledges.find((p) => p.id === located.stored.id);
    if (!stored) throw new AppFailure('NOT_FOUND', 'Pakta tidak ditemukan.');
    return toPledgeView(stored, next.texts[stored.textRef]);
  };

  const signStored = async (record: PledgeRecord): Promise<{ code: string; qrPayload: string }> => {
    const signed = (await deps.signing()).signDocument(canonicalPledgeContent(record));
    return { code: signed.code, qrPayload: signed.qrPayload };
  };

  const pdfOptions = async (): Promise<PledgePdfOptions> => {
    const institution = master.data().institution;
    let logo: Uint8Array | null = null;
    if (institution.logo) logo = await blobs.get(institution.logo.hash).catch(() => null);
    const header: InstitutionHeader = {
      pemerintahDaerah: institution.pemerintahDaerah,
      namaInspektorat: institution.namaInspektorat,
      alamat: institution.alamat,
      logo,
    };
    return { institution: header, paper: institution.kertas, ...(deps.fontsDir === undefined ? {} : { fontsDir: deps.fontsDir }) };
  };

  const buildStored = async (
    base: Omit<StoredPledge, 'textRef' | 'code' | 'qrPayload' | 'printed' | 'wetSignedAt' | 'scan' | 'revoked'>,
    text: PledgeText,
  ): Promise<StoredPledge> => {
    const partial: StoredPledge = { ...base, textRef: textKey(text), code: '', qrPayload: '', printed: [], wetSignedAt: null, scan: null, revoked: null };
    const signed = await signStored(toPledgeRecord(partial, text));
    return { ...partial, ...signed };
  };

  const registry = async (unitId: string | undefined, year: number): Promise<PledgeRegistry> => {
    const unitsById = new Map(master.listUnits(true).map((unit) => [unit.id, unit]));
    if (unitId !== undefined && !unitsById.has(unitId)) throw new AppFailure('NOT_FOUND', 'Unit kerja tidak ditemukan. Muat ulang daftar unit.');
    const people = master
      .listPeople({ unitId, includeInactive: false })
      .filter((person) => unitsById.get(person.unitId)?.aktif !== false || unitId !== undefined)
      .sort((a, b) => (unitsById.get(a.unitId)?.nama ?? '').localeCompare(unitsById.get(b.unitId)?.nama ?? '', 'id') || a.nama.localeCompare(b.nama, 'id'));
    const doc = await yearDocument(year);
    const active = doc.data.pledges.filter((pledge) => pledge.revoked === null);
    const byPerson = new Map<string, StoredPledge>();
    for (const pledge of active) if (pledge.personId) byPerson.set(pledge.personId, pledge);
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
      };
    });
    const inRows = new Set(people.map((person) => person.id));
    const inScope = (pledge: StoredPledge): boolean => unitId === undefined || pledge.unitId === unitId;
    const others = active
      .filter((pledge) => inScope(pledge) && (pledge.personId === null || !inRows.has(pledge.personId)))
      .map((pledge) => toPledgeView(pledge, doc.data.texts[pledge.textRef]));
    const revoked = doc.data.pledges
      .filter((pledge) => pledge.revoked !== null && inScope(pledge))
      .sort((a, b) => (b.revoked?.at ?? '').localeCompare(a.revoked?.at ?? ''))
      .map((pledge) => toPledgeView(pledge, doc.data.texts[pledge.textRef]));
    return { year, unitId: unitId ?? null, rows, coverage: summarizeCoverage(rows.map((row) => row.status)), others, revoked };
  };

  return {
    yearDocument,
    locate,
    locateByCode: (code) => locateWhere((pledge) => pledge.code === code),
    pdfOptions,

    async create(input, by) {
      const institution = master.data().institution;
      requireInstitution(institution);
      let signer: SignerSnapshot;
      let personId: string | null = null;
      let unitId: string | null = null;
      if (input.signer.source === 'roster') {
        const person = master.findPerson(input.signer.personId);
        if (!person) throw new AppFailure('NOT_FOUND', 'Pegawai tidak ditemukan. Muat ulang daftar pegawai.');
        if (!person.aktif) throw new AppFailure('CONFLICT', `${person.nama} sudah dinonaktifkan; aktifkan kembali sebelum membuat pakta.`);
        signer = signerFromPerson(person, master.findUnit(person.unitId), institution);
        personId = person.id;
        unitId = person.unitId;
      } else {
        const manual = input.signer;
        const golongan =
          manual.jenisAsn === 'PNS'
            ? (canonicalGolonganPns(manual.golongan) ?? '')
            : manual.jenisAsn === 'PPPK'
              ? (canonicalGolonganPppk(manual.golongan) ?? '')
              : '';
        signer = {
          nama: manual.nama,
          jenisAsn: manual.jenisAsn,
          nip: manual.jenisAsn === 'NON_ASN' ? '' : manual.nip,
          pangkat: manual.jenisAsn === 'PNS' ? (pangkatOf(golongan) ?? '') : '',
          golongan,
          jabatan: manual.jabatan,
          unitKerja: manual.unitKerja,
          instansi: institution.pemerintahDaerah,
        };
      }
      const place = resolvePlace(input.place, institution);
      const template = templates.forSigner(signer.jenisAsn);
      const text = renderTemplateText(template, {
        instansi: institution.pemerintahDaerah,
        ...(signer.unitKerja ? { unitKerja: signer.unitKerja } : {}),
        tahun: input.year,
      });

      let signature: SignatureSnapshot;
      if (input.signature.kind === 'basah') {
        signature = { kind: 'wet', imageSha256: null };
      } else {
        const raw = new Uint8Array(Buffer.from(input.signature.kind === 'digital' ? input.signature.pngBase64 : input.signature.dataBase64, 'base64'));
        const prepared = prepareSignature(raw, input.signature.kind === 'digital' ? 'drawn' : 'scan');
        const ref = await blobs.put(prepared.bytes);
        signature = { kind: input.signature.kind === 'digital' ? 'drawn' : 'uploaded', imageSha256: ref.hash };
      }

      const stored = await buildStored(
        {
          id: newPledgeId(),
          year: input.year,
          place,
          date: input.date,
          signer,
          witness: witnessSnapshot(input.witness),
          signature,
          personId,
          unitId,
          createdAt: now().toISOString(),
          createdBy: by,
        },
        text,
      );
      const doc = await yearDocument(input.year);
      await doc.update((draft) => {
        const clash = draft.pledges.find(
          (p) => p.revoked === null && ((personId !== null && p.personId === personId) || (signer.nip !== '' && p.signer.nip === signer.nip)),
        );
        if (clash) {
          throw new AppFailure(
            'DUPLICATE',
            `${clash.signer.nama} sudah memiliki Pakta Integritas tahun ${input.year} (kode ${clash.code}). Cetak ulang pakta itu, atau cabut dahulu bila perlu dibuat ulang.`,
          );
        }
        draft.texts[stored.textRef] ??= text;
        draft.pledges.push(stored);
      });
      return toPledgeView(stored, text);
    },

    async get(id) {
      const { stored, text } = await require(id);
      return toPledgeView(stored, text);
    },

    async pdf(id) {
      const located = await require(id);
      const { stored, text } = located;
      if (stored.revoked) throw revokedFailure(stored);
      if (!text) throw new AppFailure('STORAGE_ERROR', 'Teks pakta ini tidak ditemukan di data tahunannya; data pakta rusak. Pulihkan dari cadangan.');
      const record = toPledgeRecord(stored, text);
      const signatureImage = stored.signature.imageSha256 ? await blobs.get(stored.signature.imageSha256) : null;
      const document: PledgeDocument = { pledge: record, signatureImage, verification: { code: stored.code, qrPayload: stored.qrPayload } };
      const bytes = await pledgePdf(document, await pdfOptions());
      const fileName = pledgeFileName(record);
      const meta = await documents.write({
        kind: 'pakta',
        title: `Pakta Integritas ${stored.year} – ${stored.signer.nama}`,
        fileName,
        pages: 1,
        sourceIds: [stored.id],
        bytes,
      });
      // Recorded only now that the PDF is on disk under its final name.
      try {
        await change(located, (pledge) => {
          if (pledge.revoked) throw revokedFailure(pledge);
          pledge.printed.push({ at: now().toISOString(), documentId: meta.id, batch: false });
        });
      } catch (error) {
        await documents.remove(meta.id);
        throw error;
      }
      return { documentId: meta.id, fileName, pages: 1, code: stored.code };
    },

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

    async markSigned(id, date) {
      const located = await require(id);
      return change(located, (pledge) => {
        if (pledge.revoked) throw revokedFailure(pledge);
        if (pledge.signature.kind !== 'wet') throw new AppFailure('CONFLICT', 'Pakta ini sudah ditandatangani secara digital; tidak perlu ditandai.');
        if (pledge.printed.length === 0) {
          throw new AppFailure('CONFLICT', 'Pakta ini belum pernah dicetak dari ZI Desk. Cetak dahulu, minta tanda tangan, lalu tandai sebagai ditandatangani.');
        }
        pledge.wetSignedAt = date ?? todayIso(now());
      });
    },

    async attachScan(id, fileName, bytes, by) {
      const located = await require(id);
      if (located.stored.revoked) throw revokedFailure(located.stored);
      if (located.stored.signature.kind !== 'wet') {
        throw new AppFailure('CONFLICT', 'Pakta ini ditandatangani secara digital; pindaian kertas hanya untuk pakta bertanda tangan basah.');
      }
      const mimeType = sniffSignedScan(bytes);
      const ref = await blobs.put(bytes);
      const at = now().toISOString();
      return change(located, (pledge) => {
        if (pledge.revoked) throw revokedFailure(pledge);
        pledge.scan = { blobHash: ref.hash, mimeType, fileName, size: bytes.byteLength, attachedAt: at, attachedBy: by };
        pledge.wetSignedAt ??= todayIso(now());
      });
    },

    async revoke(id, reason, by) {
      const located = await require(id);
      return change(located, (pledge) => {
        if (pledge.revoked) throw new AppFailure('CONFLICT', 'Pakta ini sudah dicabut sebelumnya.');
        pledge.revoked = { at: now().toISOString(), by, reason };
      });
    },

    async draftForPerson(person, { year, place, date, witness }, by) {
      const institution = master.data().institution;
      requireInstitution(institution);
      const signer = signerFromPerson(person, master.findUnit(person.unitId), institution);
      const template = templates.forSigner(signer.jenisAsn);
      const text = renderTemplateText(template, {
        instansi: institution.pemerintahDaerah,
        ...(signer.unitKerja ? { unitKerja: signer.unitKerja } : {}),
        tahun: year,
      });
      const stored = await buildStored(
        {
          id: newPledgeId(),
          year,
          place,
          date,
          signer,
          witness,
          signature: { kind: 'wet', imageSha256: null },
          personId: person.id,
          unitId: person.unitId,
          createdAt: now().toISOString(),
          createdBy: by,
        },
        text,
      );
      return { stored, text };
    },
  };
}
