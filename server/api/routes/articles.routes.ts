/**
 * Articles: list, one with its mention spans, and (with the API key) upload and delete.
 * Uploads come as JSON (`CreateArticleBody`), `text/plain`, or multipart with a `file` part.
 */
import { Router, type Request } from 'express';
import multer from 'multer';
import {
  ArticlesQuery, CreateArticleBody, IdParams,
  type ArticleDetail, type ArticleList, type ArticleMention, type DeleteArticleResponse,
} from '../../../model/api.schema.js';
import type { Span } from '../../../model/graph.schema.js';
import { deleteArticles } from '../../graph/writer.js';
import { layoutFromProps } from '../../graph/article-layout.js';
import { requireApiKey } from '../auth.js';
import type { RouteDeps } from '../deps.js';
import { AppError, NotFound } from '../errors.js';
import { nodeType } from '../graph-elements.js';
import { ingestUpload, type Upload } from '../ingest-one.js';
import { perMinute } from '../rate-limit.js';
import { handle } from '../validate.js';

/** Spans as stored (flat `[s0, e0, s1, e1, …]`, pairs, or `"s-e"` strings) → `[start, end]` pairs. */
export function toSpans(raw: unknown): Span[] {
  if (!Array.isArray(raw)) return [];
  if (raw.every((x) => typeof x === 'number')) {
    const out: Span[] = [];
    for (let i = 0; i + 1 < raw.length; i += 2) out.push([raw[i] as number, raw[i + 1] as number]);
    return out;
  }
  return raw.flatMap((x): Span[] => {
    if (Array.isArray(x) && x.length === 2) return [[Number(x[0]), Number(x[1])]];
    const m = typeof x === 'string' ? /^(\d+)\D+(\d+)$/.exec(x) : null;
    return m ? [[Number(m[1]), Number(m[2])]] : [];
  });
}

/** The upload in whichever form it came; validated with the same schema. */
function uploadOf(req: Request): Upload {
  const file = (req as Request & { file?: Express.Multer.File }).file;
  if (file) {
    const fields = CreateArticleBody.omit({ text: true }).parse(req.body ?? {});
    return { ...fields, bytes: new Uint8Array(file.buffer), source: fields.source ?? file.originalname };
  }
  if (typeof req.body === 'string') return CreateArticleBody.parse({ text: req.body });
  if (req.body && typeof req.body === 'object') return CreateArticleBody.parse(req.body);
  throw new AppError(415, 'unsupported_media_type', 'send JSON, text/plain, or multipart/form-data with a "file" part');
}

export function articlesRoutes({ executor, config }: RouteDeps): Router {
  const r = Router();
  const timeout = config.queryTimeoutMs;
  const writes = [perMinute(config.rateLimitPerMinute, 'write'), requireApiKey(config.apiKey)];
  const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: config.uploadLimit, files: 1, fields: 10 } });

  r.get('/articles', handle({ query: ArticlesQuery }, async ({ query }, res) => {
    const params = { from: query.from ?? null, to: query.to ?? null, q: query.q ?? null, limit: query.limit, offset: query.offset };
    const rec = (await executor.read('api/articles-list', params, timeout)).records[0];
    const body: ArticleList = { articles: rec?.get('articles') ?? [], total: rec?.get('total') ?? 0 };
    res.json(body);
  }));

  r.get('/articles/:id', handle({ params: IdParams }, async ({ params }, res) => {
    const rec = (await executor.read('api/article', { id: params.id }, timeout)).records[0];
    if (!rec) throw new NotFound(`no article with id ${params.id}`);
    const raw = rec.get('mentions') as Array<{ id: string; labels: string[]; name: string; count: number | null; spans: unknown }>;
    const mentions: ArticleMention[] = raw.map((m) => {
      const spans = toSpans(m.spans);
      return { entity: { id: m.id, type: nodeType(m.labels), name: m.name }, count: m.count ?? spans.length, spans };
    });
    const body: ArticleDetail = {
      id: rec.get('id'), title: rec.get('title'), published: rec.get('published'), source: rec.get('source'),
      text: rec.get('text') ?? '', mentions, bylines: rec.get('bylines'), layout: layoutFromProps(rec.get('layout') ?? {}),
    };
    res.json(body);
  }));

  r.post('/articles', ...writes, upload.single('file'), async (req, res) => {
    res.status(201).json(await ingestUpload(executor, { ...uploadOf(req), pageImages: config.pagesDir }));
  });

  r.delete('/articles/:id', ...writes, handle({ params: IdParams }, async ({ params }, res) => {
    const exists = (await executor.read('api/node-exists', { id: params.id }, timeout)).records[0];
    if (!exists || !(exists.get('labels') as string[]).includes('Article')) throw new NotFound(`no article with id ${params.id}`);
    const done = await deleteArticles(executor, [params.id]);
    const body: DeleteArticleResponse = { id: params.id, relationshipsDeleted: done.relationships, orphansDeleted: done.entities };
    res.json(body);
  }));
  return r;
}
