import type { Contract, OutputOf, ParsedInputOf } from '../../shared/contract';
import type { Result } from '../../shared/result';

/** The functions behind one domain's channels: parsed input in, plain output out (or AppFailure thrown). */
export type DomainHandlers<D extends keyof Contract> = {
  [V in keyof Contract[D]]: (input: ParsedInputOf<Contract[D][V]>) => Promise<OutputOf<Contract[D][V]>>;
};

export type AllHandlers = { [D in keyof Contract]: DomainHandlers<D> };

/** What every adapter (ipcMain, web host) calls: a channel name and untrusted input. */
export type Dispatch = (channelName: unknown, input: unknown) => Promise<Result<unknown>>;
