import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fail, type Result } from '../../shared/result';
import { createAppDispatcher, type Dispatch } from '../handlers';
import { SECURITY_HEADERS } from '../security';
import { createServices, type Services } from '../services/container';
import { serveGeneratedDocument } from './documents';

/**
 * The web host: the built renderer and the very same handlers, served over HTTP on 127.0.0.1 with a
 * random port and a random per-run token. Used by end-to-end tests and wherever the Electron binary
 * is absent. Refused: a Host header that is not loopback (DNS rebinding), a request another site
 * started (`Origin` / `Sec-Fetch-Site`), a request without the session cookie or the token header,
 * the launch address used a second time without the session, and large bodies beyond
 * {@link MAX_CONCURRENT_LARGE_BODIES} at once.
 */

export interface WebHostOptions {
  dataDir: string;
  rendererDir: string;
  version: string;
  port?: number;
  token?: string;
  now?: () => Date;
  /** Fonts folder for every PDF; default: resources/fonts found next to the sources. */
  fontsDir?: string;
  log?: (message: string, error?: unknown) => void;
  /** A person will use it (the command line): start the PDF worker and signing in the background (ServiceOptions.interactive). */
  interactive?: boolean;
  /** With `interactive`: the delay before that background start (ServiceOptions.warmUpAfterMs). */
  warmUpAfterMs?: number;
}

export interface WebHost {
  url: string;
  /** The URL to open first: it carries the token once, then a cookie takes over. */
  launchUrl: string;
  port: number;
  token: string;
  services: Services;
  close(): Promise<void>;
}

const COOKIE = 'zi_token';
export const TOKEN_HEADER = 'x-zi-token';
// Evidence files may be 20 MB, which is about 27 MB as base64 inside JSON.
export const MAX_BODY_BYTES = 32 * 1024 * 1024;
/** A body above this size is "large": it holds one of the {@link MAX_CONCURRENT_LARGE_BODIES} slots. */
export const LARGE_BODY_BYTES = 1024 * 1024;
/**
 * At most this many large bodies are read and handled at once (each may cost several times its size
 * in memory while it is decoded); another one is refused with 503 until one of them is done.
 */
export const MAX_CONCURRENT_LARGE_BODIES = 2;

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

/**
 * The session cookie's value: an HMAC of the port under the token, never the token itself. Cookies
 * are not kept per port, so a browser also sends this cookie to any other server on 127.0.0.1; that
 * server learns a value that opens only this host's session, not the token the `x-zi-token` header
 * and the launch address carry.
 */
export function sessionValue(token: string, port: number): string {
  return createHmac('sha256', token).update(`zi-desk-session:${port}`).digest('base64url');
}

/**
 * Whether a request may come from where its browser says it comes from: `Sec-Fetch-Site` must be
 * `same-origin` or `none` (the user typed or opened the address), and an `Origin`, when sent, must be
 * this server's own (`http://` + the Host header, which {@link isLoopbackHost} already checked).
 * Another site's page — including another server on 127.0.0.1, which browsers count as the same
 * site — is refused. Clients that send neither header (the e2e api client, curl) pass on to the
 * token check.
 */
export function isOwnOrigin(headers: IncomingMessage['headers']): boolean {
  const site = headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return false;
  const origin = headers.origin;
  return origin === undefined || origin.toLowerCase() === `http://${(headers.host ?? '').toLowerCase()}`;
}

