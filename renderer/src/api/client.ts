import { buildClient, contract, type ZiApi } from '../../../shared/contract';
import { fail, type Result } from '../../../shared/result';

declare global {
  interface Window {
    /** The typed bridge exposed by the Electron preload; absent in a plain browser. */
    zi?: ZiApi;
  }
}

type Invoke = (channelName: string, input: unknown) => Promise<unknown>;

export const UNREACHABLE_MESSAGE =
  'ZI Desk tidak dapat dihubungi. Pastikan aplikasi ZI Desk masih berjalan, lalu coba lagi. Data tidak diubah.';
const FORBIDDEN_MESSAGE =
  'Sesi peramban ini tidak lagi diizinkan. Buka kembali alamat yang dicetak saat ZI Desk dimulai.';
const MALFORMED_MESSAGE = 'Jawaban dari ZI Desk tidak dapat dibaca. Coba lagi atau muat ulang halaman.';

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
 * the HttpOnly cookie the host set when the page was first opened, so a same-origin fetch is enough.
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

/** Electron transport: the verbs of `window.zi`, looked up by channel name. */
function bridgeInvoke(bridge: ZiApi): Invoke {
  // The bridge has exactly the contract's domains and verbs; index it by the channel's two halves.
  const verbs = bridge as unknown as Record<string, Record<string, ((input: unknown) => Promise<unknown>) | undefined> | undefined>;
  return async (channelName, input) => {
    const [domain = '', verb = ''] = channelName.split(':');
    const call = verbs[domain]?.[verb];
    if (!call) return fail('UNKNOWN_CHANNEL', 'Perintah tidak dikenal.');
    return call(input);
  };
}

/** Whatever the transport does, a call resolves to a Result: exceptions become an Indonesian error. */
function guarded(invoke: Invoke): Invoke {
  return async (channelName, input) => {
    try {
      const value = await invoke(channelName, input);
      return isResult(value) ? value : fail('INTERNAL', MALFORMED_MESSAGE);
    } catch {
      return fail('INTERNAL', UNREACHABLE_MESSAGE);
    }
  };
}

/** Builds the typed client over `window.zi` when present, HTTP otherwise. */
export function createClient(bridge: ZiApi | undefined = window.zi, fetchImpl?: typeof fetch): ZiApi {
  const invoke = bridge ? bridgeInvoke(bridge) : httpInvoke(fetchImpl);
  return buildClient(contract, guarded(invoke));
}

/** The one client the screens use. */
export const api: ZiApi = createClient();
