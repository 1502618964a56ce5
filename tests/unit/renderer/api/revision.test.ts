import { describe, expect, it } from 'vitest';
import type { ZiApi } from '../../../../shared/contract';
import { ok } from '../../../../shared/result';
import { guardApi } from '../../../../renderer/src/api/client';
import { createRevisionWatch } from '../../../../renderer/src/api/revision';

function fakeEnvironment() {
  const state = { ticks: [] as (() => void)[], wakes: [] as (() => void)[], hidden: false };
  return {
    state,
    environment: {
      setInterval: (run: () => void) => {
        state.ticks.push(run);
        return state.ticks.length;
      },
      clearInterval: () => {
        state.ticks.length = 0;
      },
      onWake: (run: () => void) => {
        state.wakes.push(run);
        return () => {
          state.wakes.length = 0;
        };
      },
      hidden: () => state.hidden,
    },
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('createRevisionWatch', () => {
  it('tells listeners when the host revision moved (another tab wrote), not when it stayed', async () => {
    let revision = 100;
    const { state, environment } = fakeEnvironment();
    const watch = createRevisionWatch(async () => ok({ revision }), environment, 1000);
    let heard = 0;
    const stop = watch.subscribe(() => (heard += 1));
    await settle();
    expect(heard).toBe(0);
    state.ticks[0]?.();
    await settle();
    expect(heard).toBe(0);
    revision = 101;
    state.ticks[0]?.();
    await settle();
    expect(heard).toBe(1);
    expect(watch.snapshot()).toBe(1);
    revision = 102;
    state.hidden = true;
    state.ticks[0]?.();
    await settle();
    expect(heard).toBe(1);
    state.hidden = false;
    state.wakes[0]?.();
    await settle();
    expect(heard).toBe(2);
    stop();
    expect(state.ticks).toHaveLength(0);
    expect(state.wakes).toHaveLength(0);
  });

  it('after a write of this window, tells listeners once even when no revision was known yet', async () => {
    let revision = 7;
    const watch = createRevisionWatch(async () => ok({ revision }), fakeEnvironment().environment);
    let heard = 0;
    watch.subscribe(() => (heard += 1));
    revision = 8;
    await watch.changed();
    expect(heard).toBe(1);
    await watch.check();
    expect(heard).toBe(1);
  });

  it('follows the revision a write answered with, without asking the host; a poll of the same or an older one tells nobody', async () => {
    let revision = 20;
    let asked = 0;
    const watch = createRevisionWatch(async () => {
      asked += 1;
      return ok({ revision });
    }, fakeEnvironment().environment);
    let heard = 0;
    watch.subscribe(() => (heard += 1));
    await settle();
    expect(asked).toBe(1);
    await watch.changed(21, 'units:create');
    expect(heard).toBe(1);
    expect(asked).toBe(1);
    expect(watch.lastChange()).toEqual({ own: true, channel: 'units:create' });
    // A poll that crossed the write still answers 20; then the host says 21: nothing new either time.
    await watch.check();
    revision = 21;
    await watch.check();
    expect(heard).toBe(1);
    revision = 22;
    await watch.check();
    expect(heard).toBe(2);
    expect(watch.lastChange()).toEqual({ own: false });
  });
});

describe('guardApi onWrite', () => {
  it('runs after a successful write, never after a read or a refused write', async () => {
    const bridge = {
      units: {
        list: async () => ok([]),
        create: async () => ok({}),
        update: async () => ({ ok: false, error: { code: 'NOT_FOUND', message: 'x' } }),
      },
    } as unknown as ZiApi;
    const writes: string[] = [];
    const api = guardApi(bridge, (name) => writes.push(name));
    await api.units.list({});
    await api.units.create({} as never);
    await api.units.update({} as never);
    expect(writes).toEqual(['units:create']);
  });

  it('hands on the revision the write answered with', async () => {
    const bridge = { units: { create: async () => ({ ok: true, value: {}, revision: 42 }), setActive: async () => ok({}) } } as unknown as ZiApi;
    const seen: (number | undefined)[] = [];
    const api = guardApi(bridge, (_name, revision) => seen.push(revision));
    await api.units.create({} as never);
    await api.units.setActive({} as never);
    expect(seen).toEqual([42, undefined]);
  });
});
