import { describe, expect, it } from 'vitest';
import { browserShell, type ShellPort } from '../../../../electron/services/documents';
import { expectOk, useHarness } from './harness';

const harnesses = useHarness();

/** Electron's dialogs as the user answers them: a folder on a USB drive, an archive on it. */
function dialogShell(seen: string[], answer: string | null): ShellPort {
  return {
    ...browserShell,
    chooseFolder: async (title) => {
      seen.push(`folder "${title}"`);
      return answer;
    },
    chooseFile: async (title, filters) => {
      seen.push(`file "${title}" ${filters.map((filter) => filter.extensions.join(',')).join(';')}`);
      return answer === null ? null : `${answer}/ZI-Desk-cadangan-20261206-083000000.zip`;
    },
  };
}

describe('backups: native folder and archive dialogs', () => {
  it('in Electron: the dialog picks the path; title and filter are main’s, not the renderer’s', async () => {
    const seen: string[] = [];
    const h = await harnesses.open(undefined, { shell: dialogShell(seen, '/media/usb/Cadangan') });
    expect(expectOk(await h.call('backups:chooseFolder', {}))).toEqual({ path: '/media/usb/Cadangan' });
    // Extra fields from the renderer are dropped: it cannot choose the dialog's start path or types.
    expect(expectOk(await h.raw('backups:chooseArchive', { filters: ['exe'], path: '/etc' }) as never)).toEqual({
      path: '/media/usb/Cadangan/ZI-Desk-cadangan-20261206-083000000.zip',
    });
    expect(seen).toEqual(['folder "Pilih folder tujuan arsip cadangan"', 'file "Pilih arsip cadangan ZI Desk" zip']);
  });

  it('a cancelled dialog, and the web host (no dialogs), give path null', async () => {
    const cancelled = await harnesses.open(undefined, { shell: dialogShell([], null) });
    expect(expectOk(await cancelled.call('backups:chooseFolder', {}))).toEqual({ path: null });
    const web = await harnesses.open();
    expect(expectOk(await web.call('backups:chooseFolder', {}))).toEqual({ path: null });
    expect(expectOk(await web.call('backups:chooseArchive', {}))).toEqual({ path: null });
  });
});
