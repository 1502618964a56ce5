import { promises as fsp } from 'node:fs';
import type { FileOps } from '../../../../../electron/services/files';

/** A system error as Node reports it, with its `code` (EPERM, EBUSY, ENOSPC …). */
export const systemError = (code: string): NodeJS.ErrnoException => Object.assign(new Error(`${code}: simulated`), { code });

/**
 * Real file operations whose renames can fail, as Windows' sharing violations under antivirus
 * make them: before each rename of a file accepted by `only`, `failure()` names the error code to
 * throw, or undefined to let the rename happen. `attempts()` counts those renames.
 */
export function faultyRenames(failure: () => string | undefined, only: (from: string) => boolean = () => true): { ops: FileOps; attempts: () => number } {
  let attempts = 0;
  return {
    ops: {
      rename: async (from, to) => {
        if (only(from)) {
          attempts += 1;
          const code = failure();
          if (code !== undefined) throw systemError(code);
        }
        await fsp.rename(from, to);
      },
      unlink: (target) => fsp.unlink(target),
    },
    attempts: () => attempts,
  };
}

/**
 * Real file operations where any rename, unlink or open can be made to fail: `failure(op, path)`
 * names the error code to throw (EPERM, ENOSPC …) or undefined to let the call happen. `calls`
 * lists the operations that were attempted, failed or not.
 */
export function faultyOps(failure: (op: 'rename' | 'unlink' | 'open', file: string) => string | undefined): {
  ops: FileOps;
  calls: { op: string; file: string }[];
} {
  const calls: { op: string; file: string }[] = [];
  const gate = (op: 'rename' | 'unlink' | 'open', file: string): void => {
    calls.push({ op, file });
    const code = failure(op, file);
    if (code !== undefined) throw systemError(code);
  };
  return {
    ops: {
      rename: async (from, to) => {
        gate('rename', from);
        await fsp.rename(from, to);
      },
      unlink: async (target) => {
        gate('unlink', target);
        await fsp.unlink(target);
      },
      open: async (file, flags) => {
        gate('open', file);
        return fsp.open(file, flags);
      },
    },
    calls,
  };
}
