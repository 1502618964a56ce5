import { describe, expect, it } from 'vitest';
import { resolveDataDir } from '../../../../../electron/services/storage';

describe('resolveDataDir', () => {
  it.each<[string, NodeJS.Platform, NodeJS.ProcessEnv, string, string]>([
    ['override wins everywhere', 'win32', { ZI_DESK_DATA_DIR: 'D:\\ZI\\data', LOCALAPPDATA: 'C:\\L', PORTABLE_EXECUTABLE_DIR: 'E:\\' }, 'C:\\Users\\sri', 'D:\\ZI\\data'],
    ['override on linux', 'linux', { ZI_DESK_DATA_DIR: '/tmp/zi' }, '/home/sri', '/tmp/zi'],
    ['override is normalised', 'linux', { ZI_DESK_DATA_DIR: '/tmp/zi/../zi2/' }, '/home/sri', '/tmp/zi2/'],
    ['portable exe keeps data next to it', 'win32', { PORTABLE_EXECUTABLE_DIR: 'E:\\ZI Desk', LOCALAPPDATA: 'C:\\L' }, 'C:\\Users\\sri', 'E:\\ZI Desk\\ZI Desk Data'],
    ['windows uses LOCALAPPDATA', 'win32', { LOCALAPPDATA: 'C:\\Users\\sri\\AppData\\Local', APPDATA: 'C:\\Users\\sri\\AppData\\Roaming' }, 'C:\\Users\\sri', 'C:\\Users\\sri\\AppData\\Local\\ZI Desk'],
    ['windows without LOCALAPPDATA falls back to home, not Roaming', 'win32', { APPDATA: 'C:\\Users\\sri\\AppData\\Roaming' }, 'C:\\Users\\sri', 'C:\\Users\\sri\\AppData\\Local\\ZI Desk'],
    ['blank variables are ignored', 'win32', { ZI_DESK_DATA_DIR: '  ', PORTABLE_EXECUTABLE_DIR: '', LOCALAPPDATA: '' }, 'C:\\Users\\sri', 'C:\\Users\\sri\\AppData\\Local\\ZI Desk'],
    ['macOS', 'darwin', {}, '/Users/sri', '/Users/sri/Library/Application Support/ZI Desk'],
    ['linux XDG_DATA_HOME', 'linux', { XDG_DATA_HOME: '/data/xdg' }, '/home/sri', '/data/xdg/zi-desk'],
    ['linux default', 'linux', {}, '/home/sri', '/home/sri/.local/share/zi-desk'],
    ['relative XDG_DATA_HOME is ignored', 'linux', { XDG_DATA_HOME: 'rel/xdg' }, '/home/sri', '/home/sri/.local/share/zi-desk'],
  ])('%s', (_case, platform, env, homedir, expected) => {
    expect(resolveDataDir({ env, platform, homedir })).toBe(expected);
  });

  it('never chooses Documents or Roaming on Windows', () => {
    const dir = resolveDataDir({
      env: { USERPROFILE: 'C:\\Users\\sri', APPDATA: 'C:\\Users\\sri\\AppData\\Roaming' },
      platform: 'win32',
      homedir: 'C:\\Users\\sri',
    });
    expect(dir).not.toMatch(/Documents|Roaming/);
  });

  it('refuses a relative ZI_DESK_DATA_DIR (it would depend on the working folder)', () => {
    expect(() =>
      resolveDataDir({ env: { ZI_DESK_DATA_DIR: 'data' }, platform: 'linux', homedir: '/home/sri' }),
    ).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });
});