function sameToken(a: string | undefined, token: string): boolean {
  if (!a) return false;
  const left = Buffer.from(a);
  const right = Buffer.from(token);
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * The session cookie's name carries the port: browsers keep cookies per host name, not per port, so
 * with one shared name a second ZI Desk on 127.0.0.1 (another `npm start`, another data folder) would
 * overwrite the first one's cookie and end its tabs' session. Every tab of one host shares its cookie.
 */
export const sessionCookieName = (port: number): string => `${COOKIE}_${port}`;

function cookieToken(req: IncomingMessage, name: string): string | undefined {
  const header = req.headers.cookie ?? '';
  for (const part of header.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}

function send(res: ServerResponse, status: number, body: string, type = 'text/plain; charset=utf-8'): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': 'no-store' });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, value: Result<unknown>): void {
  send(res, status, JSON.stringify(value), 'application/json; charset=utf-8');
}

/**
 * The request body as text, 'too-large' past {@link MAX_BODY_BYTES}, or 'busy' when it is large and
 * `takeLargeSlot` refuses (as soon as the declared length or the bytes read so far pass
 * {@link LARGE_BODY_BYTES}).
 */
async function readBody(req: IncomingMessage, takeLargeSlot: () => boolean): Promise<string | 'too-large' | 'busy'> {
  const declared = Number(req.headers['content-length']);
  if (declared > MAX_BODY_BYTES) return 'too-large';
  let large = declared > LARGE_BODY_BYTES;
  if (large && !takeLargeSlot()) return 'busy';
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) return 'too-large';
    if (!large && size > LARGE_BODY_BYTES) {
      large = true;
      if (!takeLargeSlot()) return 'busy';
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** True when the Host header names this server on a loopback name (guards against DNS rebinding). */
export function isLoopbackHost(hostHeader: string | undefined, port: number): boolean {
  if (!hostHeader) return false;
  return [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`].includes(hostHeader.toLowerCase());
}

async function serveStatic(rendererDir: string, pathname: string, res: ServerResponse): Promise<void> {
  const root = path.resolve(rendererDir);
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    send(res, 400, 'Alamat tidak valid.');
    return;
  }
  const candidate = path.resolve(root, `.${path.posix.normalize(decoded)}`);
  const inside = candidate === root || candidate.startsWith(root + path.sep);
  let file = inside ? candidate : path.join(root, 'index.html');
  try {
    const info = await stat(file);
    if (info.isDirectory()) file = path.join(file, 'index.html');
  } catch {
    // Unknown paths are client-side routes: serve the app shell.
    file = path.join(root, 'index.html');
  }
  try {
    const info = await stat(file);
    const type = MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
    const immutable = file.includes(`${path.sep}assets${path.sep}`);
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': type,
      'Content-Length': info.size,
      'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-store',
    });
    createReadStream(file).pipe(res);
  } catch {
    send(res, 500, 'Aplikasi belum dibangun. Jalankan "npm run build" terlebih dahulu.');
  }
}

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const log = options.log ?? ((message: string, error?: unknown) => console.error(message, error ?? ''));
  const services = await createServices({
    dataDir: options.dataDir,
    host: 'web',
    version: options.version,
    ...(options.now ? { now: options.now } : {}),
    ...(options.fontsDir === undefined ? {} : { fontsDir: options.fontsDir }),
    ...(options.interactive ? { interactive: true } : {}),
    ...(options.warmUpAfterMs === undefined ? {} : { warmUpAfterMs: options.warmUpAfterMs }),
  });
  const dispatch: Dispatch = createAppDispatcher(services, log);
  let port = 0;
  let session = '';
  // The launch address's token is single-use: once it has set a session cookie, it no longer opens
  // a session by itself (a tab that already has the cookie is still let in).
  let launchTokenUsed = false;
  let largeBodies = 0;

  const server = createServer((req, res) => {
    void (async () => {
      if (!isLoopbackHost(req.headers.host, port)) {
        send(res, 421, 'Ditolak: ZI Desk hanya melayani alamat 127.0.0.1.');
        return;
      }
      if (!isOwnOrigin(req.headers)) {
        send(res, 403, 'Ditolak: permintaan ini datang dari halaman lain, bukan dari ZI Desk. Buka ZI Desk melalui alamat yang dicetak saat aplikasi dimulai.');
        return;
      }
      const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
      const queryToken = url.searchParams.get('t') ?? undefined;
      const cookie = sessionCookieName(port);
      const hasSession = sameToken(cookieToken(req, cookie), session);
      if (req.method === 'GET' && queryToken !== undefined) {
        // A tab that already shares the session is let in even with a stale or used address: the
        // cookie, not the address, proves it.
        if (!hasSession) {
          if (!sameToken(queryToken, token)) {
            send(res, 403, 'Akses ditolak: token tidak cocok. Buka alamat yang dicetak saat ZI Desk dimulai.');
            return;
          }
          if (launchTokenUsed) {
            send(res, 403, 'Akses ditolak: alamat masuk ini sudah dipakai. Lanjutkan di tab ZI Desk yang sudah terbuka, atau mulai ulang ZI Desk untuk mendapat alamat baru.');
            return;
          }
          launchTokenUsed = true;
        }
        url.searchParams.delete('t');
        res.writeHead(302, {
          ...SECURITY_HEADERS,
          'Set-Cookie': `${cookie}=${session}; HttpOnly; SameSite=Strict; Path=/`,
          Location: `${url.pathname}${url.search}`,
        });
        res.end();
        return;
      }
      const headerToken = req.headers[TOKEN_HEADER];
      if (typeof headerToken === 'string' ? !sameToken(headerToken, token) : !hasSession) {
        send(res, 403, 'Akses ditolak: buka ZI Desk melalui alamat yang dicetak saat aplikasi dimulai.');
        return;
      }
      if (url.pathname.startsWith('/api/')) {
        if (req.method !== 'POST' || !(req.headers['content-type'] ?? '').startsWith('application/json')) {
          sendJson(res, 405, fail('INVALID_INPUT', 'Permintaan harus POST berisi JSON.'));
          return;
        }
        let holdsLargeSlot = false;
        try {
          const body = await readBody(req, () => {
            if (largeBodies >= MAX_CONCURRENT_LARGE_BODIES) return false;
            largeBodies += 1;
            holdsLargeSlot = true;
            return true;
          });
          if (body === 'too-large') {
            sendJson(res, 413, fail('TOO_LARGE', 'Data yang dikirim terlalu besar (maksimal 32 MB).'));
            return;
          }
          if (body === 'busy') {
            res.setHeader('Retry-After', '2');
            sendJson(res, 503, fail('TOO_LARGE', 'ZI Desk sedang menerima berkas besar lain. Tunggu sampai unggahan itu selesai, lalu coba lagi.'));
            return;
          }
          await answerApi(body, url, res);
        } finally {
          if (holdsLargeSlot) largeBodies -= 1;
        }
        return;
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        send(res, 405, 'Metode tidak didukung.');
        return;
      }
      if (url.pathname.startsWith('/documents/')) {
        await serveGeneratedDocument(services, url.pathname, res, req.method === 'HEAD', url.searchParams.has('unduh'));
        return;
      }
      await serveStatic(options.rendererDir, url.pathname, res);
    })().catch((error: unknown) => {
      log('web host request failed', error);
      if (!res.headersSent) send(res, 500, 'Terjadi kesalahan pada server lokal ZI Desk.');
      else res.destroy();
    });
  });

  /** Parses a channel call's JSON body and answers with the dispatcher's Result. */
  async function answerApi(body: string, url: URL, res: ServerResponse): Promise<void> {
    let input: unknown;
    try {
      input = body === '' ? undefined : (JSON.parse(body) as unknown);
    } catch {
      sendJson(res, 400, fail('INVALID_INPUT', 'Data yang dikirim bukan JSON yang valid.'));
      return;
    }
    let channel: string;
    try {
      channel = decodeURIComponent(url.pathname.slice('/api/'.length));
    } catch {
      // A malformed %-escape names no channel; answer like any unknown one instead of a 500.
      sendJson(res, 200, fail('UNKNOWN_CHANNEL', 'Perintah tidak dikenal.'));
      return;
    }
    sendJson(res, 200, await dispatch(channel, input));
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  session = sessionValue(token, port);
  const url = `http://127.0.0.1:${port}/`;
  return {
    url,
    launchUrl: `${url}?t=${token}`,
    port,
    token,
    services,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await services.close();
    },
  };
}
