import type { LheModel, RecapModel } from '../../../shared/reports/model';
import type { ProgressCallback } from './batch';
import { declarationPdf, type DeclarationDocument, type DeclarationPdfOptions } from './declaration';
import type { PagedPdf, ReportPdfOptions } from './engine';
import { lhePdf } from './lhe';
import { pledgeBatchPdf, pledgeFiles, pledgePdf, type PledgeDocument, type PledgeFile, type PledgeFileCallback, type PledgePdfOptions } from './pledge';
import { sptjmPdf, suratPengajuanPdf, type ProposalLetterModel } from './proposal';
import { recapPdf } from './recap';

/**
 * The PDF jobs a caller can hand to a worker thread (or run in-process with {@link runJob}):
 * plain data in, bytes out, so they cross `postMessage` by structured clone.
 */
export type PdfJob =
  | { kind: 'pledge'; document: PledgeDocument; options: PledgePdfOptions }
  | { kind: 'pledgeBatch'; documents: PledgeDocument[]; options: PledgePdfOptions }
  | { kind: 'pledgeFiles'; documents: PledgeDocument[]; options: PledgePdfOptions }
  | { kind: 'declaration'; document: DeclarationDocument; options: DeclarationPdfOptions }
  | { kind: 'lhe'; model: LheModel; options: ReportPdfOptions }
  | { kind: 'recap'; model: RecapModel; options: ReportPdfOptions }
  | { kind: 'suratUsulan'; model: ProposalLetterModel; options: ReportPdfOptions }
  | { kind: 'sptjm'; model: ProposalLetterModel; options: ReportPdfOptions };

/** What each job kind resolves with. */
interface PdfJobResults {
  pledge: Uint8Array;
  pledgeBatch: Uint8Array;
  pledgeFiles: PledgeFile[];
  declaration: Uint8Array;
  lhe: PagedPdf;
  recap: PagedPdf;
  suratUsulan: PagedPdf;
  sptjm: PagedPdf;
}

/** The result type of a job. */
export type PdfJobResult<J extends PdfJob> = PdfJobResults[J['kind']];

/**
 * Runs a job in the current thread. `onFile` streams the files of a `pledgeFiles` job (which then
 * resolves with none, see pledge.ts `pledgeFiles`); other kinds ignore it.
 */
export async function runJob<J extends PdfJob>(job: J, onProgress?: ProgressCallback, signal?: AbortSignal, onFile?: PledgeFileCallback): Promise<PdfJobResult<J>> {
  let result: PdfJobResults[PdfJob['kind']];
  switch (job.kind) {
    case 'pledge':
      result = await pledgePdf(job.document, job.options);
      break;
    case 'pledgeBatch':
      result = await pledgeBatchPdf(job.documents, job.options, onProgress, signal);
      break;
    case 'pledgeFiles':
      result = await pledgeFiles(job.documents, job.options, onProgress, signal, onFile);
      break;
    case 'declaration':
      result = await declarationPdf(job.document, job.options);
      break;
    case 'lhe':
      result = await lhePdf(job.model, job.options);
      break;
    case 'recap':
      result = await recapPdf(job.model, job.options);
      break;
    case 'suratUsulan':
      result = await suratPengajuanPdf(job.model, job.options);
      break;
    case 'sptjm':
      result = await sptjmPdf(job.model, job.options);
      break;
  }
  return result as PdfJobResult<J>;
}
