import { randomBytes } from 'node:crypto';
import type { z } from 'zod';
import { safeFileName } from '../../../shared/files/fileNames';
import { formatTanggal, todayIso } from '../../../shared/format/date';
import { dateInPledgeYear, dateOutsideYearMessage } from '../../../shared/pledges/inputs';
import { templateAsksMeterai } from '../../../shared/pakta/meterai';
import type { PledgeTemplateService } from './templates';
import type { Person, Unit } from '../../../shared/masterdata/schemas';
import type { PledgeText, WitnessSnapshot } from '../../../shared/pakta/types';
import type { BatchStarted, BatchStatus, pledgeBatchInputSchema } from '../../../shared/pledges';
import { AppFailure } from '../../../shared/result';
import type { DocumentsService } from '../documents';
import type { MasterDataService } from '../masterdata';
import { cancelledFailure } from '../pdf/batch';
import { pledgeBatchPdf, pledgeFiles, type PledgeDocument, type PledgeFile, type PledgePdfOptions } from '../pdf/pledge';
import type { StoredPledge } from './documents';
import { resolvePlace, toPledgeRecord, type PledgeService } from './pledges';
import { pledgeKopSpec } from './pledges/print';

/**
 * Cetak massal: every active person of the chosen units without a pledge for the
 * year gets a wet-signature pledge (blank signature space, each page with its own code), printed
 * as ONE merged PDF and, if asked, one PDF per person. The work runs as a job the renderer polls
 * (`pledges:batchStatus`) and can cancel. Order of effects, so nothing is recorded as printed that
 * was not: render in memory → write the files (temp + rename, pending) → store the pledges with
 * their print record in one update → confirm the files. A cancel or a failure before the record
 * leaves no file and no record; a failure of the record removes the files again; a crash before
 * the confirmation leaves pending files that the start-up sweep of the documents store deletes.
 */

export type BatchInput = z.output<typeof pledgeBatchInputSchema>;

/** What rendering a batch needs; the default runs in-process (yielding between pages). */
export interface BatchRenderRequest {
  documents: PledgeDocument[];
  options: PledgePdfOptions;
  separateFiles: boolean;
}

export interface BatchRenderResult {
  merged: Uint8Array;
  /** The per-person files in order: a list, or a stream of them while they are rendered (see documents/pipeline.ts). */
  files: PledgeFile[] | AsyncIterable<PledgeFile>;
}

/**
 * Renders a batch; `onProgress(done, total)` counts pages, then files. Rejects (or its file
 * stream does) with CANCELLED on abort.
 */
export type BatchRenderer = (request: BatchRenderRequest, onProgress: (done: number, total: number) => void, signal: AbortSignal) => Promise<BatchRenderResult>;

/** The engine in this process: pdf/pledge.ts yields to the event loop every few pages. */
export const inProcessBatchRenderer: BatchRenderer = async ({ documents, options, separateFiles }, onProgress, signal) => {
  const count = documents.length;
  const total = separateFiles ? count * 2 : count;
  const merged = await pledgeBatchPdf(documents, options, (done) => onProgress(done, total), signal);
  const files = separateFiles ? await pledgeFiles(documents, options, (done) => onProgress(count + done, total), signal) : [];
  return { merged, files };
};

export interface BatchService {
  start(input: BatchInput, by: string): Promise<BatchStarted>;
  status(jobId: string): BatchStatus;
  cancel(jobId: string): BatchStatus;
  /** Resolves when the job has finished (tests, shutdown). */
  settled(jobId: string): Promise<BatchStatus>;
}

interface Job {
  status: BatchStatus;
  controller: AbortController;
  finished: Promise<void>;
  endedAt: number | null;
}

/** Finished jobs are forgotten after this long (the renderer polls every few hundred ms). */
const KEEP_FINISHED_MS = 60 * 60 * 1000;

function unknownJob(): AppFailure {
  return new AppFailure('NOT_FOUND', 'Pekerjaan cetak massal tidak dikenal (mungkin sudah lama selesai atau aplikasi dimulai ulang).');
}

