/**
 * POST /api/articles: read → extract → write for one upload. Uses the same
 * pieces as `baoxun ingest` (extractors/readers, extractors/pipeline, the resolver,
 * the graph writer); the extractor (and nodejieba's dictionaries) load on first use only.
 */
import type { CreateArticleResponse } from '../../model/api.schema.js';
import type { RawArticle } from '../../extractors/types.js';
import type { Extraction } from '../../model/graph.schema.js';
import { readInput } from '../../extractors/readers/index.js';
import { makeArticle } from '../../extractors/readers/make-article.js';
import type { Executor } from '../graph/executor.js';
import { pagedKind, readPaged } from '../pdf/read-paged.js';
import { loadJudgements } from '../graph/judgements.js';
import { PersonIndex } from '../graph/person-index.js';
import { resolveBatch } from '../graph/person-batch.js';
import { writeBatch } from '../graph/writer.js';
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

/** The articles of an upload: one article when a title is given with text, else what the reader finds (a page may hold several). */
async function rawArticles(u: Upload): Promise<RawArticle[]> {
  const source = u.source ?? 'api-upload.txt';
  if (u.text !== undefined && u.title) {
    return [makeArticle({ title: u.title, text: u.text, published: u.published ?? null, source, credits: [] })];
  }
  const bytes = u.bytes ?? new TextEncoder().encode(u.text ?? '');
  const opts = { published: u.published ?? null, pageImages: u.pageImages ?? null };
  // A PDF page or a scan is read by its layout (server/pdf/), like `baoxun ingest` reads it.
  const out = u.bytes && pagedKind(source, bytes) ? await readPaged(source, bytes, opts) : readInput(source, bytes, opts);
  if (!out.ok) throw new BadRequest(`cannot read the upload: ${out.error}`, undefined, 'unreadable_input');
  return out.articles;
}

/** Extracts and stores an upload; answers what was extracted. */
export async function ingestUpload(executor: Executor, u: Upload): Promise<CreateArticleResponse> {
  const raws = await rawArticles(u);
  const { extractArticle } = await import('../../extractors/pipeline.js');
  const region = u.region ?? null;
  // Resolved like `baoxun ingest` does, so an upload joins the same people, places, … as the CLI's.
  const judgements = await loadJudgements(executor);
  // People are told apart by their posts against those already in the graph (server/graph/person-batch.ts).
  const resolved = await resolveBatch(executor, raws.map((raw) => extractArticle(raw, { region })), { region, judgements, persons: new PersonIndex(region) });
  const failed = resolved.find((r): r is Error => r instanceof Error);
  if (failed) throw new AppError(422, 'resolve_failed', `could not resolve: ${failed.message}`);
  const extractions = resolved as Extraction[];
  const items = extractions.map((ex, i) => ({ ex, extras: { region, credits: raws[i]!.credits.map((c) => c.text) } }));
  const stats = await writeBatch(executor, items, { force: true });
  if (stats.failed.length > 0) {
    throw new AppError(422, 'write_failed', `could not store: ${stats.failed.map((f) => `${f.id}: ${f.error}`).join('; ')}`);
  }
  return {
    articles: extractions.map((ex) => ({
      article: { id: ex.article.id, title: ex.article.title, published: ex.article.published },
      entities: ex.entities.map((e) => ({ id: e.id, type: e.type, name: e.name })),
      relations: ex.relations.map((r) => ({ type: r.type, from: r.from, to: r.to })),
    })),
  };
}
