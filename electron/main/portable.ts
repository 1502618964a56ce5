import path from 'node:path';

/**
 * Where a portable copy may keep its data. Pure (no 'electron'), so it is unit-tested under plain
 * Node with Windows paths: every path here is handled with `path.win32`, whatever the platform.
 *
 * The portable .exe keeps its data in `ZI Desk Data` next to itself. That is only safe in an
 * ordinary folder: a temporary folder is emptied by Windows or by the launcher; Explorer runs an
 * .exe opened inside a ZIP from `%TEMP%\Temp1_<zip name>\` and deletes it later; sync tools
 * (OneDrive, Dropbox, Google Drive) lock and replace files while they are written; Controlled
 * Folder Access (Windows Security's ransomware protection) blocks unknown apps from writing into
 * Documents, Desktop, Downloads and the other user folders.
 */

const win = path.win32;

export type PortableFolderKind = 'zip-extracted' | 'temporary' | 'synced' | 'protected' | 'normal';

export interface PortableFolderVerdict {
  kind: PortableFolderKind;
  /** Why, in Bahasa Indonesia, for the dialog; '' when `normal`. */
  reason: string;
}

/** The environment variables the classification reads (pass `process.env`). */
export interface PortableEnv {
  TEMP?: string | undefined;
  TMP?: string | undefined;
  LOCALAPPDATA?: string | undefined;
  USERPROFILE?: string | undefined;
  OneDrive?: string | undefined;
  OneDriveCommercial?: string | undefined;
  OneDriveConsumer?: string | undefined;
}

/** Folders Controlled Folder Access protects by default under the user's profile. */
const PROTECTED_USER_FOLDERS = ['desktop', 'documents', 'downloads', 'pictures', 'videos', 'music', 'favorites'];

/** Folder names sync clients create: OneDrive (personal, "OneDrive - <organisation>"), Dropbox, Google Drive, iCloud. */
const SYNCED_SEGMENT = /^(onedrive|onedrive - .+|dropbox|dropbox \(.+\)|google ?drive|my drive|drive saya|icloud ?drive)$/i;

/** Explorer's "run from inside a ZIP" folder (`Temp1_Arsip.zip`), WinRAR's (`Rar$EXa…`), 7-Zip's (`7zO…`). */
const ARCHIVE_SEGMENT = /^(temp\d+_.+\.zip|rar\$ex.+|7zo.+)$/i;

function segments(folder: string): string[] {
  return win
    .normalize(folder)
    .split(/[\\/]+/)
    .filter((segment) => segment !== '');
}

function clean(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed && win.isAbsolute(trimmed) ? win.normalize(trimmed) : undefined;
}

/** True when `folder` is `root` or inside it (case-insensitive, as Windows compares paths). */
export function isInsideWin(folder: string, root: string): boolean {
  const relative = win.relative(win.normalize(root).toLowerCase(), win.normalize(folder).toLowerCase());
  return relative === '' || (!relative.startsWith('..') && !win.isAbsolute(relative));
}

/** The user's profile folder: `USERPROFILE`, else the `X:\Users\<name>` prefix of the folder itself. */
function profileOf(folder: string, env: PortableEnv): string | undefined {
  const fromEnv = clean(env.USERPROFILE);
  if (fromEnv !== undefined && isInsideWin(folder, fromEnv)) return fromEnv;
  const parts = segments(folder);
  const users = parts.findIndex((segment) => segment.toLowerCase() === 'users');
  if (users === -1 || parts[users + 1] === undefined) return undefined;
  return `${parts.slice(0, users + 2).join('\\')}\\`;
}

/**
 * Classifies the folder a portable copy would keep its data in (the data folder or the .exe's
 * folder). Order matters: a ZIP opened from a synced Downloads folder is first of all temporary.
 */
