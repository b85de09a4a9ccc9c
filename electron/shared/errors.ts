// Stable error codes the UI and CLI can act on. Errors cross boundaries as {code, message}.
export const ErrorCodes = [
  'BAD_INPUT',
  'UNKNOWN_METHOD',
  'UNAUTHORIZED',
  'NOT_FOUND',
  'IMPORT_EMPTY',
  'IMPORT_BINARY',
  'IMPORT_UNSUPPORTED',
  'IMPORT_TOO_LARGE',
  'IMPORT_UNREADABLE',
  'IMPORT_DUPLICATE',
  'IMPORT_NO_TEXT',
  'IMPORT_ENCRYPTED',
  'IMPORT_DAMAGED',
  'IMPORT_UNSAFE',
  'EXPORT_FAILED',
  'CANCELLED',
  /** The desk server could not be reached: the laptop keeps working offline. */
  'DESK_UNREACHABLE',
  /** The desk server refused: no valid token, a restricted book, or a marking above its accreditation. */
  'DESK_REFUSED',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ErrorCodes)[number];

export type ApiError = { code: ErrorCode; message: string };
export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** Thrown inside services; dispatch turns it into {ok: false, error}. Never crosses a process boundary. */
export class BriefbookError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}

export function fail(code: ErrorCode, message: string): never {
  throw new BriefbookError(code, message);
}
