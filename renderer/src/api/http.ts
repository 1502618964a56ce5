import { fail, type Result } from '../../../shared/result';

/** A transport: sends one channel's input, resolves to what came back. */
export type Invoke = (channelName: string, input: unknown) => Promise<unknown>;

export const UNREACHABLE_MESSAGE =
  'ZI Desk tidak dapat dihubungi. Pastikan aplikasi ZI Desk masih berjalan, lalu coba lagi. Data tidak diubah.';
const FORBIDDEN_MESSAGE =
  'Sesi peramban ini tidak lagi diizinkan. Buka kembali alamat yang dicetak saat ZI Desk dimulai.';
export const MALFORMED_MESSAGE = 'Jawaban dari ZI Desk tidak dapat dibaca. Coba lagi atau muat ulang halaman.';

/** True for `{ ok: true, value }` or `{ ok: false, error: { code, message } }`. */
export function isResult(value: unknown): value is Result<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  if (value.ok === true) return 'value' in value;
  if (value.ok !== false || !('error' in value)) return false;
  const error = value.error;
  return typeof error === 'object' && error !== null && 'message' in error && typeof error.message === 'string';
}

/**
 * HTTP transport of the web host: `POST /api/<channel>` with a JSON body. The token travels in
 * the HttpOnly cookie the host set when the page was first opened, so a same-origin fetch is enough
 * (a caller outside the page passes a `fetchImpl` that adds the host's address and token).
 * Never throws: an unreachable host or an unreadable answer becomes an Indonesian error.
 */
export function httpInvoke(fetchImpl: typeof fetch = (...args) => fetch(...args)): Invoke {
  return async (channelName, input) => {
    let response: Response;
    try {
      response = await fetchImpl(`/api/${channelName}`, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json' },
        body: input === undefined ? '' : JSON.stringify(input),
      });
    } catch {
      return fail('INTERNAL', UNREACHABLE_MESSAGE);
    }
    if (response.status === 403) return fail('FORBIDDEN', FORBIDDEN_MESSAGE);
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      return fail('INTERNAL', response.ok ? MALFORMED_MESSAGE : UNREACHABLE_MESSAGE);
    }
    return isResult(body) ? body : fail('INTERNAL', MALFORMED_MESSAGE);
  };
}