export function classifyPortableFolder(folder: string, env: PortableEnv): PortableFolderVerdict {
  const parts = segments(folder);
  const lower = parts.map((segment) => segment.toLowerCase());
  const temps = [clean(env.TEMP), clean(env.TMP), clean(env.LOCALAPPDATA) === undefined ? undefined : win.join(clean(env.LOCALAPPDATA) ?? '', 'Temp')].filter(
    (value): value is string => value !== undefined,
  );
  const inTemp =
    temps.some((root) => isInsideWin(folder, root)) ||
    lower.some((segment, index) => segment === 'temp' && lower[index - 1] === 'local' && lower[index - 2] === 'appdata') ||
    (lower[1] === 'windows' && lower[2] === 'temp');

  if (parts.some((segment) => ARCHIVE_SEGMENT.test(segment)) || (inTemp && lower.some((segment) => segment.endsWith('.zip')))) {
    return {
      kind: 'zip-extracted',
      reason:
        'ZI Desk dijalankan langsung dari dalam berkas ZIP. Windows hanya mengekstraknya ke folder sementara yang nanti dihapus, beserta semua data di dalamnya.',
    };
  }
  if (inTemp) {
    return { kind: 'temporary', reason: 'Folder ini adalah folder sementara Windows yang dapat dikosongkan kapan saja, beserta semua data di dalamnya.' };
  }
  const syncRoots = [clean(env.OneDrive), clean(env.OneDriveCommercial), clean(env.OneDriveConsumer)].filter((value): value is string => value !== undefined);
  if (syncRoots.some((root) => isInsideWin(folder, root)) || parts.some((segment) => SYNCED_SEGMENT.test(segment))) {
    return {
      kind: 'synced',
      reason:
        'Folder ini disinkronkan oleh OneDrive, Dropbox atau Google Drive. Aplikasi sinkronisasi mengunci dan mengganti berkas saat sedang ditulis, sehingga data dapat rusak.',
    };
  }
  const profile = profileOf(folder, env);
  if (profile !== undefined) {
    const first = win.relative(profile.toLowerCase(), win.normalize(folder).toLowerCase()).split('\\')[0] ?? '';
    if (PROTECTED_USER_FOLDERS.includes(first)) {
      return {
        kind: 'protected',
        reason:
          'Folder ini (Desktop, Documents, Downloads dan sejenisnya) dapat dilindungi "Controlled Folder Access" Windows Security, yang memblokir penulisan data oleh aplikasi.',
      };
    }
  }
  return { kind: 'normal', reason: '' };
}

/** The data folder of a portable copy: `ZI Desk Data` next to the .exe (as `resolveDataDir` chooses). */
export const PORTABLE_DATA_FOLDER = 'ZI Desk Data';

/**
 * Chosen data folders, remembered per .exe folder. Copies run from a temporary or ZIP folder share
 * one key: Explorer extracts each run into a new `Temp<n>_…` folder.
 */
export interface PortableChoices {
  version: 1;
  folders: Record<string, string>;
}

export const EMPTY_CHOICES: PortableChoices = { version: 1, folders: {} };

/** The key under which the choice for an .exe folder is remembered. */
export function choiceKey(exeDir: string, kind: PortableFolderKind): string {
  return kind === 'temporary' || kind === 'zip-extracted' ? '<sementara>' : win.normalize(exeDir).toLowerCase();
}

/** Reads the remembered choices; anything unreadable counts as none. */
export function parseChoices(text: string | undefined): PortableChoices {
  if (text === undefined) return EMPTY_CHOICES;
  try {
    const value = JSON.parse(text) as unknown;
    if (typeof value !== 'object' || value === null) return EMPTY_CHOICES;
    const folders = (value as { folders?: unknown }).folders;
    if (typeof folders !== 'object' || folders === null) return EMPTY_CHOICES;
    const kept: Record<string, string> = {};
    for (const [key, folder] of Object.entries(folders)) {
      if (typeof folder === 'string' && win.isAbsolute(folder)) kept[key] = folder;
    }
    return { version: 1, folders: kept };
  } catch {
    return EMPTY_CHOICES;
  }
}

