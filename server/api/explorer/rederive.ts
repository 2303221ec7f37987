/**
 * Extracts stored articles again from their stored text, title, date, source, region and
 * credits, resolves them against the judgements in force and rewrites their facts: what an
 * ingest of the same articles would give now. An undone correction calls this for the
 * articles it touched, so the graph returns to what it would be without it.
 */
import type { Extraction } from '../../../model/graph.schema.js';
import type { RawArticle } from '../../../extractors/types.js';
import { makeArticle } from '../../../extractors/readers/make-article.js';
import type { Executor } from '../../graph/executor.js';
import { openContext, prepareStage, resolveStage, writeStage } from '../../ingest/stages.js';

/** Articles per extraction and write batch. */
const BATCH = 200;

interface Stored { id: string; title: string | null; published: string | null; source: string; text: string; region: string | null; credits: string[]; pageNames: string[] }

/**
 * The article as a reader gave it. Credits printed inside the body are found again by
 * makeArticle; those printed outside it come from the stored list, page-wide when a person
 * it names was credited page-wide (WROTE page: true).
 */
export function rawOf(a: Stored): RawArticle {
  const outside = a.credits.filter((c) => !a.text.includes(c));
  return makeArticle({
    id: a.id, title: a.title, text: a.text, published: a.published, source: a.source,
    credits: outside.map((text) => ({ text, start: null, ...(a.pageNames.some((n) => text.includes(n)) ? { page: true } : {}) })),
  });
}

/** Extracts and rewrites the stored articles `ids`; returns how many were rewritten. */
export async function rederiveArticles(executor: Executor, ids: string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const { extractArticle } = await import('../../../extractors/pipeline.js');
  let written = 0;
  for (let i = 0; i < ids.length; i += BATCH) {
    const res = await executor.read('admin/stored-articles', { ids: ids.slice(i, i + BATCH) });
    const stored: Stored[] = res.records.map((r) => ({
      id: String(r.get('id')), title: (r.get('title') as string | null) ?? null, published: (r.get('published') as string | null) ?? null,
      source: String(r.get('source') ?? ''), text: String(r.get('text') ?? ''), region: (r.get('region') as string | null) ?? null,
      credits: ((r.get('credits') as unknown[] | null) ?? []).map(String), pageNames: ((r.get('page_names') as unknown[] | null) ?? []).map(String),
    }));
    // One resolution per region, through the stages an ingest of that paper's articles takes.
    const byRegion = new Map<string | null, Stored[]>();
    for (const a of stored) (byRegion.get(a.region) ?? byRegion.set(a.region, []).get(a.region)!).push(a);
    for (const [region, group] of byRegion) {
      const ctx = await openContext(executor, { region, force: true });
      const raws = group.map(rawOf);
      const resolved = await resolveStage(ctx, raws.map((raw) => extractArticle(raw, { region })));
      const items = resolved.flatMap((ex, k) => ex instanceof Error ? [] : [{ ex: ex as Extraction, extras: { region, credits: raws[k]!.credits.map((c) => c.text) } }]);
      const stats = await writeStage(ctx, await prepareStage(ctx, items));
      written += stats.written;
    }
  }
  return written;
}
