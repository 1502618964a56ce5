import { describe, expect, it } from 'vitest';
import { contract, type ZiApi } from '../../../../shared/contract';
import { guardApi, installBrowserClient } from '../../../../renderer/src/api/client';
import { UNREACHABLE_MESSAGE } from '../../../../renderer/src/api/http';

describe('installBrowserClient', () => {
  it('installs an HTTP client with every verb of the contract, posting to /api/<domain>:<verb>', async () => {
    const calls: { url: string; body: unknown }[] = [];
    const fetchImpl: typeof fetch = async (url, init) => {
      calls.push({ url: String(url), body: JSON.parse(String(init?.body)) });
      return new Response(JSON.stringify({ ok: true, value: [] }), { status: 200 });
    };
    const target: { zi?: ZiApi } = {};
    const zi = installBrowserClient(target, fetchImpl);
    expect(target.zi).toBe(zi);
    for (const [domain, verbs] of Object.entries(contract)) {
      expect(Object.keys((zi as unknown as Record<string, object>)[domain] ?? {}).sort()).toEqual(Object.keys(verbs).sort());
    }
    await expect(zi.units.list({ includeInactive: true })).resolves.toEqual({ ok: true, value: [] });
    expect(calls).toEqual([{ url: '/api/units:list', body: { includeInactive: true } }]);
  });

  it('keeps the bridge the Electron preload exposed', () => {
    const bridge = { units: {} } as unknown as ZiApi;
    const target = { zi: bridge };
    expect(installBrowserClient(target)).toBe(bridge);
  });
});

describe('guardApi', () => {
  it('turns a rejected call and an answer that is not a Result into errors, passes Results through', async () => {
    const bridge = {
      units: {
        list: async () => ({ ok: true, value: ['a'] }),
        update: async () => {
          throw new Error('ipc closed');
        },
        create: async () => 'not a result',
      },
    } as unknown as ZiApi;
    const api = guardApi(bridge);
    await expect(api.units.list({})).resolves.toEqual({ ok: true, value: ['a'] });
    const rejected = await api.units.update({ id: 'x' } as never);
    expect(rejected.ok ? '' : rejected.error.message).toBe(UNREACHABLE_MESSAGE);
    const malformed = await api.units.create({} as never);
    expect(malformed.ok).toBe(false);
  });
});
