/**
 * Guards that run before any route: the Host header against an allow-list (a page on
 * another site that rebinds its DNS name to 127.0.0.1 would otherwise read the graph and
 * use the console), and JSON bodies that are too deep or carry prototype-pollution keys.
 */
import type { RequestHandler } from 'express';
import { AppError, BadRequest } from './errors.js';

/** The host name of a Host header, lower-case, without the port (`[::1]:3000` → `[::1]`). */
export function hostName(header: string | undefined): string {
  const h = (header ?? '').trim().toLowerCase();
  if (h.startsWith('[')) return h.slice(0, h.indexOf(']') + 1);
  const colon = h.lastIndexOf(':');
  return colon < 0 ? h : h.slice(0, colon);
}

/** 421 Misdirected Request for a Host outside the allow-list (`'*'` allows any). */
export function hostAllowList(allowed: string[] | '*'): RequestHandler {
  return (req, _res, next) => {
    if (allowed === '*') return next();
    const host = hostName(req.headers.host);
    if (allowed.includes(host)) return next();
    next(new AppError(421, 'host_not_allowed',
      `this server does not answer to host '${host.slice(0, 100)}'; add it to BAOXUN_ALLOWED_HOSTS if it is yours`));
  };
}

const POLLUTING_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Why a parsed JSON value is refused (nesting deeper than `maxDepth`, or a key that pollutes
 * prototypes when merged into an object elsewhere), or null. Walks iteratively, so a
 * 100,000-deep array cannot overflow the stack here.
 */
export function jsonRefusal(value: unknown, maxDepth: number): string | null {
  const stack: Array<[unknown, number]> = [[value, 1]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (depth > maxDepth) return `JSON nested more than ${maxDepth} levels deep`;
    if (Array.isArray(v)) {
      for (const x of v) stack.push([x, depth + 1]);
    } else {
      for (const k of Object.keys(v)) {
        if (POLLUTING_KEYS.has(k)) return `JSON key '${k}' is not allowed`;
        stack.push([(v as Record<string, unknown>)[k], depth + 1]);
      }
    }
  }
  return null;
}

/** After express.json(): 400 for bodies that jsonRefusal refuses. */
export function jsonBodyGuard(maxDepth: number): RequestHandler {
  return (req, _res, next) => {
    const why = req.body !== undefined && typeof req.body === 'object' ? jsonRefusal(req.body, maxDepth) : null;
    next(why ? new BadRequest(why, undefined, 'bad_json') : undefined);
  };
}
