import type { z } from 'zod';
import { ErrorBody } from '../../shared/api/common.js';
import { withQuery, type QueryValues as Query } from '../../shared/query-string.js';

/** An API failure carrying the server's own message (or what went wrong on the way). */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string,
    readonly issues: { path: string; message: string }[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

let csrfToken: string | null = null;

/** The CSRF token of the current session, sent on every non-GET request. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

async function errorFrom(res: Response): Promise<ApiError> {
  const text = await res.text().catch(() => '');
  try {
    const body = ErrorBody.safeParse(JSON.parse(text));
    if (body.success) {
      const { code, message, issues } = body.data.error;
      const detail = issues?.length
        ? `${message}: ${issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ')}`
        : message;
      return new ApiError(detail, res.status, code, issues ?? []);
    }
  } catch {
    /* not JSON: fall through */
  }
  if (res.status === 404)
    return new ApiError(`not found: ${res.url.replace(location.origin, '')} (HTTP 404)`, 404, 'not_found');
  return new ApiError(`the server answered HTTP ${res.status} ${res.statusText}`.trim(), res.status, 'http_error');
}

/** Calls the API and parses the answer with the shared schema; throws ApiError on any failure. */
export async function request<S extends z.ZodType>(
  method: string,
  path: string,
  schema: S | null,
  body?: unknown,
): Promise<z.infer<S>> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (err) {
    throw new ApiError(
      `could not reach the server (${err instanceof Error ? err.message : String(err)})`,
      0,
      'network',
    );
  }
  if (!res.ok) throw await errorFrom(res);
  if (res.status === 204 || !schema) return undefined as z.infer<S>;
  let json: unknown;
  try {
    json = await res.json();
  } catch {
    throw new ApiError(`the server sent something that is not JSON for ${path}`, res.status, 'bad_response');
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new ApiError(
      `unexpected answer from ${path.split('?')[0]}: ${first ? `${first.path.join('.')} ${first.message}` : 'shape mismatch'}`,
      res.status,
      'bad_response',
    );
  }
  return parsed.data;
}

export const api = {
  get: <S extends z.ZodType>(path: string, schema: S, query?: Query) => request('GET', withQuery(path, query), schema),
  post: <S extends z.ZodType>(path: string, body: unknown, schema: S | null) => request('POST', path, schema, body),
  patch: <S extends z.ZodType>(path: string, body: unknown, schema: S | null) => request('PATCH', path, schema, body),
  del: (path: string) => request('DELETE', path, null),
};

/** The API's "no such record" (404), which a record's page shows as its not-found page, not as an error. */
export const isNotFound = (err: unknown): boolean => err instanceof ApiError && err.status === 404;

export function messageOf(err: unknown): string {
  if (err instanceof Error) return err.message;
  return String(err);
}
