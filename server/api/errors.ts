/**
 * One error hierarchy and one error middleware. Known errors answer with their
 * own status and `{code, message}`; anything else is logged and becomes a
 * plain 500 — no stack traces reach a client.
 */
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { z } from 'zod';
import { GraphError } from '../graph/executor.js';

/** An error the API answers with its own status and code. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues?: unknown[],
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export class BadRequest extends AppError {
  constructor(message: string, issues?: unknown[], code = 'bad_request') {
    super(400, code, message, issues);
  }
}
export class NotFound extends AppError {
  constructor(message: string) {
    super(404, 'not_found', message);
  }
}
export class Unauthorized extends AppError {
  constructor(message: string) {
    super(401, 'unauthorized', message);
  }
}
export class Forbidden extends AppError {
  constructor(message: string, code = 'forbidden') {
    super(403, code, message);
  }
}
export class Timeout extends AppError {
  constructor(message: string) {
    super(408, 'timeout', message);
  }
}
export class Unavailable extends AppError {
  constructor(message: string) {
    super(503, 'database_unavailable', message);
  }
}

/** Neo4j codes that mean "the query took too long" (transaction timeout, terminated). */
const TIMEOUT_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
  'Neo.TransientError.Transaction.Terminated',
  'Neo.ClientError.Transaction.Terminated',
  'Neo.TransientError.Transaction.LockClientStopped',
]);

/** Neo4j codes that mean "the query needed more memory than one transaction may have". */
const MEMORY_CODES = new Set([
  'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
  'Neo.TransientError.General.TransactionMemoryLimit',
  'Neo.TransientError.General.OutOfMemoryError',
]);

/** Maps any thrown value to the AppError the client sees (null: an internal error). */
export function toAppError(err: unknown): AppError | null {
  if (err instanceof AppError) return err;
  if (err instanceof z.ZodError) return new BadRequest('invalid request', err.issues);
  if (err instanceof GraphError) {
    if (err.code === 'ServiceUnavailable') return new Unavailable(`the database is unavailable: ${err.message}`);
    if (TIMEOUT_CODES.has(err.code)) return new Timeout(`query timed out (${err.code})`);
    if (MEMORY_CODES.has(err.code)) {
      return new AppError(422, 'query_memory', `the query needed more memory than the database allows one query (${err.code}); narrow it or add LIMIT`);
    }
    if (err.code.startsWith('Neo.ClientError.')) return new BadRequest(`${err.code}: ${err.message}`, undefined, 'cypher_error');
    return null;
  }
  // body-parser / multer errors carry a status (400 malformed JSON, 413 too large, 415 …).
  const e = err as { status?: number; statusCode?: number; type?: string; code?: string; message?: string };
  const status = e?.status ?? e?.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    const code = status === 413 ? 'payload_too_large' : e.type === 'entity.parse.failed' ? 'malformed_json' : (e.type ?? 'bad_request');
    const message = status === 413 ? 'request body too large' : e.type === 'entity.parse.failed' ? 'malformed JSON body' : (e.message ?? 'bad request');
    return new AppError(status, code, message);
  }
  if (e?.code === 'LIMIT_FILE_SIZE') return new AppError(413, 'payload_too_large', 'uploaded file too large');
  if (typeof e?.code === 'string' && e.code.startsWith('LIMIT_')) return new BadRequest(`upload refused: ${e.message ?? e.code}`);
  return null;
}

/** The one error middleware: `{code, message, issues?}` with the right status. */
export const errorMiddleware: ErrorRequestHandler = (err, req, res, _next) => {
  // Already answered (the database gate's 503 went out first): the late error has no one to go to.
  if (res.headersSent) return;
  const known = toAppError(err);
  if (!known) {
    req.log?.error({ err }, 'internal error');
    res.status(500).json({ code: 'internal', message: 'internal server error' });
    return;
  }
  if (known.status >= 500) req.log?.warn({ code: known.code }, known.message);
  const body: Record<string, unknown> = { code: known.code, message: known.message };
  if (known.issues) body.issues = known.issues;
  res.status(known.status).json(body);
};

/** Unknown /api/* paths answer 404 in JSON rather than Express's HTML page. */
export const notFoundMiddleware: RequestHandler = (req, _res, next) => {
  next(new NotFound(`no route ${req.method} ${req.path}`));
};
