import { describe, expect, it } from 'vitest';
import {
  choicesFile,
  classifyPortableFolder,
  dataDirInChosen,
  EMPTY_CHOICES,
  parseChoices,
  placePortableData,
  portableProfileDir,
  portableRefusalMessage,
  rememberChoice,
  type PortableEnv,
} from '../../../../electron/main/portable';

const env: PortableEnv = {
  TEMP: 'C:\\Users\\budi\\AppData\\Local\\Temp',
  TMP: 'C:\\Users\\budi\\AppData\\Local\\Temp',
  LOCALAPPDATA: 'C:\\Users\\budi\\AppData\\Local',
  USERPROFILE: 'C:\\Users\\budi',
  OneDrive: 'C:\\Users\\budi\\OneDrive',
  OneDriveCommercial: 'D:\\Kantor\\OneDrive - Pemerintah Kabupaten Serang',
};

describe('classifyPortableFolder', () => {
  it.each([
    ['Explorer ZIP extraction', 'C:\\Users\\budi\\AppData\\Local\\Temp\\Temp1_ZI Desk.zip\\ZI Desk Data', 'zip-extracted'],
    ['Explorer ZIP extraction, lower case, with forward slashes', 'c:/users/budi/appdata/local/temp/temp2_zi desk 1.2.zip/ZI Desk Data', 'zip-extracted'],
    ['WinRAR extraction', 'C:\\Users\\budi\\AppData\\Local\\Temp\\Rar$EXa1234.5678\\ZI Desk Data', 'zip-extracted'],
    ['7-Zip extraction', 'C:\\Users\\budi\\AppData\\Local\\Temp\\7zO8A1B2C3D\\ZI Desk Data', 'zip-extracted'],
    ['%TEMP%', 'C:\\Users\\budi\\AppData\\Local\\Temp\\ZI Desk Data', 'temporary'],
    ['the portable launcher unpack folder', 'C:\\Users\\budi\\AppData\\Local\\Temp\\2cKz9\\ZI Desk Data', 'temporary'],
    ["another user's Temp", 'C:\\Users\\ani\\AppData\\Local\\Temp\\x\\ZI Desk Data', 'temporary'],
    ['Windows\\Temp', 'C:\\Windows\\Temp\\ZI Desk Data', 'temporary'],
    ['personal OneDrive (env)', 'C:\\Users\\budi\\OneDrive\\Aplikasi\\ZI Desk Data', 'synced'],
    ['OneDrive for work (env, other drive)', 'D:\\Kantor\\OneDrive - Pemerintah Kabupaten Serang\\ZI\\ZI Desk Data', 'synced'],
    ['OneDrive by name', 'E:\\OneDrive\\ZI Desk Data', 'synced'],
    ['Desktop redirected into OneDrive', 'C:\\Users\\budi\\OneDrive\\Desktop\\ZI Desk Data', 'synced'],
    ['Dropbox', 'C:\\Users\\budi\\Dropbox\\ZI Desk Data', 'synced'],
    ['Google Drive', 'G:\\My Drive\\ZI Desk Data', 'synced'],
    ['Google Drive (Indonesian)', 'G:\\Drive Saya\\ZI Desk Data', 'synced'],
    ['Downloads', 'C:\\Users\\budi\\Downloads\\ZI Desk Data', 'protected'],
    ['Desktop', 'C:\\Users\\budi\\Desktop\\ZI\\ZI Desk Data', 'protected'],
    ['Documents', 'C:\\Users\\budi\\Documents\\ZI Desk Data', 'protected'],
    ["another user's Downloads", 'C:\\Users\\ani\\Downloads\\ZI Desk Data', 'protected'],
    ['a folder on the system drive', 'C:\\ZI Desk\\ZI Desk Data', 'normal'],
    ['a USB stick', 'E:\\Aplikasi\\ZI Desk Data', 'normal'],
    ['a network share', '\\\\server\\inspektorat\\ZI Desk Data', 'normal'],
    ['a folder in the profile that is not protected', 'C:\\Users\\budi\\Aplikasi\\ZI Desk Data', 'normal'],
    ['a folder that only looks like Temp', 'D:\\Template\\ZI Desk Data', 'normal'],
  ] as const)('%s → %s', (_case, folder, kind) => {
    const verdict = classifyPortableFolder(folder, env);
    expect(verdict.kind).toBe(kind);
    expect(verdict.reason === '').toBe(kind === 'normal');
  });

  it('classifies without any environment', () => {
    expect(classifyPortableFolder('C:\\Users\\budi\\AppData\\Local\\Temp\\x', {}).kind).toBe('temporary');
    expect(classifyPortableFolder('C:\\Users\\budi\\Downloads', {}).kind).toBe('protected');
    expect(classifyPortableFolder('C:\\Program Files\\x', {}).kind).toBe('normal');
  });
});

