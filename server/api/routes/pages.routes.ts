/**
 * Page images of articles read from PDF pages and scans (server/pdf/page-store.ts): the file
 * named by an article's `layout.image`, from the page store only. Names carry the file's
 * content hash, so a page image never changes: it is cached for a year.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Router } from 'express';
import { PageImageParams } from '../../../model/api.schema.js';
import type { RouteDeps } from '../deps.js';
import { NotFound } from '../errors.js';
import { handle } from '../validate.js';

export function pagesRoutes({ config }: RouteDeps): Router {
  const r = Router();
  r.get('/pages/:name', handle({ params: PageImageParams }, async ({ params }, res) => {
    const file = join(config.pagesDir, params.name);
    if (!existsSync(file)) throw new NotFound(`no page image ${params.name}`);
    res.sendFile(file, { maxAge: '365d', immutable: true, headers: { 'Content-Type': 'image/jpeg' } });
  }));
  return r;
}
