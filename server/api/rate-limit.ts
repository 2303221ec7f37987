/** Rate limits for the write and console routes (per client IP, per minute). */
import type { RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import { AppError } from './errors.js';

/** A limiter of `perMinute` requests per client; the answer to excess is 429 `{code, message}`. */
export function perMinute(perMinute: number, what: string): RequestHandler {
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_req, _res, next) => {
      next(new AppError(429, 'rate_limited', `too many ${what} requests: at most ${perMinute} per minute`));
    },
  });
}
