import type { z } from 'zod';
import type { Result } from '../result';

/**
 * A channel of the IPC contract: its zod input schema, and (as a phantom type) its output.
 * Declared once in `shared/contract`, typed everywhere: handlers, preload and renderer client.
 */
export interface Channel<I extends z.ZodType, O> {
  readonly input: I;
  /** Never set at run time; carries the output type. */
  readonly output?: O;
}

/** `channel<Unit[]>()(z.object({…}))` — the output type first, the schema second. */
export function channel<O>() {
  return <I extends z.ZodType>(input: I): Channel<I, O> => ({ input });
}

export type AnyChannel = Channel<z.ZodType, unknown>;
export type ContractShape = Record<string, Record<string, AnyChannel>>;

export type InputOf<C> = C extends Channel<infer I, unknown> ? z.input<I> : never;
export type ParsedInputOf<C> = C extends Channel<infer I, unknown> ? z.output<I> : never;
export type OutputOf<C> = C extends Channel<z.ZodType, infer O> ? O : never;

/** The client surface: `api.units.create(input)` resolves to a Result, never throws for domain errors. */
export type ClientOf<C extends ContractShape> = {
  [D in keyof C]: {
    [V in keyof C[D]]: (input: InputOf<C[D][V]>) => Promise<Result<OutputOf<C[D][V]>>>;
  };
};

/** Channel names in the `'domain:verb'` form. */
export type ChannelNameOf<C extends ContractShape> = {
  [D in keyof C & string]: `${D}:${keyof C[D] & string}`;
}[keyof C & string];

/** Every channel with its name, for adapters that register or route them. */
export function listChannels<C extends ContractShape>(contract: C): { name: string; domain: string; verb: string; channel: AnyChannel }[] {
  const rows: { name: string; domain: string; verb: string; channel: AnyChannel }[] = [];
  for (const [domain, verbs] of Object.entries(contract)) {
    for (const [verb, ch] of Object.entries(verbs)) {
      rows.push({ name: `${domain}:${verb}`, domain, verb, channel: ch });
    }
  }
  return rows;
}

/**
 * Builds the typed client from one transport function. The preload passes ipcRenderer.invoke,
 * the browser passes an HTTP POST; both get the same verbs.
 */
export function buildClient<C extends ContractShape>(
  contract: C,
  invoke: (channelName: string, input: unknown) => Promise<unknown>,
): ClientOf<C> {
  const client: Record<string, Record<string, (input: unknown) => Promise<unknown>>> = {};
  for (const { domain, verb, name } of listChannels(contract)) {
    const verbs = (client[domain] ??= {});
    verbs[verb] = (input: unknown) => invoke(name, input);
  }
  // The loop above fills exactly the keys of C with functions of the declared shape.
  return client as unknown as ClientOf<C>;
}
