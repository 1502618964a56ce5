import diagnostics from 'node:diagnostics_channel';
import { promises as fsp } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PDF_AT_ONCE_MIN_CORES, SIGNING_READY_CHANNEL, pdfWorkerAtOnce, type SigningReadyTiming } from '../../../../electron/services/container';
import type { WorksheetList } from '../../../../shared/worksheets';
import { expectOk, prepareDataDir, useHarness } from '../handlers/harness';

const harnesses = useHarness();

/** The demo story (worksheets, pledges, the Piagam), printed once so the folder has its keys. */
let template: { dir: string; remove(): Promise<void> };
beforeAll(async () => {
  template = await prepareDataDir(async (dispatch) => {
    expectOk(await dispatch('demo:load', { withYear: true }));
  });
});
afterAll(async () => template.remove());

async function copyOfTemplate(): Promise<string> {
  const dir = await harnesses.tempDir();
  await fsp.cp(template.dir, dir, { recursive: true, filter: (source) => !source.endsWith('.lock') });
  return dir;
}

describe('an interactive start (the hosts)', () => {
  it('unlocks the existing key in the background, before anything asks for a signature', async () => {
    let listener: (message: unknown) => void = () => undefined;
    const ready = new Promise<SigningReadyTiming>((resolve) => {
      listener = (message) => resolve(message as SigningReadyTiming);
    });
    diagnostics.subscribe(SIGNING_READY_CHANNEL, listener);
    try {
      await harnesses.open(await copyOfTemplate(), { interactive: true });
      // Nothing here asks for the signing service: the start itself imports it and unlocks the key.
      const timing = await ready;
      expect(timing.readyAt).toBeGreaterThanOrEqual(timing.importedAt);
      expect(timing.importedAt).toBeGreaterThanOrEqual(timing.requestedAt);
    } finally {
      diagnostics.unsubscribe(SIGNING_READY_CHANNEL, listener);
    }
  });

  it('prints a correct, signed LHE as its very first call, while the PDF worker is still warming up', async () => {
    const h = await harnesses.open(await copyOfTemplate(), { interactive: true });
    const list = expectOk(await h.call('worksheets:list', {})) as WorksheetList;
    const worksheet = list.worksheets.find((row) => row.status === 'FINAL') ?? list.worksheets[0];
    if (!worksheet) throw new Error('the demo story has worksheets');
    const printed = expectOk(await h.call('reports:printLhe', { id: worksheet.id }));
    const resolved = await h.services.documents.resolve(printed.pdf.documentId);
    const bytes = await fsp.readFile(resolved.filePath);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const verified = expectOk(await h.call('verification:verify', { pdfBase64: bytes.toString('base64') }));
    expect(verified.pdf).toMatchObject({ intact: true, certificate: 'current', signatureCount: 1 });
  });

  it('never makes a key in the background: a fresh folder gets its keys from the first document that needs them', async () => {
    const h = await harnesses.open(undefined, { interactive: true });
    await h.services.warmUp();
    await h.services.pdf.warmed();
    await expect(fsp.readdir(`${h.dataDir}/keys`)).rejects.toThrow();
  });
});

describe('when an interactive start runs the PDF worker (pdfWorkerAtOnce)', () => {
  it.each([
    ['no delay asked for, 2 cores', 0, 2, true],
    ['the hosts’ second, 2 cores: after the first page', 1000, 2, false],
    ['the hosts’ second, 3 cores', 1000, 3, false],
    [`the hosts’ second, ${PDF_AT_ONCE_MIN_CORES} cores: at once`, 1000, PDF_AT_ONCE_MIN_CORES, true],
    ['the hosts’ second, 16 cores', 1000, 16, true],
  ])('%s', (_, warmUpAfterMs, cores, atOnce) => {
    expect(pdfWorkerAtOnce(warmUpAfterMs, cores)).toBe(atOnce);
  });
});
