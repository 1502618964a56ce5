import { buildClient, contract, isMutatingChannel, type ZiApi } from '../../../shared/contract';
import { fail } from '../../../shared/result';
import { httpInvoke, isResult, MALFORMED_MESSAGE, UNREACHABLE_MESSAGE } from './http';
import { createRevisionWatch, type RevisionWatch } from './revision';

declare global {
  interface Window {
    /** The typed bridge: exposed by the Electron preload, installed by `installBrowserClient` in a browser. */
    zi?: ZiApi;
  }
}

type Verbs = Record<string, Record<string, (input: unknown) => Promise<unknown>>>;

/**
 * In a plain browser (the web host), installs `window.zi` as the HTTP client built from the same
 * contract as the preload's bridge, verb for verb; under Electron the preload's object stays.
 */
export function installBrowserClient(target: { zi?: ZiApi } = globalThis as { zi?: ZiApi }, fetchImpl?: typeof fetch): ZiApi {
  target.zi ??= buildClient(contract, httpInvoke(fetchImpl));
  return target.zi;
}

/**
 * `zi` with every verb wrapped so that, whatever the transport does, a call resolves to a Result:
 * a rejected call or an answer that is not a Result becomes an Indonesian error. `onWrite` runs after
 * every successful call of a channel that changes data, with the data revision the answer carried.
 */
export function guardApi(zi: ZiApi, onWrite: (channelName: string, revision: number | undefined) => void = () => {}): ZiApi {
  const guarded: Verbs = {};
  // The bridge holds exactly the contract's domains and verbs (see `ClientOf`).
  for (const [domain, verbs] of Object.entries(zi as unknown as Verbs)) {
    guarded[domain] = Object.fromEntries(
      Object.entries(verbs).map(([verb, call]) => [
        verb,
        async (input: unknown) => {
          try {
            const value = await call(input);
            if (!isResult(value)) return fail('INTERNAL', MALFORMED_MESSAGE);
            const name = `${domain}:${verb}`;
            if (value.ok && isMutatingChannel(name)) onWrite(name, typeof value.revision === 'number' ? value.revision : undefined);
            return value;
          } catch {
            return fail('INTERNAL', UNREACHABLE_MESSAGE);
          }
        },
      ]),
    );
  }
  return guarded as unknown as ZiApi;
}

/** The one client the screens use: `window.zi`, the same surface in Electron and in the browser. */
export const api: ZiApi = guardApi(installBrowserClient(), (channel, revision) => void dataRevision.changed(revision, channel));

/** The data-changed signal every screen follows (see `useDataRevision`). */
export const dataRevision: RevisionWatch = createRevisionWatch(() => api.app.revision(undefined));
