import { describe, expect, it } from 'vitest';
import { createPreviewStore } from '../../../../../electron/services/files';

const TTL = 1_000;
const MAX = 3;

/** One step at a time `at` (ms): put a value, or take the value put under a label (expecting `gives`). */
type Step = { at: number; put: string } | { at: number; take: string; gives: string | undefined };

const put = (label: string, at: number): Step => ({ at, put: label });
const take = (label: string, at: number, gives: string | undefined): Step => ({ at, take: label, gives });

const cases: { name: string; steps: Step[]; left: number }[] = [
  { name: 'a preview is taken once', left: 0, steps: [put('a', 0), take('a', 10, 'a'), take('a', 20, undefined)] },
  { name: 'an unknown id gives nothing and removes nothing', left: 1, steps: [put('a', 0), take('never-put', 10, undefined)] },
  { name: 'a preview can be taken until its time-to-live ends', left: 0, steps: [put('a', 0), take('a', TTL, 'a')] },
  { name: 'an expired preview gives nothing, even when no later put pruned it', left: 0,
    steps: [put('a', 0), take('a', TTL + 1, undefined)] },
  { name: 'a put beyond the limit drops the oldest', left: 1,
    steps: [put('a', 0), put('b', 1), put('c', 2), put('d', 3), take('a', 4, undefined), take('b', 5, 'b'), take('d', 6, 'd')] },
  { name: 'expired previews are pruned first, so only live ones count against the limit', left: 1,
    steps: [put('a', 0), put('b', 1), put('c', 600), put('d', 1_002), take('b', 1_003, undefined), take('c', 1_004, 'c')] },
  { name: 'a take prunes the expired ones', left: 0, steps: [put('a', 0), put('b', 500), take('b', 1_200, 'b')] },
];

describe('preview store', () => {
  it.each(cases)('$name', ({ steps, left }) => {
    let now = 0;
    const store = createPreviewStore<string>({ ttlMs: TTL, max: MAX, now: () => new Date(now) });
    const ids = new Map<string, string>();
    for (const step of steps) {
      now = step.at;
      if ('put' in step) ids.set(step.put, store.put(step.put));
      else expect(store.take(ids.get(step.take) ?? step.take), `take ${step.take} at ${step.at}`).toBe(step.gives);
    }
    expect(store.size).toBe(left);
  });

  it('gives every preview its own id, usable in a contract id pattern', () => {
    const store = createPreviewStore<number>({ ttlMs: TTL, max: 100, now: () => new Date(0) });
    const ids = Array.from({ length: 50 }, (_, index) => store.put(index));
    expect(new Set(ids).size).toBe(50);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9-]{8,64}$/);
  });
});

describe('preview store claim', () => {
  it('gives the value once, then NOT_FOUND with what to do', () => {
    const store = createPreviewStore<string>({ ttlMs: TTL, max: MAX, now: () => new Date(0) });
    const id = store.put('a');
    expect(store.claim(id)).toBe('a');
    expect(() => store.claim(id)).toThrow(expect.objectContaining({ code: 'NOT_FOUND', message: expect.stringContaining('Unggah berkas sekali lagi') }));
  });
});
