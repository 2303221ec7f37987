/**
 * POST /api/articles: one upload through the same pipeline as `baoxun ingest`
 * (server/ingest.ts runPipeline: extract → resolve → prepare → write), in this thread (no
 * worker pool; the extractors and nodejieba's dictionaries load on first use only). The
 * upload is read here (it is bytes or text, not a file); everything after is shared, so an
 * article gives the same graph whichever way it came in.
 */
import type { CreateArticleResponse } from '../../model/api.schema.js';
import type { Extraction } from '../../model/graph.schema.js';
import type { ReadOutcome } from '../../extractors/readers/index.js';
import { readInput } from '../../extractors/readers/index.js';
import { makeArticle } from '../../extractors/readers/make-article.js';
import type { Executor } from '../graph/executor.js';
import { runPipeline } from '../ingest.js';
import type { InputResult } from '../input/read-files.js';
import { pagedKind, readPaged } from '../pdf/read-paged.js';
import { AppError, BadRequest } from './errors.js';

export interface Upload {
  /** Raw bytes (a file: any encoding readInput can decode) or text. */
  bytes?: Uint8Array;
  text?: string;
  title?: string;
  published?: string;
  source?: string;
  region?: string;
  /** The page store, where page images of an uploaded PDF or scan go. */
  pageImages?: string;
}

/** read: the articles of an upload — one when a title is given with text, else what the reader finds (a page may hold several; a PDF or scan is read by its layout). */
export async function readUpload(u: Upload): Promise<InputResult> {
  const source = u.source ?? 'api-upload.txt';
  if (u.text !== undefined && u.title) {
    const outcome: ReadOutcome = { ok: true, articles: [makeArticle({ title: u.title, text: u.text, published: u.published ?? null, source, credits: [] })], warnings: [] };
    return { source, outcome };
  }
  const bytes = u.bytes ?? new TextEncoder().encode(u.text ?? '');
  const opts = { published: u.published ?? null, pageImages: u.pageImages ?? null };
  // A PDF page or a scan is read by its layout (server/pdf/), like `baoxun ingest` reads it.
  return { source, outcome: u.bytes && pagedKind(source, bytes) ? await readPaged(source, bytes, opts) : readInput(source, bytes, opts) };
}

async function* once(input: InputResult): AsyncGenerator<InputResult> {
  yield input;
}

/** Extracts and stores an upload; answers what was extracted (also for articles stored before, unchanged). */
export async function ingestUpload(executor: Executor, u: Upload): Promise<CreateArticleResponse> {
  const input = await readUpload(u);
  if (!input.outcome.ok) throw new BadRequest(`cannot read the upload: ${input.outcome.error}`, undefined, 'unreadable_input');
  const stored: Extraction[] = [];
  const sum = await runPipeline(executor, once(input), { region: u.region ?? null, workers: 0, onStored: (ex) => stored.push(ex) });
  if (sum.failed.length > 0) {
    throw new AppError(422, 'ingest_failed', `could not store: ${sum.failed.map((f) => `${f.id}: ${f.error}`).join('; ')}`);
  }
  const order = new Map(input.outcome.articles.map((a, i) => [a.article.id, i]));
  stored.sort((a, b) => (order.get(a.article.id) ?? 0) - (order.get(b.article.id) ?? 0));
  return {
    articles: stored.map((ex) => ({
      article: { id: ex.article.id, title: ex.article.title, published: ex.article.published },
      entities: ex.entities.map((e) => ({ id: e.id, type: e.type, name: e.name })),
      relations: ex.relations.map((r) => ({ type: r.type, from: r.from, to: r.to })),
    })),
  };
}
