import { buildClient, contract, type ZiApi } from '../../../shared/contract';
import type { Result } from '../../../shared/result';
import { httpInvoke } from '../../../renderer/src/api/http';
import type { RunningHost } from '../host';

/**
 * The contract's client with each verb resolving to the value itself: a failed call throws with
 * the channel's name and the host's message, so seeding stops at the first refusal.
 */
export type SeedClient = {
  [D in keyof ZiApi]: {
    [V in keyof ZiApi[D]]: ZiApi[D][V] extends (input: infer I) => Promise<Result<infer O>> ? (input: I) => Promise<O> : never;
  };
};

/** The web host's per-run token, taken from the address it printed (`…/?t=<token>`). */
function tokenOf(host: RunningHost): string {
  const token = new URL(host.launchUrl).searchParams.get('t');
  if (!token) throw new Error(`no token in ${host.launchUrl}`);
  return token;
}

/**
 * A typed client of the running web host for seeding and reading data from a test, over Node's
 * fetch with the host's token: the same contract and HTTP transport as the screens, so a renamed
 * channel or a changed input fails when the tests are compiled, not when they run.
 */
export function seedClient(host: RunningHost): SeedClient {
  const token = tokenOf(host);
  const invoke = httpInvoke((path, init) =>
    fetch(new URL(String(path), host.url), { ...init, headers: { ...(init?.headers as Record<string, string>), 'x-zi-token': token } }),
  );
  const client = buildClient(contract, async (channelName, input) => {
    const result = (await invoke(channelName, input)) as Result<unknown>;
    if (!result.ok) throw new Error(`${channelName}: ${result.error.message}`);
    return result.value;
  });
  // buildClient fills every verb; this transport resolves to the value instead of the Result.
  return client as unknown as SeedClient;
}
