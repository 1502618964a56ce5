import type { z } from 'zod';
import { canonicalGolonganPns, canonicalGolonganPppk, pangkatOf } from '../../../../shared/format/pangkat';
import type { Institution, Person } from '../../../../shared/masterdata/schemas';
import { canonicalPledgeContent } from '../../../../shared/pakta/canonical';
import { renderTemplateText } from '../../../../shared/pakta/templates';
import type { PledgeText, SignatureSnapshot, SignerSnapshot, WitnessSnapshot } from '../../../../shared/pakta/types';
import type { PledgeView, pledgeCreateInputSchema } from '../../../../shared/pledges';
import { WITNESS_IS_SIGNER_MESSAGE, witnessIsSigner } from '../../../../shared/pledges/inputs';
import { AppFailure } from '../../../../shared/result';
import type { StoredPledge } from '../documents';
import type { PaktaDeps } from './deps';
import { newPledgeId, resolvePlace, signerFromPerson, textKey, toPledgeRecord, toPledgeView } from './records';
import type { PledgeRepository } from './repository';

/**
 * Creating pledges: a snapshot of the signer's identity, the exact template text and the
 * signature, signed when created (Ed25519 is deterministic, so a reprint carries the same code)
 * over the canonical content of shared/pakta/canonical.ts — editing a person later never changes
 * a signed pledge. One person (or NIP) has at most one unrevoked pledge per year.
 */

export type PledgeCreate = z.output<typeof pledgeCreateInputSchema>;

/** A signed record and its text, not stored yet. */
export interface PreparedPledge {
  stored: StoredPledge;
  text: PledgeText;
}

export interface PledgeCreation {
  /** The signed record a create input describes (nothing stored yet). */
  prepare(input: PledgeCreate, by: string): Promise<PreparedPledge>;
  /**
   * Stores a prepared pledge; an unrevoked pledge of the same person (or NIP) that year is a
   * DUPLICATE, unless `reuseIdentical` and it says exactly the same — then that one is returned.
   */
  insert(prepared: PreparedPledge, reuseIdentical: boolean): Promise<{ view: PledgeView; reused: boolean }>;
  /** Builds (but does not store) a wet-signature pledge for a roster person, with its code. */
  draftForPerson(person: Person, draft: { year: number; place: string; date: string; witness: WitnessSnapshot | null }, by: string): Promise<PreparedPledge>;
}

function requireInstitution(institution: Institution): void {
  if (institution.pemerintahDaerah.trim() === '') {
    throw new AppFailure(
      'CONFLICT',
      'Nama pemerintah daerah belum diisi. Lengkapi Pengaturan instansi terlebih dahulu, karena nama instansi dicetak pada pakta.',
    );
  }
}

