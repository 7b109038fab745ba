/**
 * AppError: the one error type that crosses host boundaries (IPC, HTTP, CLI).
 * `expected` errors are caused by the user or their files and are shown as a
 * message; unexpected ones are bugs and are shown with a "report" affordance.
 */

export const ERROR_CODES = [
  'BAD_INPUT',
  'UNKNOWN_METHOD',
  'NOT_FOUND',
  'NO_PROJECT_OPEN',
  'PROJECT_EXISTS',
  'PROJECT_NOT_FOUND',
  'PROJECT_NOT_LOUPE',
  'PROJECT_NEWER_SCHEMA',
  'PROJECT_READ_ONLY',
  'PROJECT_CORRUPT',
  'PROJECT_LOCKED',
  'JOB_NOT_FOUND',
  'JOB_CANCELLED',
  'UNAUTHORIZED',
  'FORBIDDEN',
  'PAYLOAD_TOO_LARGE',
  'HOST_UNREACHABLE',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface AppErrorData {
  readonly code: ErrorCode;
  readonly message: string;
  /** Where it happened or what to do: a file path, "line 12, column 3", a hint. */
  readonly detail?: string;
  /** True when the user (or their input) caused it; false for bugs. */
  readonly expected: boolean;
}

export class AppError extends Error implements AppErrorData {
  readonly code: ErrorCode;
  readonly detail?: string;
  readonly expected: boolean;

  constructor(code: ErrorCode, message: string, options: { detail?: string; expected?: boolean; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    if (options.detail !== undefined) this.detail = options.detail;
    this.expected = options.expected ?? code !== 'INTERNAL';
  }

  toData(): AppErrorData {
    return this.detail === undefined
      ? { code: this.code, message: this.message, expected: this.expected }
      : { code: this.code, message: this.message, detail: this.detail, expected: this.expected };
  }
}

export function isAppErrorData(value: unknown): value is AppErrorData {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.code === 'string' &&
    (ERROR_CODES as readonly string[]).includes(v.code) &&
    typeof v.message === 'string' &&
    typeof v.expected === 'boolean' &&
    (v.detail === undefined || typeof v.detail === 'string')
  );
}

/** Turns anything thrown into plain, structured-clone-safe error data. */
export function serializeError(error: unknown): AppErrorData {
  if (error instanceof AppError) return error.toData();
  if (isAppErrorData(error)) return error;
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'INTERNAL', message: `Unexpected error: ${message}`, expected: false };
}

export function deserializeError(data: unknown): AppError {
  if (isAppErrorData(data)) {
    return new AppError(data.code, data.message, {
      ...(data.detail === undefined ? {} : { detail: data.detail }),
      expected: data.expected,
    });
  }
  return new AppError('INTERNAL', 'Unexpected error: malformed error payload', { expected: false });
}
