import { describe, expect, it } from 'vitest';
import { aboutText, applicationMenu } from '../../../../electron/main/menu';

type MenuItemConstructorOptions = ReturnType<typeof applicationMenu>[number];
import { createCrashPolicy, crashMessage, CRASH_WINDOW_MS } from '../../../../electron/main/crashes';

function flatten(items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

const actions = { openDataFolder: () => undefined, showGuide: () => undefined, showAbout: () => undefined };

describe('the application menu', () => {
  it('is Indonesian: Berkas, Ubah, Tampilan, Bantuan, every item labelled', () => {
    const menu = applicationMenu(actions, { packaged: true });
    expect(menu.map((item) => item.label?.replace('&', ''))).toEqual(['Berkas', 'Ubah', 'Tampilan', 'Bantuan']);
    for (const item of flatten(menu)) {
      if (item.type !== 'separator') expect(item.label, JSON.stringify(item)).toBeTruthy();
    }
    const labels = flatten(menu).map((item) => item.label);
    expect(labels).toEqual(expect.arrayContaining(['Buka folder data', 'Keluar', 'Salin', 'Tempel', 'Layar penuh', 'Panduan pengguna', 'Tentang ZI Desk']));
  });

  it('has no reload or developer tools in a packaged build, and never Ctrl+W', () => {
    const packaged = flatten(applicationMenu(actions, { packaged: true }));
    expect(packaged.filter((item) => item.role === 'reload' || item.role === 'forceReload' || item.role === 'toggleDevTools')).toEqual([]);
    expect(packaged.some((item) => item.role === 'close' || item.accelerator === 'CmdOrCtrl+W')).toBe(false);
    const development = flatten(applicationMenu(actions, { packaged: false }));
    expect(development.some((item) => item.role === 'toggleDevTools')).toBe(true);
  });

  it('calls the actions', () => {
    const seen: string[] = [];
    const menu = flatten(applicationMenu({ openDataFolder: () => seen.push('folder'), showGuide: () => seen.push('guide'), showAbout: () => seen.push('about') }, { packaged: true }));
    for (const label of ['Buka folder data', 'Panduan pengguna', 'Tentang ZI Desk']) {
      const click = menu.find((item) => item.label === label)?.click as (() => void) | undefined;
      click?.();
    }
    expect(seen).toEqual(['folder', 'guide', 'about']);
  });

  it('tells the version and the data folder in "Tentang ZI Desk"', () => {
    const text = aboutText({ version: '1.2.0', dataDir: 'E:\\ZI Desk\\ZI Desk Data', electron: '45.5.0', chrome: '142', portable: true });
    expect(text).toContain('Versi 1.2.0 (portabel)');
    expect(text).toContain('Folder data: E:\\ZI Desk\\ZI Desk Data');
  });
});

describe('renderer crashes', () => {
  it('reloads after a crash, gives up after three within five minutes, forgets old ones', () => {
    let now = 0;
    const policy = createCrashPolicy(() => now);
    expect(policy.record('clean-exit')).toBe('ignore');
    expect(policy.record('crashed')).toBe('reload');
    now += 60_000;
    expect(policy.record('oom')).toBe('reload');
    now += CRASH_WINDOW_MS;
    expect(policy.record('crashed')).toBe('reload');
    now += 1000;
    expect(policy.record('crashed')).toBe('reload');
    now += 1000;
    expect(policy.record('killed')).toBe('give-up');
  });

  it('says what happened and what to do', () => {
    expect(crashMessage('reload', 'crashed')).toContain('dimuat ulang');
    expect(crashMessage('give-up', 'oom')).toContain('hubungi pengelola TI');
  });
});
