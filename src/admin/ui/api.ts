/**
 * The admin JSON API from the browser: the session cookie authenticates, every request that
 * changes something carries the CSRF token from GET /admin/api/me, and errors arrive as
 * `{ error: { code, message, issues } }` and are thrown as ApiError.
 */
export interface Issue {
  field: string;
  message: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: Issue[] = [],
    /** Seconds to wait before trying again (a 429's Retry-After), when the server said. */
    readonly retryAfter: number | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** Refused for now (too many requests): the same request may succeed later. */
  get isRateLimited(): boolean {
    return this.status === 429;
  }

  /** A save refused because someone saved a newer version meanwhile (not a taken slug). */
  get isVersionConflict(): boolean {
    return this.code === 'CONFLICT' && this.issues.some((i) => i.field === 'version');
  }

  issueFor(field: string): string | undefined {
    return this.issues.find((i) => i.field === field || i.field.startsWith(`${field}.`))?.message;
  }
}

let csrfToken = '';
export function setCsrf(token: string): void {
  csrfToken = token;
}

export const API = '/admin/api';

export async function api<T>(
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  body?: unknown,
  options: { raw?: Blob; contentType?: string } = {},
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (method !== 'GET') headers['x-csrf-token'] = csrfToken;
  let payload: BodyInit | undefined;
  if (options.raw) {
    payload = options.raw;
    headers['content-type'] = options.contentType ?? 'application/octet-stream';
  } else if (body !== undefined) {
    payload = JSON.stringify(body);
    headers['content-type'] = 'application/json';
  }
  let res: Response;
  try {
    res = await fetch(`${API}${path}`, { method, headers, body: payload, credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'NETWORK', 'The server could not be reached. Check your connection.');
  }
  if (res.status === 204) return undefined as T;
  const json = (await res.json().catch(() => null)) as {
    error?: { code?: string; message?: string; issues?: Issue[] };
  } | null;
  if (!res.ok) {
    if (res.status === 401) window.dispatchEvent(new CustomEvent('nd:signed-out'));
    // The site now requires two-factor sign-in of this administrator: its set-up comes first.
    if (json?.error?.code === 'TWO_FACTOR_REQUIRED') location.assign('/admin/account/two-factor');
    throw new ApiError(
      res.status,
      json?.error?.code ?? `HTTP_${res.status}`,
      json?.error?.message ?? res.statusText,
      json?.error?.issues ?? [],
      retryAfterOf(res.headers.get('retry-after')),
    );
  }
  return json as T;
}

/** What an error says, whatever was thrown. */
export const errorMessage = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** Retry-After in seconds (a number of seconds or an HTTP date), or null. */
export function retryAfterOf(header: string | null, now = Date.now()): number | null {
  if (!header) return null;
  if (/^\d+$/.test(header.trim())) return Number(header.trim());
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - now) / 1000));
}

/** A query string from the values that are set. */
export function query(params: Record<string, string | number | undefined | null>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params))
    if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}
