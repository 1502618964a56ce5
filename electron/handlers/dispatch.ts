import type { z } from 'zod';
import { contract, isMutatingChannel, listChannels, type AnyChannel } from '../../shared/contract';
import { AppFailure, fail, ok, type FieldIssue, type Result } from '../../shared/result';
import { createDataRevision, type DataRevisionCounter } from './revision';
import type { AllHandlers, Dispatch } from './types';

/** Turns zod issues into field messages; zod's own messages are already Indonesian (see locale). */
export function toFieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.slice(0, 50).map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
}

function describe(issues: FieldIssue[]): string {
  const first = issues[0];
  if (!first) return 'Data yang dikirim tidak valid.';
  const more = issues.length > 1 ? ` (dan ${issues.length - 1} masalah lain)` : '';
  return `${first.message}${more}`;
}

/** Keys that JSON or a crafted object can carry to reach a prototype; no channel has such a field. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** Far deeper than any channel's input; bounds the walk below. */
const MAX_INPUT_DEPTH = 64;

/**
 * Input must be data as JSON or structured clone delivers it: plain objects and arrays, no key that
 * names a prototype, no inherited fields (zod reads inherited properties, so an object whose
 * prototype carries a valid record would otherwise pass). Returns the problem, in Indonesian.
 */
export function plainDataProblem(input: unknown): string | undefined {
  const stack: { value: object; depth: number }[] = [];
  if (typeof input === 'object' && input !== null) stack.push({ value: input, depth: 0 });
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const { value, depth } = next;
    if (depth > MAX_INPUT_DEPTH) return 'Data yang dikirim bersarang terlalu dalam.';
    const proto: unknown = Object.getPrototypeOf(value);
    const plain = Array.isArray(value) ? proto === Array.prototype : proto === Object.prototype || proto === null;
    if (!plain) return 'Data yang dikirim bukan objek data biasa.';
    for (const [key, child] of Object.entries(value)) {
      if (FORBIDDEN_KEYS.has(key)) return `Data yang dikirim berisi kunci terlarang "${key}".`;
      if (typeof child === 'object' && child !== null) stack.push({ value: child, depth: depth + 1 });
    }
  }
  return undefined;
}

/**
 * The one entry point shared by the ipcMain adapter and the web host: looks the channel up, parses
 * the untrusted input with the contract's schema, runs the handler and returns a Result. Nothing
 * thrown inside ever crosses the boundary as an exception. After every successful call of a channel
 * that writes (`isMutatingChannel`), the data revision is bumped and returned with the answer
 * (`Result.revision`): the one data-changed signal that every screen of every window or tab follows
 * (`app:revision` for the others).
 */
export function createDispatcher(
  handlers: AllHandlers,
  log: (message: string, error: unknown) => void = () => {},
  revision: DataRevisionCounter = createDataRevision(),
): Dispatch {
  const table = new Map<string, { channel: AnyChannel; run: (input: unknown) => Promise<unknown>; writes: boolean }>();
  for (const { name, domain, verb, channel } of listChannels(contract)) {
    const domainHandlers = (handlers as unknown as Record<string, Record<string, (input: unknown) => Promise<unknown>>>)[domain];
    const run = domainHandlers?.[verb];
    if (!run) throw new Error(`Handler for channel ${name} is missing`);
    table.set(name, { channel, run, writes: isMutatingChannel(name) });
  }

  return async (channelName: unknown, input: unknown): Promise<Result<unknown>> => {
    if (typeof channelName !== 'string' || !table.has(channelName)) {
      return fail('UNKNOWN_CHANNEL', 'Perintah tidak dikenal.');
    }
    const entry = table.get(channelName);
    if (!entry) return fail('UNKNOWN_CHANNEL', 'Perintah tidak dikenal.');
    const problem = plainDataProblem(input);
    if (problem) return fail('INVALID_INPUT', problem);
    const parsed = entry.channel.input.safeParse(input);
    if (!parsed.success) {
      const issues = toFieldIssues(parsed.error);
      return fail('INVALID_INPUT', describe(issues), issues);
    }
    try {
      const value = await entry.run(parsed.data);
      if (!entry.writes) return ok(value);
      revision.bump();
      // The new revision travels with the answer: the renderer follows its own write without asking.
      return { ok: true, value, revision: revision.current() };
    } catch (error) {
      if (error instanceof AppFailure) return fail(error.code, error.message, error.issues);
      log(`channel ${channelName} failed`, error);
      return fail('INTERNAL', 'Terjadi kesalahan tak terduga. Data tidak diubah; coba lagi atau hubungi pengelola aplikasi.');
    }
  };
}
