import type { z } from 'zod';
import { contract, listChannels, type AnyChannel } from '../../shared/contract';
import { AppFailure, fail, ok, type FieldIssue, type Result } from '../../shared/result';
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

/**
 * The one entry point shared by the ipcMain adapter and the web host: looks the channel up, parses
 * the untrusted input with the contract's schema, runs the handler and returns a Result. Nothing
 * thrown inside ever crosses the boundary as an exception.
 */
export function createDispatcher(handlers: AllHandlers, log: (message: string, error: unknown) => void = () => {}): Dispatch {
  const table = new Map<string, { channel: AnyChannel; run: (input: unknown) => Promise<unknown> }>();
  for (const { name, domain, verb, channel } of listChannels(contract)) {
    const domainHandlers = (handlers as unknown as Record<string, Record<string, (input: unknown) => Promise<unknown>>>)[domain];
    const run = domainHandlers?.[verb];
    if (!run) throw new Error(`Handler for channel ${name} is missing`);
    table.set(name, { channel, run });
  }

  return async (channelName: unknown, input: unknown): Promise<Result<unknown>> => {
    if (typeof channelName !== 'string' || !table.has(channelName)) {
      return fail('UNKNOWN_CHANNEL', 'Perintah tidak dikenal.');
    }
    const entry = table.get(channelName);
    if (!entry) return fail('UNKNOWN_CHANNEL', 'Perintah tidak dikenal.');
    const parsed = entry.channel.input.safeParse(input);
    if (!parsed.success) {
      const issues = toFieldIssues(parsed.error);
      return fail('INVALID_INPUT', describe(issues), issues);
    }
    try {
      return ok(await entry.run(parsed.data));
    } catch (error) {
      if (error instanceof AppFailure) return fail(error.code, error.message, error.issues);
      log(`channel ${channelName} failed`, error);
      return fail('INTERNAL', 'Terjadi kesalahan tak terduga. Data tidak diubah; coba lagi atau hubungi pengelola aplikasi.');
    }
  };
}
