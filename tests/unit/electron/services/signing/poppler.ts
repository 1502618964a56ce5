import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { withPdfFile } from '../pdf/fixtures';

const run = promisify(execFile);

/** `pdfsig` output for a PDF (poppler-utils); the exit code is ignored, the report is what tests read. */
export async function pdfsig(bytes: Uint8Array): Promise<string> {
  return withPdfFile(bytes, async (file) => {
    try {
      const { stdout, stderr } = await run('pdfsig', [file]);
      return `${stdout}${stderr}`;
    } catch (error) {
      const failed = error as { stdout?: string; stderr?: string };
      return `${failed.stdout ?? ''}${failed.stderr ?? ''}`;
    }
  });
}

/** The PDF as it was before the last incremental update (the bytes up to and including its first `%%EOF`). */
export function beforeIncrementalUpdate(bytes: Uint8Array): Uint8Array {
  const text = Buffer.from(bytes).toString('latin1');
  const end = text.indexOf('%%EOF');
  return bytes.subarray(0, end + '%%EOF'.length);
}
