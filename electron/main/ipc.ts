import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { contract, listChannels } from '../../shared/contract';
import { fail } from '../../shared/result';
import type { Dispatch } from '../handlers';
import { isTrustedSender } from '../security';

/**
 * The ipcMain adapter: one `handle` per channel of the contract. The sender is checked first (our
 * window, its main frame, our origin), the payload second (by the dispatcher's schema parse).
 */
export function registerIpc(dispatch: Dispatch, windows: () => readonly BrowserWindow[]): void {
  for (const { name } of listChannels(contract)) {
    ipcMain.handle(name, async (event: IpcMainInvokeEvent, input: unknown) => {
      const ours = windows().some((w) => !w.isDestroyed() && w.webContents.id === event.sender.id);
      if (!isTrustedSender(event.senderFrame, ours)) {
        return fail('FORBIDDEN', 'Permintaan ditolak: bukan dari jendela ZI Desk.');
      }
      return dispatch(name, input);
    });
  }
}
