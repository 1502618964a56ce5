import { promises as fsp } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../../electron/security';
import { LARGE_BODY_BYTES, MAX_BODY_BYTES, MAX_CONCURRENT_LARGE_BODIES, isLoopbackHost, isOwnOrigin, sessionCookieName, sessionValue, startWebHost, type WebHost } from '../../../../electron/web/host';
import type { Result } from '../../../../shared/result';

const INDEX_HTML = '<!doctype html><html lang="id"><head><title>ZI Desk</title></head><body><div id="root"></div></body></html>';
const SECRET = 'RAHASIA-DI-LUAR-FOLDER-RENDERER';

let root: string;
let host: WebHost;
let logged: unknown[];

beforeEach(async () => {
  root = await fsp.mkdtemp(path.join(os.tmpdir(), 'zi-desk-web-host-'));
  const rendererDir = path.join(root, 'renderer');
  await fsp.mkdir(path.join(rendererDir, 'assets'), { recursive: true });
  await fsp.writeFile(path.join(rendererDir, 'index.html'), INDEX_HTML);
  await fsp.writeFile(path.join(rendererDir, 'assets', 'app.js'), 'console.log("zi");');
  await fsp.writeFile(path.join(root, 'secret.txt'), SECRET);
  logged = [];
  host = await startWebHost({
    dataDir: path.join(root, 'data'),
    rendererDir,
    version: 'test',
    log: (_message, error) => logged.push(error),
  });
});

afterEach(async () => {
  await host.close();
  await fsp.rm(root, { recursive: true, force: true });
});

const url = (pathname: string): string => `http://127.0.0.1:${host.port}${pathname}`;
const authed = (init: RequestInit = {}): RequestInit => ({ ...init, headers: { 'x-zi-token': host.token, ...(init.headers ?? {}) }, redirect: 'manual' });

async function api(channel: string, body: string | undefined, headers: Record<string, string> = {}): Promise<{ status: number; result: Result<unknown> }> {
  const response = await fetch(url(`/api/${channel}`), authed({ method: 'POST', headers: { 'content-type': 'application/json', ...headers }, ...(body === undefined ? {} : { body }) }));
  return { status: response.status, result: (await response.json()) as Result<unknown> };
}

/** A raw HTTP request (fetch forbids setting Host and normalises `..` in paths). */
function rawRequest(options: { path: string; host?: string; method?: string; headers?: Record<string, string> }): Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: '127.0.0.1',
        port: host.port,
        path: options.path,
        method: options.method ?? 'GET',
        headers: { host: options.host ?? `127.0.0.1:${host.port}`, ...(options.headers ?? {}) },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), headers: response.headers }));
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end();
  });
}

