import path from 'node:path';
import { AppFailure } from '../../../shared/result';

/** Inputs of {@link resolveDataDir}; pass `process.env`, `process.platform`, `os.homedir()`. */
export interface DataDirInputs {
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  homedir: string;
}

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/**
 * Chooses the data folder. Pure: the same inputs always give the same path.
 *
 * 1. `ZI_DESK_DATA_DIR` (tests, portable setups) — must be absolute;
 * 2. `PORTABLE_EXECUTABLE_DIR` (set by the electron-builder portable exe) → `<dir>/ZI Desk Data`;
 * 3. Windows → `%LOCALAPPDATA%\ZI Desk`, else `<home>\AppData\Local\ZI Desk`. Never Documents or
 *    Roaming: OneDrive and roaming profiles sync those and corrupt files that are being written;
 * 4. macOS → `~/Library/Application Support/ZI Desk`;
 * 5. others → `$XDG_DATA_HOME/zi-desk`, else `~/.local/share/zi-desk`.
 */
export function resolveDataDir({ env, platform, homedir }: DataDirInputs): string {
  const p = platform === 'win32' ? path.win32 : path.posix;
  const explicit = nonEmpty(env.ZI_DESK_DATA_DIR);
  if (explicit !== undefined) {
    if (!p.isAbsolute(explicit)) {
      throw new AppFailure(
        'INVALID_INPUT',
        `ZI_DESK_DATA_DIR harus berupa path absolut (sekarang: "${explicit}").`,
      );
    }
    return p.normalize(explicit);
  }
  const portable = nonEmpty(env.PORTABLE_EXECUTABLE_DIR);
  if (portable !== undefined) return p.join(portable, 'ZI Desk Data');
  switch (platform) {
    case 'win32':
      return p.join(nonEmpty(env.LOCALAPPDATA) ?? p.join(homedir, 'AppData', 'Local'), 'ZI Desk');
    case 'darwin':
      return p.join(homedir, 'Library', 'Application Support', 'ZI Desk');
    default: {
      const xdg = nonEmpty(env.XDG_DATA_HOME);
      // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
      return xdg !== undefined && p.isAbsolute(xdg)
        ? p.join(xdg, 'zi-desk')
        : p.join(homedir, '.local', 'share', 'zi-desk');
    }
  }
}
