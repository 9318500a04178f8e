/**
 * The error catalog: every error the application raises on purpose has a stable code here.
 * Codes are part of the public contract (API clients and logs match on them); never rename one.
 * docs/practices/errors.md lists them, and a test checks the two agree.
 */
export const errorCatalog = {
  VALIDATION_FAILED: { status: 400, message: 'The input is not valid.' },
  UNAUTHORIZED: { status: 401, message: 'Authentication is required.' },
  FORBIDDEN: { status: 403, message: 'Your role does not allow this.' },
  TWO_FACTOR_REQUIRED: {
    status: 403,
    message: 'Set up two-factor sign-in first (/admin/account/two-factor).',
  },
  NOT_FOUND: { status: 404, message: 'Not found.' },
  GONE: { status: 410, message: 'This page has been removed.' },
  CONFLICT: { status: 409, message: 'The resource was changed or already exists.' },
  SECTION_NOT_FOUND: { status: 400, message: 'The section does not exist.' },
  LANGUAGE_NOT_ENABLED: { status: 400, message: 'The language is not enabled on this site.' },
  IMPORT_MALFORMED: { status: 400, message: 'The file to import is malformed.' },
  IMPORT_SOURCE_FAILED: { status: 502, message: 'The site to import from could not be read.' },
  PAYLOAD_TOO_LARGE: { status: 413, message: 'The request body is too large.' },
  UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    message: 'The request body has a type this endpoint does not accept.',
  },
  RATE_LIMITED: { status: 429, message: 'Too many requests; try again later.' },
  INTERNAL: { status: 500, message: 'Something went wrong on our side.' },
  UNAVAILABLE: { status: 503, message: 'The service is briefly unavailable; try again shortly.' },
} as const;

export type ErrorCode = keyof typeof errorCatalog;

export interface FieldIssue {
  /** Field path ("headline", "sources.0.url") or line reference ("line 3"). */
  field: string;
  message: string;
}

export class AppError extends Error {
  override name = 'AppError';
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message?: string,
    readonly issues: FieldIssue[] = [],
  ) {
    super(message ?? errorCatalog[code].message);
    this.status = errorCatalog[code].status;
  }
}

/** A RATE_LIMITED refusal that knows when to try again (the answer's Retry-After header). */
export class RateLimitedError extends AppError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super('RATE_LIMITED', message);
  }
}

export const isAppError = (e: unknown): e is AppError => e instanceof AppError;
