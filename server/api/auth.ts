/**
 * API-key guard for writes: the key comes as `Authorization: Bearer <key>` or
 * `X-API-Key: <key>`. While `BAOXUN_API_KEY` is unset every write is refused
 * (403), so a fresh install is read-only until someone chooses a key.
 */
import { timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { Forbidden, Unauthorized } from './errors.js';

function presentedKey(auth: string | undefined, header: string | undefined): string | undefined {
  if (auth?.startsWith('Bearer ')) return auth.slice(7).trim();
  return header?.trim() || undefined;
}

function sameKey(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Middleware that lets a request through only with the configured API key. */
export function requireApiKey(apiKey: string | undefined): RequestHandler {
  return (req, _res, next) => {
    if (!apiKey) throw new Forbidden('writes are disabled: set BAOXUN_API_KEY on the server to enable them', 'writes_disabled');
    const key = presentedKey(req.get('authorization'), req.get('x-api-key'));
    if (!key) throw new Unauthorized('an API key is required (Authorization: Bearer <key> or X-API-Key)');
    if (!sameKey(key, apiKey)) throw new Unauthorized('wrong API key');
    next();
  };
}
