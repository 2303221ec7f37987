/**
 * The zod validation middleware: a request whose params, query or body do not
 * match its schemas is answered 400 with the zod issues before the handler
 * runs, so handlers only ever see parsed data.
 */
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { z } from 'zod';
import { BadRequest } from './errors.js';

interface Schemas {
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
}

type Out<S> = S extends z.ZodType ? z.output<S> : undefined;

/** What a handler receives: the parsed parts of the request. */
export interface Input<S extends Schemas> {
  params: Out<S['params']>;
  query: Out<S['query']>;
  body: Out<S['body']>;
}

function parsePart(part: 'params' | 'query' | 'body', schema: z.ZodType | undefined, value: unknown): unknown {
  if (!schema) return undefined;
  const r = schema.safeParse(value ?? {});
  if (!r.success) {
    const first = r.error.issues[0];
    const where = first ? `${part}.${first.path.join('.')}`.replace(/\.$/, '') : part;
    throw new BadRequest(`invalid ${where}: ${first?.message ?? 'bad value'}`, r.error.issues, 'invalid_request');
  }
  return r.data;
}

/**
 * A route handler that receives validated input.
 * @example router.get('/x/:id', handle({ params: IdParams }, async ({ params }, res) => res.json(params.id)))
 */
export function handle<S extends Schemas>(
  schemas: S,
  fn: (input: Input<S>, res: Response, req: Request) => Promise<unknown> | unknown,
): RequestHandler {
  return async (req: Request, res: Response, next: NextFunction) => {
    const input = {
      params: parsePart('params', schemas.params, req.params),
      query: parsePart('query', schemas.query, req.query),
      body: parsePart('body', schemas.body, req.body),
    } as Input<S>;
    await fn(input, res, req);
    void next; // Express 5 forwards rejections of this async function to the error middleware.
  };
}
