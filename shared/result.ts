/**
 * Errors cross the process boundary as data: a stable machine code plus a message in Bahasa
 * Indonesia that the user can act on. Handlers never throw across the boundary.
 */
export type ErrorCode =
  | 'INVALID_INPUT'
  | 'NOT_FOUND'
  | 'DUPLICATE'
  | 'CONFLICT'
  | 'LOCKED'
  | 'TOO_LARGE'
  | 'UNSUPPORTED_FILE'
  | 'STORAGE_ERROR'
  | 'PDF_ERROR'
  | 'CANCELLED'
  | 'FORBIDDEN'
  | 'UNKNOWN_CHANNEL'
  | 'INTERNAL';

/** One problem with one field of the input, for showing next to that field. */
export interface FieldIssue {
  path: string;
  message: string;
}

export interface AppError {
  code: ErrorCode;
  message: string;
  issues?: FieldIssue[];
}

/**
 * `revision`: on the answer of a call that changed data, the host's data revision after it (set by
 * the dispatcher), so the caller follows its own write without asking `app:revision`.
 */
export type Result<T> = { ok: true; value: T; revision?: number } | { ok: false; error: AppError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(code: ErrorCode, message: string, issues?: FieldIssue[]): Result<T> {
  return issues && issues.length > 0
    ? { ok: false, error: { code, message, issues } }
    : { ok: false, error: { code, message } };
}

/** Thrown inside services when an operation must stop with a user-facing error. */
export class AppFailure extends Error {
  readonly code: ErrorCode;
  readonly issues: FieldIssue[] | undefined;
  constructor(code: ErrorCode, message: string, issues?: FieldIssue[]) {
    super(message);
    this.name = 'AppFailure';
    this.code = code;
    this.issues = issues;
  }
}