export type PortablePlacement =
  | { state: 'ok'; dataDir: string }
  /** The folder next to the .exe is unsafe and nothing acceptable was chosen yet: ask. */
  | { state: 'ask'; verdict: PortableFolderVerdict; proposed: string };

/**
 * Where a portable copy keeps its data: next to the .exe when that folder is ordinary, else the
 * folder the user chose earlier for this .exe folder (when it is itself acceptable), else ask.
 */
export function placePortableData(exeDir: string, env: PortableEnv, choices: PortableChoices): PortablePlacement {
  const beside = win.join(exeDir, PORTABLE_DATA_FOLDER);
  const verdict = classifyPortableFolder(beside, env);
  if (verdict.kind === 'normal') return { state: 'ok', dataDir: beside };
  const chosen = choices.folders[choiceKey(exeDir, verdict.kind)];
  if (chosen !== undefined && classifyPortableFolder(chosen, env).kind === 'normal') return { state: 'ok', dataDir: chosen };
  return { state: 'ask', verdict, proposed: suggestedFolder(env) };
}

/** A safe default to propose in the folder picker: `C:\ZI Desk Data` on the system drive. */
export function suggestedFolder(env: PortableEnv & { SystemDrive?: string | undefined }): string {
  const drive = /^[a-z]:$/i.test(env.SystemDrive ?? '') ? (env.SystemDrive ?? 'C:') : 'C:';
  return win.join(`${drive}\\`, PORTABLE_DATA_FOLDER);
}

/** Records a choice (a new object; the caller writes it). */
export function rememberChoice(choices: PortableChoices, exeDir: string, kind: PortableFolderKind, dataDir: string): PortableChoices {
  return { version: 1, folders: { ...choices.folders, [choiceKey(exeDir, kind)]: win.normalize(dataDir) } };
}

/**
 * The Chromium profile (`userData`) of a portable copy: inside its data folder, so a portable and
 * an installed copy never share the profile or the single-instance lock, and two portable copies
 * with different data folders run side by side. Until a folder is chosen: a fixed folder under
 * `%LOCALAPPDATA%`, apart from the installed copy's `%APPDATA%\ZI Desk`.
 */
export function portableProfileDir(placement: PortablePlacement, env: PortableEnv & { USERPROFILE?: string | undefined }): string {
  return placement.state === 'ok' ? win.join(placement.dataDir, 'Profil Aplikasi') : portableStateDir(env);
}

/** Where the portable copy's own state lives on this PC: the remembered choices, and the profile until a folder is chosen. */
export function portableStateDir(env: PortableEnv): string {
  return win.join(clean(env.LOCALAPPDATA) ?? win.join(clean(env.USERPROFILE) ?? 'C:\\', 'AppData', 'Local'), 'ZI Desk Portable');
}

/** The file with the remembered choices. */
export function choicesFile(env: PortableEnv): string {
  return win.join(portableStateDir(env), 'lokasi-data.json');
}

/** The data folder inside a folder the user picked: the folder itself when it is a `ZI Desk Data`, else one inside it (never `E:\` itself). */
export function dataDirInChosen(chosen: string): string {
  const normal = win.normalize(chosen);
  return win.basename(normal).toLowerCase() === PORTABLE_DATA_FOLDER.toLowerCase() ? normal : win.join(normal, PORTABLE_DATA_FOLDER);
}

/** The dialog text when the folder next to the .exe cannot keep the data. */
export function portableRefusalMessage(verdict: PortableFolderVerdict, exeDir: string): string {
  return [
    `Data ZI Desk tidak dapat disimpan di samping aplikasi (${exeDir}).`,
    verdict.reason,
    verdict.kind === 'zip-extracted'
      ? 'Ekstrak dahulu berkas ZIP ke folder biasa (klik kanan → Extract All), atau pilih sekarang folder data yang aman, misalnya C:\\ZI Desk Data atau sebuah flashdisk.'
      : 'Pilih folder data yang aman, misalnya C:\\ZI Desk Data atau sebuah flashdisk. Pilihan ini diingat untuk berikutnya.',
  ].join('\n\n');
}