/** The identity snapshot of a signer typed in by hand (outside the roster). */
function manualSigner(manual: Extract<PledgeCreate['signer'], { source: 'manual' }>, institution: Institution): SignerSnapshot {
  const golongan =
    manual.jenisAsn === 'PNS' ? (canonicalGolonganPns(manual.golongan) ?? '') : manual.jenisAsn === 'PPPK' ? (canonicalGolonganPppk(manual.golongan) ?? '') : '';
  return {
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

/** True when two records say the same: signer, text, place, date, witness and signature. */
function samePledge(a: StoredPledge, b: StoredPledge): boolean {
  const content = (p: StoredPledge): string =>
    JSON.stringify([p.year, p.textRef, p.place, p.date, p.signer, p.witness, p.signature.kind, p.signature.imageSha256, p.personId, p.unitId]);
  return content(a) === content(b);
}

/**
 * `signed` hears of every record signed here (integrity.ts lists it as verified at once, so no start
 * verifies its signature again).
 */
export function createPledgeCreation(deps: PaktaDeps, repo: PledgeRepository, signed: (stored: StoredPledge) => void = () => undefined): PledgeCreation {
  const { blobs, master, now, templates } = deps;

  /** Renders the newest template for the signer, signs the record and returns it with its text. */
  const build = async (
    base: Omit<StoredPledge, 'textRef' | 'code' | 'qrPayload' | 'printed' | 'wetSignedAt' | 'scan' | 'revoked'>,
    institution: Institution,
  ): Promise<PreparedPledge> => {
    const text = renderTemplateText(templates.forSigner(base.signer.jenisAsn), {
      instansi: institution.pemerintahDaerah,
      ...(base.signer.unitKerja ? { unitKerja: base.signer.unitKerja } : {}),
      tahun: base.year,
    });
    const partial: StoredPledge = { ...base, textRef: textKey(text), code: '', qrPayload: '', printed: [], wetSignedAt: null, scan: null, revoked: null };
    const signature = (await deps.signing()).signDocument(canonicalPledgeContent(toPledgeRecord(partial, text)));
    const stored: StoredPledge = { ...partial, code: signature.code, qrPayload: signature.qrPayload };
    signed(stored);
    return { stored, text };
  };

  return {
    async prepare(input, by) {
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
        signer = manualSigner(input.signer, institution);
      }
      const place = resolvePlace(input.place, institution);

      /** A signature image checked and tidied by the engine, stored as a blob: its hash. */
      const storeSignature = async (base64: string, source: 'drawn' | 'scan'): Promise<string> => {
        const prepared = await deps.sandbox.prepareSignature(new Uint8Array(Buffer.from(base64, 'base64')), source);
        return (await blobs.put(prepared.bytes)).hash;
      };
      const witnessInput = input.witness ?? null;
      if (witnessInput !== null && witnessIsSigner(signer, witnessInput)) {
        throw new AppFailure('INVALID_INPUT', WITNESS_IS_SIGNER_MESSAGE, [{ path: 'witness.nama', message: WITNESS_IS_SIGNER_MESSAGE }]);
      }

      let signature: SignatureSnapshot;
      if (input.signature.kind === 'basah') {
        signature = { kind: 'wet', imageSha256: null };
      } else if (input.signature.kind === 'digital') {
        signature = { kind: 'drawn', imageSha256: await storeSignature(input.signature.pngBase64, 'drawn') };
      } else {
        signature = { kind: 'uploaded', imageSha256: await storeSignature(input.signature.dataBase64, 'scan') };
      }
      const witnessSignature = async (base64: string): Promise<string> => {
        try {
          return await storeSignature(base64, 'drawn');
        } catch (error) {
          if (!(error instanceof AppFailure)) throw error;
          throw new AppFailure(error.code, `Tanda tangan saksi: ${error.message}`, [{ path: 'witness.signaturePngBase64', message: error.message }]);
        }
      };
      // The witness's drawn signature is optional; without one the record has no such field.
      const witness: WitnessSnapshot | null = witnessInput
        ? {
            nama: witnessInput.nama,
            nip: witnessInput.nip,
            jabatan: witnessInput.jabatan,
            ...(witnessInput.signaturePngBase64 ? { signatureSha256: await witnessSignature(witnessInput.signaturePngBase64) } : {}),
          }
        : null;
      return build(
        { id: newPledgeId(), year: input.year, place, date: input.date, signer, witness, signature, personId, unitId, createdAt: now().toISOString(), createdBy: by },
        institution,
      );
    },

    async insert({ stored, text }, reuseIdentical) {
      const doc = await repo.yearDocument(stored.year);
      let existing: StoredPledge | undefined;
      await doc.update((draft) => {
        const clash = draft.pledges.find(
          (p) => p.revoked === null && ((stored.personId !== null && p.personId === stored.personId) || (stored.signer.nip !== '' && p.signer.nip === stored.signer.nip)),
        );
        if (clash && reuseIdentical && samePledge(clash, stored)) {
          existing = clash;
          return;
        }
        if (clash) {
          throw new AppFailure(
            'DUPLICATE',
            `${clash.signer.nama} sudah memiliki Pakta Integritas tahun ${stored.year} (kode ${clash.code}). Cetak ulang pakta itu, atau cabut dahulu bila perlu dibuat ulang.`,
          );
        }
        draft.texts[stored.textRef] ??= text;
        draft.pledges.push(stored);
      });
      if (existing) return { view: toPledgeView(existing, doc.data.texts[existing.textRef]), reused: true };
      return { view: toPledgeView(stored, text), reused: false };
    },

    async draftForPerson(person, { year, place, date, witness }, by) {
      const institution = master.data().institution;
      requireInstitution(institution);
      const signer = signerFromPerson(person, master.findUnit(person.unitId), institution);
      return build(
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
        institution,
      );
    },
  };
}
