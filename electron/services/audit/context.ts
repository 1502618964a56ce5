import { AsyncLocalStorage } from 'node:async_hooks';
import type { AuditSummary } from '../../../shared/audit';

/**
 * The action a write belongs to, carried from the dispatcher to the storage commit hook through
 * AsyncLocalStorage: the hook sits in storage, which knows documents, not channels or people.
 */
export interface AuditAction {
  /** The channel (`worksheets:saveAnswers`). */
  channel: string;
  /** Who asked: the current user's name when the call began. */
  by: string;
  summary: AuditSummary;
}

const actions = new AsyncLocalStorage<AuditAction>();

/** Runs `fn` (and everything it awaits or starts) as part of `action`. */
export function runInAction<R>(action: AuditAction, fn: () => R): R {
  return actions.run(action, fn);
}

/** The action of the running code; undefined outside a channel (start-up, background work). */
export function currentAction(): AuditAction | undefined {
  return actions.getStore();
}

const MAX_SUMMARY_FIELDS = 10;
const MAX_SUMMARY_TEXT = 80;
/** Fields that carry file bytes or secrets, never copied into the log. */
const SECRET_OR_BULKY = /base64|bytes|passphrase|password|secret|pem|data$/i;

/**
 * What a channel was asked to do, in a few fields: scalar values of the input's top level (short
 * texts, numbers, booleans) and the length of its lists (`changes: 3`). Nested objects and file
 * contents are left out: the log names the change, the documents hold the data.
 */
export function summarizeInput(input: unknown): AuditSummary {
  const summary: AuditSummary = {};
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return summary;
  let fields = 0;
  for (const [key, value] of Object.entries(input)) {
    if (fields >= MAX_SUMMARY_FIELDS) break;
    if (SECRET_OR_BULKY.test(key)) continue;
    if (typeof value === 'number' || typeof value === 'boolean') summary[key] = value;
    else if (typeof value === 'string' && value.length <= MAX_SUMMARY_TEXT) summary[key] = value;
    else if (Array.isArray(value)) summary[key] = value.length;
    else continue;
    fields += 1;
  }
  return summary;
}
