import type { GeneratedPdf } from '../../../../shared/documents';
import { pageSettingsOf } from '../../../../shared/documents/page';
import { kopFor, templateKop, type KopSpec } from '../../../../shared/documents/kop';
import { kopContext } from '../../pdf/layout';
import type { PrintedPledge } from '../../../../shared/pledges';
import { templateAsksMeterai } from '../../../../shared/pakta/meterai';
import { AppFailure } from '../../../../shared/result';
import { pledgeFileName, type InstitutionHeader, type PledgeDocument, type PledgePdfOptions } from '../../pdf/pledge';
import type { PledgeCreate, PledgeCreation } from './create';
import type { PaktaDeps } from './deps';
import { revokedFailure, toPledgeRecord, toPledgeView } from './records';
import type { LocatedPledge, PledgeRepository } from './repository';

/**
 * Printing pledges through the document pipeline, always from the stored record: the PDF is
 * written first, and only then is the print recorded on the pledge (undone if that fails).
 */
export interface PledgePrinting {
  /** Kop surat, paper size and fonts for the PDF engine, from the current settings. */
  pdfOptions(): Promise<PledgePdfOptions>;
  /** Prints a stored pledge (also a reprint): writes the PDF, then records it as printed. */
  pdf(id: string, by?: string): Promise<GeneratedPdf>;
  /** Creates the pledge (or reuses the identical one already stored), then prints it. */
  print(input: PledgeCreate, by: string): Promise<PrintedPledge>;
}

/**
 * The kop of a pledge (shared/documents/kop.ts): what its template version asks for, with the
 * signer's unit from the master data (its name and address) for the unit kop.
 */
export function pledgeKopSpec(
  deps: Pick<PaktaDeps, 'master'> & { templates?: Pick<PaktaDeps['templates'], 'all'> | undefined },
  header: InstitutionHeader,
  unitId: string | null | undefined,
  text: { templateId: string; templateVersion: number },
): KopSpec | null {
  const unit = unitId ? deps.master.findUnit(unitId) : undefined;
  return kopFor(
    'pakta',
    kopContext(header, {
      pledgeKop: templateKop(deps.templates?.all() ?? [], text.templateId, text.templateVersion),
      unit: unit ? { nama: unit.nama, alamat: unit.alamat ?? '' } : null,
    }),
  );
}

export function createPledgePrinting(
  deps: PaktaDeps,
  repo: PledgeRepository,
  creation: PledgeCreation,
  integrity: (located: LocatedPledge) => Promise<string | null>,
): PledgePrinting {
  const { blobs, master, now, documents } = deps;

  const pdfOptions = async (): Promise<PledgePdfOptions> => {
    const institution = master.data().institution;
    let logo: Uint8Array | null = null;
    if (institution.logo) logo = await blobs.get(institution.logo.hash).catch(() => null);
    let lambang: Uint8Array | null = null;
    if (institution.lambang) lambang = await blobs.get(institution.lambang.hash).catch(() => null);
    const header: InstitutionHeader = {
      pemerintahDaerah: institution.pemerintahDaerah,
      namaInspektorat: institution.namaInspektorat,
      alamat: institution.alamat,
      logo,
      alamatPemda: institution.alamatPemda,
      lambang,
    };
    return { institution: header, paper: institution.kertas, page: pageSettingsOf(institution), ...(deps.fontsDir === undefined ? {} : { fontsDir: deps.fontsDir }) };
  };

  const pdf = async (id: string, by = ''): Promise<GeneratedPdf> => {
    const located = await repo.require(id);
    const { stored, text } = located;
    if (stored.revoked) throw revokedFailure(stored);
    if (!text) throw new AppFailure('STORAGE_ERROR', 'Teks pakta ini tidak ditemukan di data tahunannya; data pakta rusak. Pulihkan dari cadangan.');
    // Integrity before print: a record edited on disk is never printed with its old code.
    const damaged = await integrity(located);
    if (damaged) {
      throw new AppFailure('CONFLICT', `Pakta ${stored.signer.nama} tidak dapat dicetak: ${damaged} Pulihkan data pakta dari cadangan, atau cabut pakta ini lalu buat yang baru.`);
    }
    const record = toPledgeRecord(stored, text);
    const signatureImage = stored.signature.imageSha256 ? await blobs.get(stored.signature.imageSha256) : null;
    const witnessSignatureSha256 = stored.witness?.signatureSha256;
    const document: PledgeDocument = {
      pledge: record,
      signatureImage,
      ...(witnessSignatureSha256 ? { witnessSignatureImage: await blobs.get(witnessSignatureSha256) } : {}),
      verification: { code: stored.code, qrPayload: stored.qrPayload },
      meteraiBox: templateAsksMeterai(deps.templates.all(), text.templateId, text.templateVersion),
    };
    const options = await pdfOptions();
    document.kop = pledgeKopSpec(deps, options.institution, stored.unitId, text);
    const fileName = pledgeFileName(record);
    const meta = await documents.produce({
      kind: 'pakta',
      title: `Pakta Integritas ${stored.year} – ${stored.signer.nama}`,
      fileName,
      sourceIds: [stored.id],
      render: async () => ({ bytes: await deps.pdf.run({ kind: 'pledge', document, options }), pages: 1 }),
      awaitsRecord: true,
    });
    // Recorded only now that the PDF is on disk under its final name.
    try {
      await repo.change(located, (pledge) => {
        if (pledge.revoked) throw revokedFailure(pledge);
        pledge.printed.push({ at: now().toISOString(), documentId: meta.id, batch: false });
      }, // A reprint is a status change of its own (the first print is part of creating the pledge).
      (pledge) => (pledge.printed.length > 1 ? { kind: 'reprinted', by, details: { documentId: meta.id, print: String(pledge.printed.length) } } : null));
    } catch (error) {
      await documents.remove(meta.id);
      throw error;
    }
    // Kept from now on; should this fail, the start-up sweep removes the PDF and it is printed again.
    await documents.confirm(meta.id).catch(() => undefined);
    return { documentId: meta.id, fileName, pages: 1, code: stored.code };
  };

  return {
    pdfOptions,
    pdf,

    async print(input, by) {
      const { view, reused } = await creation.insert(await creation.prepare(input, by), true);
      let printed: GeneratedPdf;
      try {
        printed = await pdf(view.id, by);
      } catch (error) {
        if (reused || !(error instanceof AppFailure)) throw error;
        // The pledge is stored: say so, and that pressing again prints this very pledge.
        throw new AppFailure(
          error.code,
          `Pakta ${view.signer.nama} tersimpan dengan kode ${view.code}, tetapi PDF-nya belum dibuat: ${error.message} Tekan tombol cetak sekali lagi untuk mencoba lagi.`,
          error.issues,
        );
      }
      const { stored, text } = await repo.require(view.id);
      return { pledge: toPledgeView(stored, text), pdf: printed };
    },
  };
}