function failureOf(error: unknown): { code: string; message: string } {
  if (error instanceof AppFailure) return { code: error.code, message: error.message };
  return { code: 'PDF_ERROR', message: 'Cetak massal gagal karena kesalahan tak terduga. Tidak ada berkas yang disimpan; coba lagi.' };
}

/** The head of the unit as the witness ("Menyaksikan") of a member's pledge, unless it is the head. */
function unitHeadWitness(person: Person, unit: Unit | undefined): WitnessSnapshot | null {
  if (!unit || unit.kepalaNama.trim() === '') return null;
  if (unit.kepalaNip !== '' && unit.kepalaNip === person.nip) return null;
  if (unit.kepalaNama.trim() === person.nama.trim()) return null;
  return { nama: unit.kepalaNama, nip: unit.kepalaNip, jabatan: unit.kepalaJabatan.trim() || `Kepala ${unit.nama}` };
}

export function createBatchService(deps: {
  master: MasterDataService;
  pledges: PledgeService;
  documents: DocumentsService;
  now: () => Date;
  renderer?: BatchRenderer;
  /** Template versions, for the meterai option of each pledge's template (default: every box printed). */
  templates?: PledgeTemplateService;
}): BatchService {
  const { master, pledges, documents, now } = deps;
  const render = deps.renderer ?? inProcessBatchRenderer;
  const jobs = new Map<string, Job>();

  const sweep = (): void => {
    const limit = Date.now() - KEEP_FINISHED_MS;
    for (const [id, job] of jobs) if (job.endedAt !== null && job.endedAt < limit) jobs.delete(id);
  };

  const find = (jobId: string): Job => {
    const job = jobs.get(jobId);
    if (!job) throw unknownJob();
    return job;
  };

  const snapshot = (job: Job): BatchStatus => structuredClone(job.status);

  return {
    async start(input, by) {
      sweep();
      const institution = master.data().institution;
      const units =
        input.unitIds === 'all'
          ? master.listUnits(false)
          : input.unitIds.map((id) => {
              const unit = master.findUnit(id);
              if (!unit) throw new AppFailure('NOT_FOUND', 'Unit kerja yang dipilih tidak ditemukan. Muat ulang daftar unit.');
              return unit;
            });
      const unitsById = new Map(units.map((unit) => [unit.id, unit]));
      const people = units
        .flatMap((unit) => master.listPeople({ unitId: unit.id, includeInactive: false }))
        .sort((a, b) => (unitsById.get(a.unitId)?.nama ?? '').localeCompare(unitsById.get(b.unitId)?.nama ?? '', 'id') || a.nama.localeCompare(b.nama, 'id'));
      if (people.length === 0) {
        throw new AppFailure('INVALID_INPUT', 'Tidak ada yang dapat dicetak: unit kerja yang dipilih belum memiliki pegawai aktif.');
      }
      const doc = await pledges.yearDocument(input.year);
      const taken = doc.data.pledges.filter((p) => p.revoked === null);
      const takenPeople = new Set(taken.map((p) => p.personId).filter((id): id is string => id !== null));
      const takenNips = new Set(taken.map((p) => p.signer.nip).filter((nip) => nip !== ''));
      const eligible = people.filter((person) => !takenPeople.has(person.id) && !(person.nip !== '' && takenNips.has(person.nip)));
      if (eligible.length === 0) {
        throw new AppFailure(
          'INVALID_INPUT',
          `Tidak ada yang perlu dicetak: semua ${people.length} pegawai aktif di unit kerja yang dipilih sudah memiliki Pakta Integritas tahun ${input.year}. Gunakan cetak ulang pada daftar pakta bila perlu.`,
        );
      }
      const place = resolvePlace(input.place, institution);
      const date = input.date ?? todayIso(now());
      // Pakta rule: a pledge is dated within its year; today is assumed only when it is.
      if (!dateInPledgeYear(date, input.year)) {
        throw new AppFailure('INVALID_INPUT', dateOutsideYearMessage(input.year), [{ path: 'date', message: dateOutsideYearMessage(input.year) }]);
      }
      const drafts: { stored: StoredPledge; text: PledgeText }[] = [];
      for (const person of eligible) {
        drafts.push(await pledges.draftForPerson(person, { year: input.year, place, date, witness: unitHeadWitness(person, unitsById.get(person.unitId)) }, by));
      }
      const options = await pledges.pdfOptions();

      const jobId = `job-${randomBytes(8).toString('hex')}`;
      const controller = new AbortController();
      const total = input.separateFiles ? drafts.length * 2 : drafts.length;
      const status: BatchStatus = { jobId, state: 'running', done: 0, total, pledges: drafts.length, result: null, error: null };
      const job: Job = { status, controller, finished: Promise.resolve(), endedAt: null };
      const scope = input.unitIds === 'all' ? 'semua unit' : units.length === 1 ? (units[0]?.singkatan || units[0]?.nama || 'unit') : `${units.length} unit`;

      const run = async (): Promise<void> => {
        const fileName = safeFileName(`Pakta Integritas ${input.year} - ${scope.replace(/[/\\]/g, ' ')}`, 'pdf');
        const meta = await documents.produce({
          kind: 'pakta-batch',
          title: `Pakta Integritas ${input.year} – ${scope} (${drafts.length} pegawai, ${formatTanggal(date)})`,
          fileName,
          sourceIds: drafts.map((d) => d.stored.id),
          render: async () => {
            const rendered = await render(
              {
                documents: drafts.map(({ stored, text }) => ({
                  pledge: toPledgeRecord(stored, text),
                  signatureImage: null,
                  verification: { code: stored.code, qrPayload: stored.qrPayload },
                  meteraiBox: templateAsksMeterai(deps.templates?.all() ?? [], text.templateId, text.templateVersion),
                  kop: pledgeKopSpec(deps, options.institution, stored.unitId, text),
                })),
                options,
                separateFiles: input.separateFiles,
              },
              (done) => {
                status.done = Math.min(done, total);
              },
              controller.signal,
            );
            if (controller.signal.aborted) throw cancelledFailure();
            return { bytes: rendered.merged, pages: drafts.length, files: rendered.files };
          },
          // Swept at the next start unless confirmed below: a crash before the pledges are stored
          // must not leave per-person PDFs (names, NIPs) that nothing points to.
          awaitsRecord: true,
        });
        try {
          if (controller.signal.aborted) throw cancelledFailure();
          const at = now().toISOString();
          await doc.update((draft) => {
            const active = draft.pledges.filter((p) => p.revoked === null);
            for (const { stored, text } of drafts) {
              const clash = active.find((p) => p.personId === stored.personId || (stored.signer.nip !== '' && p.signer.nip === stored.signer.nip));
              if (clash) {
                throw new AppFailure(
                  'CONFLICT',
                  `Pakta ${clash.signer.nama} tahun ${input.year} dibuat di tempat lain selama cetak massal berjalan. Tidak ada yang disimpan; ulangi cetak massal.`,
                );
              }
              draft.texts[stored.textRef] ??= text;
              draft.pledges.push({ ...stored, printed: [{ at, documentId: meta.id, batch: true }] });
            }
          });
        } catch (error) {
          await documents.remove(meta.id);
          throw error;
        }
        await documents.confirm(meta.id).catch(() => undefined); // else swept and printed again
        status.result = {
          documentId: meta.id,
          fileName,
          pages: drafts.length,
          folder: meta.files.length > 0 ? documents.filesFolder(meta.id) : null,
          files: meta.files.map((file, index) => ({ documentId: `${meta.id}_${index + 1}`, fileName: file.fileName })),
        };
        status.done = total;
        status.state = 'done';
      };

      job.finished = run()
        .catch((error: unknown) => {
          const failure = failureOf(error);
          status.state = failure.code === 'CANCELLED' ? 'cancelled' : 'failed';
          status.error = failure;
        })
        .finally(() => {
          job.endedAt = Date.now();
        });
      jobs.set(jobId, job);
      return { jobId, total: drafts.length };
    },

    status: (jobId) => snapshot(find(jobId)),

    cancel(jobId) {
      const job = find(jobId);
      if (job.status.state === 'running') job.controller.abort();
      return snapshot(job);
    },

    async settled(jobId) {
      const job = find(jobId);
      await job.finished;
      return snapshot(job);
    },
  };
}