describe('token', () => {
  it('refuses a request without the token', async () => {
    const response = await fetch(url('/'), { redirect: 'manual' });
    expect(response.status).toBe(403);
    const text = await response.text();
    expect(text).toContain('Akses ditolak');
    expect(text).not.toContain('<div id="root">');
  });

  it('refuses a wrong token in the query, the header and the cookie', async () => {
    expect((await fetch(url('/?t=salah'), { redirect: 'manual' })).status).toBe(403);
    expect((await fetch(url(`/?t=${host.token}x`), { redirect: 'manual' })).status).toBe(403);
    expect((await fetch(url('/'), { headers: { 'x-zi-token': 'salah' }, redirect: 'manual' })).status).toBe(403);
    expect((await fetch(url('/'), { headers: { cookie: `${sessionCookieName(host.port)}=salah` }, redirect: 'manual' })).status).toBe(403);
    const almost = await fetch(url('/api/units:list'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-zi-token': `${host.token.slice(0, -1)}${host.token.endsWith('A') ? 'B' : 'A'}` },
      body: '{}',
    });
    expect(almost.status).toBe(403);
    expect(await almost.text()).toContain('Akses ditolak');
  });

  it('trades ?t=TOKEN for an HttpOnly SameSite=Strict cookie and a redirect without the token', async () => {
    const response = await fetch(host.launchUrl, { redirect: 'manual' });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/');
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toContain(`zi_token_${host.port}=${sessionValue(host.token, host.port)}`);
    expect(cookie).toMatch(/;\s*HttpOnly/i);
    expect(cookie).toMatch(/;\s*SameSite=Strict/i);
    expect(cookie).toMatch(/;\s*Path=\//);

    const page = await fetch(url('/'), { headers: { cookie: cookie.split(';')[0] ?? '' }, redirect: 'manual' });
    expect(page.status).toBe(200);
    expect(await page.text()).toBe(INDEX_HTML);
  });

  it('never puts the token itself in the cookie, and the token is no session cookie', async () => {
    const cookie = (await fetch(host.launchUrl, { redirect: 'manual' })).headers.get('set-cookie') ?? '';
    expect(cookie).not.toContain(host.token);
    // The session value is an HMAC of the port under the token: another port's value differs.
    expect(sessionValue(host.token, host.port)).not.toBe(sessionValue(host.token, host.port + 1));
    const withToken = await fetch(url('/'), { headers: { cookie: `${sessionCookieName(host.port)}=${host.token}` }, redirect: 'manual' });
    expect(withToken.status).toBe(403);
  });

  it('opens a session with the launch address once; a second use without that session is refused', async () => {
    expect((await fetch(host.launchUrl, { redirect: 'manual' })).status).toBe(302);
    const again = await fetch(host.launchUrl, { redirect: 'manual' });
    expect(again.status).toBe(403);
    expect(again.headers.get('set-cookie')).toBeNull();
    expect(await again.text()).toContain('alamat masuk ini sudah dipakai');
    // The token header (the e2e api client, scripts) keeps working.
    expect((await fetch(url('/'), authed())).status).toBe(200);
  });

  it('keeps the route and other query parameters in the redirect', async () => {
    const response = await fetch(url(`/pegawai?t=${host.token}&unit=abc`), { redirect: 'manual' });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/pegawai?unit=abc');
  });

  it('lets every tab share the session: the plain address, the printed address again, the API', async () => {
    const first = await fetch(host.launchUrl, { redirect: 'manual' });
    const session = (first.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const again = await fetch(host.launchUrl, { headers: { cookie: session }, redirect: 'manual' });
    expect(again.status).toBe(302);
    expect(again.headers.get('location')).toBe('/');
    const plain = await fetch(url('/laporan'), { headers: { cookie: session }, redirect: 'manual' });
    expect(plain.status).toBe(200);
    const stale = await fetch(url('/?t=alamat-lama'), { headers: { cookie: session }, redirect: 'manual' });
    expect(stale.status).toBe(302);
    for (const tab of [session, session]) {
      const listed = await fetch(url('/api/units:list'), { method: 'POST', headers: { cookie: tab, 'content-type': 'application/json' }, body: '{}', redirect: 'manual' });
      expect(listed.status).toBe(200);
      expect(((await listed.json()) as Result<unknown>).ok).toBe(true);
    }
  });

  it('keeps the session of a second host on 127.0.0.1 apart (cookies are shared across ports)', async () => {
    const other = await startWebHost({ dataDir: path.join(root, 'data-2'), rendererDir: path.join(root, 'renderer'), version: 'test' });
    try {
      const mine = (await fetch(host.launchUrl, { redirect: 'manual' })).headers.get('set-cookie') ?? '';
      const theirs = (await fetch(other.launchUrl, { redirect: 'manual' })).headers.get('set-cookie') ?? '';
      // A browser sends both cookies to either port; each host reads its own.
      const jar = [mine, theirs].map((cookie) => cookie.split(';')[0] ?? '').join('; ');
      expect(sessionCookieName(host.port)).not.toBe(sessionCookieName(other.port));
      expect((await fetch(url('/'), { headers: { cookie: jar }, redirect: 'manual' })).status).toBe(200);
      expect((await fetch(`${other.url}`, { headers: { cookie: jar }, redirect: 'manual' })).status).toBe(200);
    } finally {
      await other.close();
    }
  });

  it('accepts the x-zi-token header', async () => {
    const page = await fetch(url('/'), authed());
    expect(page.status).toBe(200);
    expect(await page.text()).toBe(INDEX_HTML);
  });

  it('uses a different random token for every run', async () => {
    const other = await startWebHost({ dataDir: path.join(root, 'data-2'), rendererDir: path.join(root, 'renderer'), version: 'test' });
    try {
      expect(other.token).not.toBe(host.token);
      expect(other.token.length).toBeGreaterThanOrEqual(24);
      expect(other.port).not.toBe(host.port);
      expect(other.url).toBe(`http://127.0.0.1:${other.port}/`);
    } finally {
      await other.close();
    }
  });
});

describe('Host header', () => {
  it('refuses a foreign Host (DNS rebinding) with 421, even with the token', async () => {
    const response = await rawRequest({ path: '/', host: `evil.example:${host.port}`, headers: { 'x-zi-token': host.token } });
    expect(response.status).toBe(421);
    expect(response.body).not.toContain('<div id="root">');
    const api = await rawRequest({ path: '/api/units:list', method: 'POST', host: `evil.example:${host.port}`, headers: { 'x-zi-token': host.token, 'content-type': 'application/json' } });
    expect(api.status).toBe(421);
  });

  it.each([
    ['127.0.0.1:PORT', true],
    ['localhost:PORT', true],
    ['[::1]:PORT', true],
    ['LOCALHOST:PORT', true],
    ['127.0.0.1', false],
    ['127.0.0.1:1', false],
    ['evil.example:PORT', false],
    ['127.0.0.1.evil.example:PORT', false],
    ['0.0.0.0:PORT', false],
    ['', false],
  ])('isLoopbackHost(%j) = %s', (hostHeader, expected) => {
    expect(isLoopbackHost(hostHeader.replace('PORT', '4321'), 4321)).toBe(expected);
  });

  it('refuses a missing Host header', () => {
    expect(isLoopbackHost(undefined, 4321)).toBe(false);
  });

  it('listens on 127.0.0.1 only', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });
});

describe('Origin and Sec-Fetch-Site', () => {
  it('refuses, with the token and with the session, a request another page started', async () => {
    const session = ((await fetch(host.launchUrl, { redirect: 'manual' })).headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const foreign: Array<Record<string, string>> = [
      { origin: 'http://127.0.0.1:1' },
      { origin: 'https://evil.example' },
      { origin: 'null' },
      { 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'same-site' },
    ];
    const credentials: Array<Record<string, string>> = [{ 'x-zi-token': host.token }, { cookie: session }];
    for (const headers of foreign) {
      for (const credential of credentials) {
        const response = await rawRequest({ path: '/api/units:list', method: 'POST', headers: { ...headers, ...credential, 'content-type': 'application/json' } });
        expect(response.status, JSON.stringify(headers)).toBe(403);
        expect(response.body).toContain('Ditolak: permintaan ini datang dari halaman lain');
      }
    }
    const page = await rawRequest({ path: '/', headers: { 'sec-fetch-site': 'cross-site', cookie: session } });
    expect(page.status).toBe(403);
  });

  it('lets its own pages, typed addresses and clients without those headers in', async () => {
    const session = ((await fetch(host.launchUrl, { redirect: 'manual' })).headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const own = await rawRequest({ path: '/api/units:list', method: 'POST', headers: { origin: `http://127.0.0.1:${host.port}`, 'sec-fetch-site': 'same-origin', cookie: session, 'content-type': 'application/json' } });
    expect(own.status).toBe(200);
    const typed = await rawRequest({ path: '/laporan', headers: { 'sec-fetch-site': 'none', cookie: session } });
    expect(typed.status).toBe(200);
    expect(isOwnOrigin({ host: `localhost:${host.port}`, origin: `http://localhost:${host.port}` })).toBe(true);
    expect(isOwnOrigin({ host: `localhost:${host.port}`, origin: `http://127.0.0.1:${host.port}` })).toBe(false);
  });
});

describe('API', () => {
  it('runs a channel and returns its Result', async () => {
    const { status, result } = await api('units:list', '{}');
    expect(status).toBe(200);
    expect(result).toEqual({ ok: true, value: [] });
  });

  it('accepts an empty body as "no input"', async () => {
    const { result } = await api('app:status', undefined);
    expect(result).toMatchObject({ ok: true, value: { host: 'web', version: 'test' } });
  });

  it('writes through the same handlers and storage', async () => {
    const unit = { nama: 'Dinas Sosial', singkatan: '', jenis: 'DINAS_BADAN_KANTOR', kepalaNama: '', kepalaNip: '', kepalaJabatan: '', afirmasi: false };
    expect((await api('units:create', JSON.stringify(unit))).result).toMatchObject({ ok: true, value: { nama: 'Dinas Sosial' } });
    expect((await api('units:list', '{}')).result).toMatchObject({ ok: true, value: [{ nama: 'Dinas Sosial' }] });
    await expect(fsp.stat(path.join(root, 'data', 'master.json'))).resolves.toBeTruthy();
  });

  it('answers a domain error as a Result with its code', async () => {
    const { status, result } = await api('units:setActive', JSON.stringify({ id: 'unit-tidak-ada', aktif: false }));
    expect(status).toBe(200);
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('refuses a body that is not JSON with INVALID_INPUT', async () => {
    const { status, result } = await api('units:list', '{"includeInactive": tru');
    expect(status).toBe(400);
    expect(result).toEqual({ ok: false, error: { code: 'INVALID_INPUT', message: 'Data yang dikirim bukan JSON yang valid.' } });
  });

  it('refuses a non-JSON content type', async () => {
    const response = await fetch(url('/api/units:list'), authed({ method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{}' }));
    expect(response.status).toBe(405);
    expect(((await response.json()) as Result<unknown>).ok).toBe(false);
  });

  it('refuses a body over the limit (at least 16 MB) with TOO_LARGE', async () => {
    expect(MAX_BODY_BYTES).toBeGreaterThanOrEqual(16 * 1024 * 1024);
    const body = JSON.stringify({ fileName: 'a.csv', dataBase64: 'A'.repeat(MAX_BODY_BYTES + 1024 * 1024) });
    const { status, result } = await api('people:importPreview', body);
    expect(status).toBe(413);
    expect(result).toMatchObject({ ok: false, error: { code: 'TOO_LARGE' } });
    // The host is still serving.
    expect((await api('units:list', '{}')).result.ok).toBe(true);
  });

  it(`receives at most ${MAX_CONCURRENT_LARGE_BODIES} large bodies at once: one more is refused, then accepted`, async () => {
    // Large uploads (valid JSON, length declared) held open before their last byte, one more than allowed.
    const text = `{"includeInactive":false${' '.repeat(LARGE_BODY_BYTES)}}`;
    const uploads = Array.from({ length: MAX_CONCURRENT_LARGE_BODIES + 1 }, () => {
      const request = http.request({
        host: '127.0.0.1',
        port: host.port,
        path: '/api/units:list',
        method: 'POST',
        headers: { 'x-zi-token': host.token, 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(text)) },
      });
      const answered = new Promise<{ status: number; body: string }>((resolve, reject) => {
        request.on('response', (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        });
        // The refused upload may be cut off while it is still sending: only its answer matters.
        request.on('error', (error) => setTimeout(() => reject(error), 1_000));
      });
      request.write(text.slice(0, -1));
      return { request, answered };
    });
    // Nobody can be answered before its body is complete, except the one refused for want of a slot.
    const first = await Promise.race(uploads.map(({ answered }, index) => answered.then((answer) => ({ ...answer, index }))));
    expect(first.status).toBe(503);
    expect(JSON.parse(first.body)).toMatchObject({ ok: false, error: { code: 'TOO_LARGE', message: expect.stringContaining('sedang menerima berkas besar lain') } });
    // Small requests still pass meanwhile.
    expect((await api('units:list', '{}')).result.ok).toBe(true);
    const held = uploads.filter((_, index) => index !== first.index);
    for (const { request } of held) request.end('}');
    expect((await Promise.all(held.map(({ answered }) => answered))).map((answer) => answer.status)).toEqual(held.map(() => 200));
    // With the slots free again, a large body is accepted.
    expect((await api('units:list', text)).status).toBe(200);
  });

  it('refuses GET on /api/ with 405', async () => {
    const response = await fetch(url('/api/units:list'), authed());
    expect(response.status).toBe(405);
    expect((await response.json()) as Result<unknown>).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it.each(['units:destroy', '__proto__', 'constructor', 'units%3Alist%00', '..%2F..%2Fetc%2Fpasswd'])('answers UNKNOWN_CHANNEL for /api/%s', async (channel) => {
    const { status, result } = await api(channel, '{}');
    expect(status).toBe(200);
    expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
  });

  it('answers a malformed percent-encoding in the channel as a Result, not a crash', async () => {
    const { status, result } = await api('units%E0%A4%A', '{}');
    expect(status).toBeLessThan(500);
    expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
  });

  it('refuses JSON carrying __proto__ and writes nothing', async () => {
    const { result } = await api('units:list', '{"__proto__":{"includeInactive":true}}');
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(({} as Record<string, unknown>).includeInactive).toBeUndefined();
  });
});

describe('static files', () => {
  it('serves index.html with the CSP and hardening headers', async () => {
    const response = await fetch(url('/'), authed());
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('serves assets with their type, cached as immutable', async () => {
    const response = await fetch(url('/assets/app.js'), authed());
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('cache-control')).toContain('immutable');
    expect(await response.text()).toBe('console.log("zi");');
  });

  it('serves the app shell for client-side routes', async () => {
    const response = await fetch(url('/pegawai/impor'), authed());
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(INDEX_HTML);
  });

  it.each([
    '/..%2fsecret.txt',
    '/..%2f..%2fetc/passwd',
    '/..%2F..%2F..%2F..%2F..%2F..%2Fetc%2Fpasswd',
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2e%2e%2fsecret.txt',
    '/..%5csecret.txt',
    '/....//secret.txt',
    '/%00',
    '/%E0%A4%A',
  ])('never escapes the renderer folder: %s', async (pathname) => {
    const response = await rawRequest({ path: pathname, headers: { 'x-zi-token': host.token } });
    expect(response.body).not.toContain(SECRET);
    expect(response.body).not.toMatch(/root:.*:0:0:/);
    expect([200, 400]).toContain(response.status);
    if (response.status === 200) expect(response.body).toBe(INDEX_HTML);
    expect(response.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  });

  it('refuses other methods on pages', async () => {
    expect((await fetch(url('/'), authed({ method: 'PUT', body: 'x' }))).status).toBe(405);
    expect((await fetch(url('/index.html'), authed({ method: 'DELETE' }))).status).toBe(405);
  });

  it('logs nothing for ordinary requests', async () => {
    await fetch(url('/'), authed());
    await api('units:list', '{}');
    expect(logged).toEqual([]);
  });
});
