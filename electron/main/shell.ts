import { app, dialog, shell, type BrowserWindow, type Session } from 'electron';
import { randomBytes } from 'node:crypto';
import { promises as fsp, rmSync } from 'node:fs';
import path from 'node:path';
import { externalUrlOf } from '../../shared/documents/open';
import { extensionOf, safeFileName } from '../../shared/files/fileNames';
import { AppFailure } from '../../shared/result';
import type { ShellPort } from '../services/documents';
import { showPreview, type PreviewOptions } from './documents';

/**
 * The Electron shell's verbs for opening things (the native port's `ShellPort`): "Simpan salinan…"
 * through a save dialog under the document's real name, "Tampilkan di folder" in Explorer, a web
 * address in the default browser (http and https only, checked here again), an evidence file in
 * the preview window (PDF, images) or its own application (Word, Excel …). Dialogs are modal to
 * the main window.
 */

/** Evidence types Chromium shows itself in the preview window; the rest open in their own application. */
const PREVIEWABLE = new Set(['application/pdf', 'image/png', 'image/jpeg', 'text/plain']);

function filtersFor(fileName: string): Electron.FileFilter[] {
  const extension = extensionOf(fileName).toLowerCase();
  return extension === 'pdf' ? [{ name: 'Dokumen PDF', extensions: ['pdf'] }] : extension === '' ? [] : [{ name: `Berkas .${extension}`, extensions: [extension] }];
}

export function electronShell(options: PreviewOptions): ShellPort {
  const modal = (): BrowserWindow | undefined => {
    const parent = options.parent();
    return parent === undefined || parent.isDestroyed() ? undefined : parent;
  };
  return {
    async saveDocument(document) {
      const dialogOptions: Electron.SaveDialogOptions = {
        title: 'Simpan salinan',
        buttonLabel: 'Simpan',
        defaultPath: path.join(app.getPath('documents'), document.saveName),
        filters: filtersFor(document.saveName),
      };
      const parent = modal();
      const chosen = parent === undefined ? await dialog.showSaveDialog(dialogOptions) : await dialog.showSaveDialog(parent, dialogOptions);
      if (chosen.canceled || chosen.filePath === undefined || chosen.filePath === '') return { saved: false, fileName: document.saveName, path: null, url: null };
      try {
        await fsp.copyFile(document.filePath, chosen.filePath);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? '';
        throw new AppFailure(
          'STORAGE_ERROR',
          `Salinan tidak dapat disimpan ke ${chosen.filePath}${code === '' ? '' : ` (${code})`}. Pilih folder lain, atau tutup berkas itu bila sedang dibuka aplikasi lain.`,
        );
      }
      return { saved: true, fileName: path.basename(chosen.filePath), path: chosen.filePath, url: null };
    },

    async showInFolder(document) {
      shell.showItemInFolder(document.filePath);
      return { shown: true };
    },

    async openExternal(url) {
      const checked = externalUrlOf(url);
      if (checked === null) throw new AppFailure('INVALID_INPUT', 'Hanya alamat web http:// atau https:// yang dapat dibuka.');
      await shell.openExternal(checked.toString(), { activate: true });
      return { opened: true, url: null };
    },

    async openFile(file) {
      // A copy in a private temporary folder: the blob store names files by hash, without extension.
      const folder = path.join(app.getPath('temp'), 'ZI Desk', `bukti-${randomBytes(6).toString('hex')}`);
      await fsp.mkdir(folder, { recursive: true });
      const name = safeFileName(file.fileName.replace(/\.[^.]*$/, ''), extensionOf(file.fileName), 'Bukti dukung');
      const filePath = path.join(folder, name);
      await fsp.writeFile(filePath, file.bytes);
      if (PREVIEWABLE.has(file.mimeType)) {
        await showPreview(filePath, name, name, options);
      } else {
        const failure = await shell.openPath(filePath);
        if (failure !== '') throw new AppFailure('UNSUPPORTED_FILE', `Berkas ${name} tidak dapat dibuka: belum ada aplikasi untuk jenis berkas ini. Simpan salinannya lalu buka dengan aplikasi yang sesuai.`);
      }
      return { opened: true, url: null };
    },

    async chooseFolder(title) {
      const dialogOptions: Electron.OpenDialogOptions = { title, buttonLabel: 'Pilih folder', properties: ['openDirectory', 'createDirectory', 'promptToCreate'] };
      const parent = modal();
      const chosen = parent === undefined ? await dialog.showOpenDialog(dialogOptions) : await dialog.showOpenDialog(parent, dialogOptions);
      return chosen.canceled ? null : (chosen.filePaths[0] ?? null);
    },

    async chooseFile(title, filters) {
      const dialogOptions: Electron.OpenDialogOptions = {
        title,
        buttonLabel: 'Pilih',
        properties: ['openFile'],
        filters: filters.map((filter) => ({ name: filter.name, extensions: [...filter.extensions] })),
      };
      const parent = modal();
      const chosen = parent === undefined ? await dialog.showOpenDialog(dialogOptions) : await dialog.showOpenDialog(parent, dialogOptions);
      return chosen.canceled ? null : (chosen.filePaths[0] ?? null);
    },
  };
}

/** Removes the temporary copies of evidence files opened in this run (best effort, at quit). */
export function removeTemporaryCopies(): void {
  try {
    rmSync(path.join(app.getPath('temp'), 'ZI Desk'), { recursive: true, force: true });
  } catch {
    // Windows keeps a file open in Word locked; the folder is tried again next time.
  }
}

/**
 * Every download (the PDF viewer's save button, an evidence file saved from the main window) asks
 * where to save, proposing the real name: the document's for a preview, else the page's name made
 * safe for Windows — never `dok-<id>.pdf`.
 */
export function handleDownloads(session: Session, saveNames: PreviewOptions['saveNames']): void {
  session.on('will-download', (_event, item) => {
    const known = saveNames.get(item.getURL());
    const suggested = known ?? safeFileName(item.getFilename().replace(/\.[^.]*$/, ''), extensionOf(item.getFilename()), 'Unduhan');
    item.setSaveDialogOptions({
      title: 'Simpan salinan',
      buttonLabel: 'Simpan',
      defaultPath: path.join(app.getPath('downloads'), suggested),
      filters: filtersFor(suggested),
    });
  });
}
