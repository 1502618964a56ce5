import type { BundleKind } from '../../../../../shared/bundles';
import { expectOk, type Harness } from '../../handlers/harness';

/** Exports a bundle of `years` through the channels and follows the job to the written file. */
export async function exportBundle(h: Harness, destination: string, options: { years: number[]; kinds: BundleKind[]; unitIds?: string[] }): Promise<string> {
  const { jobId } = expectOk(await h.call('bundles:export', { destination, years: options.years, unitIds: options.unitIds ?? [], kinds: options.kinds }));
  for (;;) {
    const status = expectOk(await h.call('bundles:exportStatus', { jobId }));
    if (status.state === 'failed') throw new Error(status.error ?? 'failed');
    if (status.state === 'done' && status.result) return status.result.file;
    await new Promise((resolve) => setImmediate(resolve));
  }
}
