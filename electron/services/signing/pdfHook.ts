import type { DocumentKind, PostProcess } from '../documents';
import type { SigningService } from './service';

/**
 * The document pipeline's post-process hook that signs every generated PDF (each kind, and each
 * per-person file of a batch) with the installation's signing certificate. It must run last: any
 * byte written after it would leave the signature no longer covering the whole file.
 */

const KIND_LABELS: Record<DocumentKind, string> = {
  pakta: 'Pakta Integritas',
  'pakta-batch': 'Pakta Integritas',
  piagam: 'Piagam Pencanangan Zona Integritas',
  lhe: 'Laporan Hasil Evaluasi Zona Integritas',
  rekap: 'Rekapitulasi Evaluasi Zona Integritas',
  'surat-usulan': 'Surat Pengajuan Evaluasi Zona Integritas',
  sptjm: 'Surat Pernyataan Tanggung Jawab Mutlak',
};

export interface PdfSignatureHookDeps {
  signing(): Promise<SigningService>;
  /** The institution as in settings now (names and city in the signature dictionary). */
  institution(): { namaInspektorat: string; kota: string };
  now(): Date;
}

export function createPdfSignatureHook(deps: PdfSignatureHookDeps): PostProcess {
  return async (bytes, meta) => {
    const signing = await deps.signing();
    const { namaInspektorat, kota } = deps.institution();
    const issuer = namaInspektorat.trim() === '' ? 'Inspektorat' : namaInspektorat.trim();
    return signing.signPdf(
      bytes,
      { name: issuer, reason: `${KIND_LABELS[meta.kind]} diterbitkan oleh ${issuer} melalui ZI Desk`, location: kota.trim(), contactInfo: '' },
      deps.now(),
    );
  };
}
