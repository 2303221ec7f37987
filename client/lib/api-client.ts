/**
 * The one place the client talks HTTP. Every answer is parsed with the zod
 * schema of model/api.schema.ts, so a server/client mismatch shows up as a
 * plain error message instead of a broken view.
 */
import type { z } from 'zod';
import { ApiError } from '../../model/api.schema.js';

/** A failed request: HTTP status, the server's error code and message. */
export class RequestError extends Error {
  constructor(message: string, readonly status: number, readonly code: string) {
    super(message);
    this.name = 'RequestError';
  }
}

type Query = Record<string, string | number | boolean | null | undefined | string[]>;

/** `path?k=v&…`, skipping empty values; arrays are joined with commas. */
export function withQuery(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined || v === null || v === '') continue;
    if (Array.isArray(v)) {
      if (v.length > 0) params.set(k, v.join(','));
    } else params.set(k, String(v));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

async function parseAnswer<S extends z.ZodType>(res: Response, schema: S): Promise<z.infer<S>> {
  const body: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const err = ApiError.safeParse(body);
    const msg = err.success ? err.data.message : `HTTP ${res.status} ${res.statusText}`;
    throw new RequestError(msg, res.status, err.success ? err.data.code : 'http_error');
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw new RequestError(`unexpected answer from ${res.url}: ${parsed.error.issues[0]?.message ?? ''}`, res.status, 'bad_response');
  }
  return parsed.data;
}

/** GET a JSON answer and parse it with `schema`. */
export async function getJson<S extends z.ZodType>(path: string, schema: S, query?: Query, signal?: AbortSignal): Promise<z.infer<S>> {
  const res = await fetch(withQuery(path, query), { headers: { accept: 'application/json' }, signal });
  return parseAnswer(res, schema);
}

/** POST a JSON body and parse the answer with `schema`; `headers` add to the defaults (an API key, say). */
export async function postJson<S extends z.ZodType>(
  path: string, body: unknown, schema: S, signal?: AbortSignal, headers: Record<string, string> = {},
): Promise<z.infer<S>> {
  const res = await fetch(path, {
    method: 'POST', body: JSON.stringify(body), signal,
    headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
  });
  return parseAnswer(res, schema);
}

/** POST a multipart form (an upload) and parse the answer with `schema`. */
export async function postForm<S extends z.ZodType>(path: string, form: FormData, schema: S, headers: Record<string, string> = {}): Promise<z.infer<S>> {
  const res = await fetch(path, { method: 'POST', body: form, headers: { accept: 'application/json', ...headers } });
  return parseAnswer(res, schema);
}

/** GET with extra headers, answered by status only (e.g. checking an API key): throws a RequestError unless 2xx. */
export async function check(path: string, headers: Record<string, string>): Promise<void> {
  const res = await fetch(path, { headers: { accept: 'application/json', ...headers } });
  if (!res.ok) await parseAnswer(res, ApiError);
}
