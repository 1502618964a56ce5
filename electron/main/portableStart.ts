import { app, dialog } from 'electron';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  choicesFile,
  classifyPortableFolder,
  dataDirInChosen,
  parseChoices,
  placePortableData,
  portableProfileDir,
  portableRefusalMessage,
  rememberChoice,
  type PortablePlacement,
} from './portable';

/**
 * The portable .exe's start (the rules are pure, in portable.ts): its own Chromium profile before
 * the single-instance lock, and a data folder that is never temporary, ZIP-extracted, synced or
 * protected — when the folder next to the .exe is one of those, the user picks another one, which
 * is remembered on this PC. Nothing here runs for the installed app or with ZI_DESK_DATA_DIR.
 */

export interface PortableStart {
  exeDir: string;
  placement: PortablePlacement;
}

function readText(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** Before `requestSingleInstanceLock()`: decides the profile folder and sets `userData` to it. */
export function preparePortable(env: NodeJS.ProcessEnv): PortableStart | undefined {
  const exeDir = env.PORTABLE_EXECUTABLE_DIR?.trim();
  if (!exeDir || env.ZI_DESK_DATA_DIR?.trim()) return undefined;
  const placement = placePortableData(exeDir, env, parseChoices(readText(choicesFile(env))));
  app.setPath('userData', portableProfileDir(placement, env));
  return { exeDir, placement };
}

/** After `ready`: the data folder, asking for one (and remembering it) when the .exe's folder is unsafe. */
export async function askPortableDataDir(start: PortableStart, env: NodeJS.ProcessEnv): Promise<string> {
  if (start.placement.state === 'ok') return start.placement.dataDir;
  const { verdict, proposed } = start.placement;
  let detail = portableRefusalMessage(verdict, start.exeDir);
  for (;;) {
    const answer = await dialog.showMessageBox({
      type: 'warning',
      title: 'ZI Desk — folder data',
      message: 'Pilih folder untuk data ZI Desk',
      detail,
      buttons: ['Pilih folder…', 'Keluar'],
      defaultId: 0,
      cancelId: 1,
      noLink: true,
    });
    if (answer.response !== 0) {
      app.exit(0);
      throw new Error('Dibatalkan: tidak ada folder data yang dipilih.');
    }
    const picked = await dialog.showOpenDialog({
      title: 'Pilih folder data ZI Desk',
      buttonLabel: 'Gunakan folder ini',
      defaultPath: path.win32.dirname(proposed),
      properties: ['openDirectory', 'createDirectory', 'promptToCreate', 'dontAddToRecent'],
    });
    const chosen = picked.canceled ? undefined : picked.filePaths[0];
    if (chosen === undefined) continue;
    const dataDir = dataDirInChosen(chosen);
    const check = classifyPortableFolder(dataDir, env);
    if (check.kind !== 'normal') {
      detail = `Folder ${dataDir} juga tidak aman untuk data. ${check.reason}\n\nPilih folder lain, misalnya C:\\ZI Desk Data atau sebuah flashdisk.`;
      continue;
    }
    try {
      const file = choicesFile(env);
      mkdirSync(path.win32.dirname(file), { recursive: true });
      writeFileSync(file, `${JSON.stringify(rememberChoice(parseChoices(readText(file)), start.exeDir, verdict.kind, dataDir), null, 1)}\n`);
    } catch {
      // Not remembered: the same question comes again next time, the data itself is safe.
    }
    return dataDir;
  }
}
