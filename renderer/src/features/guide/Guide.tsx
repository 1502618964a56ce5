import { useEffect, useState } from 'react';
import { Dialog } from '../../components/Dialog';
import type { PageName } from '../../lib/route';
import { GLOBAL_SHORTCUTS, GUIDE, WORKSHEET_SHORTCUTS, type Shortcut } from './content';
import './guide.css';

/** True when a key goes into a field (typing `?` in a note must stay a question mark). */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}

function ShortcutTable({ caption, shortcuts }: { caption: string; shortcuts: Shortcut[] }) {
  return (
    <table className="guide-keys">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Tombol</th>
          <th scope="col">Fungsi</th>
        </tr>
      </thead>
      <tbody>
        {shortcuts.map((shortcut) => (
          <tr key={`${shortcut.keys}-${shortcut.action}`}>
            <th scope="row">
              <kbd>{shortcut.keys}</kbd>
            </th>
            <td>{shortcut.action}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** "Panduan": what the current screen is for, its steps and its keys. */
function GuideDialog({ page, onClose }: { page: PageName; onClose: () => void }) {
  const guide = GUIDE[page];
  return (
    <Dialog title={`Panduan: ${guide.title}`} onClose={onClose} description={guide.purpose}>
      <div className="guide-body" data-autofocus tabIndex={-1}>
        <h3 className="guide-heading">Langkah</h3>
        <ol className="guide-steps">
          {guide.steps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
        {guide.keys.length > 0 ? <ShortcutTable caption="Tombol di layar ini" shortcuts={guide.keys} /> : null}
        <p className="guide-more">
          Tekan <kbd>?</kbd> untuk daftar semua tombol pintas.
        </p>
      </div>
    </Dialog>
  );
}

/** The keyboard-shortcut sheet (`?`): every key the app answers to. */
function ShortcutSheet({ onClose }: { onClose: () => void }) {
  return (
    <Dialog title="Tombol pintas" onClose={onClose}>
      <div className="guide-body" data-autofocus tabIndex={-1}>
        <ShortcutTable caption="Di semua layar" shortcuts={GLOBAL_SHORTCUTS} />
        <ShortcutTable caption="Lembar Kerja (LKE): tabel butir" shortcuts={WORKSHEET_SHORTCUTS} />
      </div>
    </Dialog>
  );
}

/**
 * The user's guide on every screen: a "Panduan" button opening the current screen's guide, and
 * the shortcut sheet opened with the button or with `?` anywhere except while typing in a field
 * or with another dialog open.
 */
export function Guide({ page }: { page: PageName }) {
  const [open, setOpen] = useState<'guide' | 'keys' | undefined>(undefined);

  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      // F1, the Windows help key (also the desktop menu's "Bantuan → Panduan pengguna"): this screen's guide.
      if (event.key === 'F1' && !event.defaultPrevented && !document.querySelector('dialog[open]')) {
        event.preventDefault();
        setOpen('guide');
        return;
      }
      if (event.key !== '?' || event.ctrlKey || event.altKey || event.metaKey || event.defaultPrevented) return;
      if (isTyping(event.target) || document.querySelector('dialog[open]')) return;
      event.preventDefault();
      setOpen('keys');
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const close = (): void => setOpen(undefined);
  return (
    <div className="guide-actions">
      <button type="button" className="guide-button" onClick={() => setOpen('guide')}>
        Panduan
      </button>
      <button type="button" className="guide-button" onClick={() => setOpen('keys')} aria-keyshortcuts="?">
        Tombol pintas <kbd>?</kbd>
      </button>
      {open === 'guide' ? <GuideDialog page={page} onClose={close} /> : null}
      {open === 'keys' ? <ShortcutSheet onClose={close} /> : null}
    </div>
  );
}