describe('placePortableData', () => {
  it('keeps the data next to an .exe in an ordinary folder', () => {
    expect(placePortableData('E:\\ZI Desk', env, EMPTY_CHOICES)).toEqual({ state: 'ok', dataDir: 'E:\\ZI Desk\\ZI Desk Data' });
  });

  it('asks when the .exe runs from a ZIP, then uses the remembered choice for every later extraction', () => {
    const first = 'C:\\Users\\budi\\AppData\\Local\\Temp\\Temp1_ZI Desk.zip';
    const placement = placePortableData(first, env, EMPTY_CHOICES);
    expect(placement).toMatchObject({ state: 'ask', verdict: { kind: 'zip-extracted' }, proposed: 'C:\\ZI Desk Data' });
    const choices = parseChoices(JSON.stringify(rememberChoice(EMPTY_CHOICES, first, 'zip-extracted', 'D:\\Data ZI')));
    expect(placePortableData('C:\\Users\\budi\\AppData\\Local\\Temp\\Temp3_ZI Desk.zip', env, choices)).toEqual({ state: 'ok', dataDir: 'D:\\Data ZI' });
  });

  it('remembers a choice per .exe folder and never accepts a remembered unsafe folder', () => {
    const downloads = 'C:\\Users\\budi\\Downloads';
    const chosen = rememberChoice(EMPTY_CHOICES, downloads, 'protected', 'C:\\ZI Desk Data');
    expect(placePortableData(downloads, env, chosen)).toEqual({ state: 'ok', dataDir: 'C:\\ZI Desk Data' });
    expect(placePortableData('C:\\Users\\budi\\Desktop', env, chosen).state).toBe('ask');
    const unsafe = rememberChoice(EMPTY_CHOICES, downloads, 'protected', 'C:\\Users\\budi\\OneDrive\\Data');
    expect(placePortableData(downloads, env, unsafe).state).toBe('ask');
  });

  it('reads damaged or foreign choice files as none', () => {
    for (const text of [undefined, '', '{', 'null', '[]', '{"folders": 3}', '{"folders": {"a": "relatif\\\\x", "b": 5}}']) {
      expect(parseChoices(text)).toEqual(EMPTY_CHOICES);
    }
  });
});

describe('portableProfileDir', () => {
  it('keeps the Chromium profile with the data, apart from the installed copy', () => {
    expect(portableProfileDir({ state: 'ok', dataDir: 'E:\\ZI Desk\\ZI Desk Data' }, env)).toBe('E:\\ZI Desk\\ZI Desk Data\\Profil Aplikasi');
    const ask = placePortableData('C:\\Users\\budi\\Downloads', env, EMPTY_CHOICES);
    expect(portableProfileDir(ask, env)).toBe('C:\\Users\\budi\\AppData\\Local\\ZI Desk Portable');
    expect(portableProfileDir(ask, {})).toBe('C:\\AppData\\Local\\ZI Desk Portable');
  });
});

describe('portableRefusalMessage', () => {
  it('names the folder, the reason and what to do', () => {
    const exeDir = 'C:\\Users\\budi\\AppData\\Local\\Temp\\Temp1_ZI Desk.zip';
    const message = portableRefusalMessage(classifyPortableFolder(exeDir, env), exeDir);
    expect(message).toContain(exeDir);
    expect(message).toContain('dari dalam berkas ZIP');
    expect(message).toContain('Extract All');
  });
});

describe('the chosen folder', () => {
  it('keeps data in a "ZI Desk Data" folder, never in a drive root', () => {
    expect(dataDirInChosen('E:\\')).toBe('E:\\ZI Desk Data');
    expect(dataDirInChosen('C:\\Data\\zi desk data')).toBe('C:\\Data\\zi desk data');
    expect(dataDirInChosen('D:\\Kantor\\')).toBe('D:\\Kantor\\ZI Desk Data');
  });

  it('is remembered on this PC under LOCALAPPDATA', () => {
    expect(choicesFile(env)).toBe('C:\\Users\\budi\\AppData\\Local\\ZI Desk Portable\\lokasi-data.json');
  });
});
