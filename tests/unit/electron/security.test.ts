import { describe, expect, it } from 'vitest';
import {
  APP_ORIGIN,
  CONTENT_SECURITY_POLICY,
  SECURITY_HEADERS,
  isAllowedNavigation,
  isTrustedSender,
  previewWebPreferences,
  secureWebPreferences,
} from '../../../electron/security';

/** CSP as directive → sources. */
function directives(csp: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of csp.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) map.set(name, sources);
  }
  return map;
}

describe('CONTENT_SECURITY_POLICY', () => {
  const csp = directives(CONTENT_SECURITY_POLICY);

  it('allows no inline or eval’d code anywhere', () => {
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-hashes');
    expect(CONTENT_SECURITY_POLICY).not.toContain('*');
  });

  it.each([
    ['default-src', ["'none'"]],
    ['script-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['frame-ancestors', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['form-action', ["'none'"]],
    ['connect-src', ["'self'"]],
  ])('%s is %j', (name, sources) => {
    expect(csp.get(name)).toEqual(sources);
  });

  it('never lets scripts come from data:, blob: or http:', () => {
    for (const name of ['script-src', 'default-src', 'connect-src']) {
      for (const source of csp.get(name) ?? []) expect(source).not.toMatch(/^(data|blob|https?):/);
    }
  });

  it('is sent with the hardening headers', () => {
    expect(SECURITY_HEADERS).toMatchObject({
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'X-Frame-Options': 'DENY',
      'Referrer-Policy': 'no-referrer',
    });
  });
});

describe('secureWebPreferences', () => {
  const prefs = secureWebPreferences('/app/preload.js');

  it('isolates and sandboxes the renderer without Node', () => {
    expect(prefs).toMatchObject({
      preload: '/app/preload.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
    });
  });
});

describe('isTrustedSender', () => {
  const mainFrame = (url: string) => ({ url, parent: null });

  it.each([`${APP_ORIGIN}/`, `${APP_ORIGIN}/index.html`, `${APP_ORIGIN}/#/pegawai`, 'app://zi-desk'])('accepts our main frame at %s', (url) => {
    expect(isTrustedSender(mainFrame(url), true)).toBe(true);
  });

  it('refuses a subframe of our own origin', () => {
    expect(isTrustedSender({ url: `${APP_ORIGIN}/index.html`, parent: { url: `${APP_ORIGIN}/` } }, true)).toBe(false);
  });

  it.each([
    'file:///C:/Program%20Files/ZI%20Desk/index.html',
    'http://evil',
    'https://evil.example/',
    'http://127.0.0.1:5173/',
    'app://zi-desk.evil/',
    'app://evil/zi-desk',
    'app://zi-desk@evil/',
    'app://zi-desk:8080/',
    'app://ZI-DESK/',
    'apps://zi-desk/',
    'data:text/html,<script>alert(1)</script>',
    'about:blank',
    'javascript:alert(1)',
    '',
    'bukan url',
  ])('refuses a main frame at %j', (url) => {
    expect(isTrustedSender(mainFrame(url), true)).toBe(false);
  });

  it('refuses a frame of a webContents that is not our window', () => {
    expect(isTrustedSender(mainFrame(`${APP_ORIGIN}/`), false)).toBe(false);
  });

  it('refuses a missing frame (destroyed before the message was handled)', () => {
    expect(isTrustedSender(null, true)).toBe(false);
    expect(isTrustedSender(undefined, true)).toBe(false);
  });

  it('treats an unknown parent as a subframe', () => {
    expect(isTrustedSender({ url: `${APP_ORIGIN}/`, parent: undefined }, true)).toBe(false);
  });
});

describe('isAllowedNavigation', () => {
  it.each([`${APP_ORIGIN}/`, `${APP_ORIGIN}/index.html#/unit`, `${APP_ORIGIN}/pegawai?cari=budi`])('allows %s', (url) => {
    expect(isAllowedNavigation(url)).toBe(true);
  });

  it.each([
    'https://www.google.com/',
    'http://127.0.0.1:3000/',
    'file:///etc/passwd',
    'app://zi-desk.evil/',
    'app://zi-desk@evil/',
    'javascript:alert(1)',
    'data:text/html,hai',
    'mailto:inspektorat@example.go.id',
    '',
    '/relative/path',
  ])('blocks %j', (url) => {
    expect(isAllowedNavigation(url)).toBe(false);
  });
});

describe('previewWebPreferences', () => {
  it('shows PDFs without any code of ours: no preload, sandboxed, isolated, no Node', () => {
    const prefs = previewWebPreferences();
    expect(prefs).not.toHaveProperty('preload');
    expect(prefs).toMatchObject({ plugins: true, sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true, webviewTag: false });
  });
});
