import type { Services } from '../services/container';
import type { DomainHandlers } from './types';

/** The audit trail screen's channels: both only read (the status is the last verification's result). */
export function auditHandlers(services: Services): DomainHandlers<'audit'> {
  return {
    list: (input) => services.audit.list(input),
    status: () => Promise.resolve(services.audit.status()),
  };
}
