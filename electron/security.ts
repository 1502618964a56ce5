/**
 * Security policy shared by the Electron shell and the web host, kept free of 'electron' imports so
 * it is unit-tested under plain Node.
 */

/** Strict CSP: only our own bundle; images may be data:/blob: (logo preview, signature canvas). */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Headers sent with every response of the renderer (web host and the app:// protocol). */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

/** The scheme and host the Electron renderer is served from. */
export const APP_ORIGIN = 'app://zi-desk';

/** What every window of ours shares: isolated, sandboxed, no Node, no webviews, no insecure content. */
const ISOLATED = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  navigateOnDragDrop: false,
  spellcheck: false,
} as const;

/** BrowserWindow webPreferences: isolated, sandboxed, no Node in the renderer. */
export function secureWebPreferences(preloadPath: string) {
  return { preload: preloadPath, ...ISOLATED } as const;
}

/**
 * A preview window (generated PDF, evidence file): Chromium's PDF viewer needs `plugins`; no preload,
 * so nothing in it can call main, sandboxed and isolated like the main window.
 */
export function previewWebPreferences() {
  return { plugins: true, ...ISOLATED } as const;
}

/**
 * Whether an IPC message may be handled: it must come from the main frame of one of our windows,
 * loaded from our own origin. `frame` is whatever Electron reports as `event.senderFrame`.
 */
export function isTrustedSender(
  frame: { url: string; parent: unknown } | null | undefined,
  isOurWebContents: boolean,
): boolean {
  if (!frame || !isOurWebContents) return false;
  if (frame.parent !== null) return false;
  try {
    const url = new URL(frame.url);
    return `${url.protocol}//${url.host}` === APP_ORIGIN;
  } catch {
    return false;
  }
}

/** Navigation is allowed only inside our own origin (in-app routes). */
export function isAllowedNavigation(target: string): boolean {
  try {
    const url = new URL(target);
    return `${url.protocol}//${url.host}` === APP_ORIGIN;
  } catch {
    return false;
  }
}
