/**
 * The ingest pipeline's stages, each a named function that can be run (and tested) alone:
 *
 *   read     files and folders → raw articles            (server/input: the only file IO)
 *   extract  raw article → extraction                    (extractors/, on worker threads)
 *   resolve  extractions → the graph's entity ids        (server/resolve: pure, after one read of the batch's people)
 *   prepare  resolved batch → stored hashes read, rows   (server/graph/writer.ts)
 *   write    prepared batch → one write transaction      (server/graph/writer.ts)
 *
 * `baoxun ingest`, `baoxun start` and `POST /api/articles` all run them through
 * server/ingest.ts (runPipeline); the batching, ordering and back-pressure between them live
 * in batch-writer.ts.
 */
import type { Extraction } from '../../model/graph.schema.js';
import type { RawArticle } from '../../extractors/types.js';
import type { Executor } from '../graph/executor.js';
import { loadJudgements } from '../graph/judgements.js';
import { loadPersons } from '../graph/person-lookup.js';
import { prepareBatch, writePrepared, type PreparedBatch, type WriteItem, type WriteStats } from '../graph/writer.js';
import type { SkipReason } from '../input/expand-paths.js';
import { readInputs, type InputResult } from '../input/read-files.js';
import { PersonIndex } from '../resolve/person-index.js';
import type { ProjectIndex } from '../resolve/project-index.js';
import { storedProjectIndex } from '../resolve/project-key.js';
import { personNames, resolveLoaded } from '../resolve/resolve-batch.js';
import type { Judgement } from '../resolve/resolver.js';
import type { ExtractPool } from './worker-pool.js';

/** What every stage of one run shares: the graph, the paper's region, what resolution knows. */
export interface PipelineContext {
  executor: Executor;
  /** The paper's home jurisdiction (`--region`), e.g. `平湖市`. */
  region: string | null;
  /** Corrections made by hand (`baoxun merge`/`split`), applied to every article. */
  judgements: readonly Judgement[];
  /** Projects known so far (from the graph, then from this run). */
  projects: ProjectIndex;
  /** People known so far (loaded per batch from the graph, then from this run). */
  persons: PersonIndex;
  /** Write even articles stored with the same hash. */
  force: boolean;
}

/** Opens a run: reads the judgements and the projects' keys from the graph (two reads). */
export async function openContext(executor: Executor, o: { region?: string | null; force?: boolean } = {}): Promise<PipelineContext> {
  const region = o.region ?? null;
  const judgements = await loadJudgements(executor);
  const known = await executor.read('write/project-keys');
  const projects = storedProjectIndex(known.records.map((r) => ({ key: String(r.get('key')), scope: String(r.get('scope')), id: String(r.get('id')) })));
  return { executor, region, judgements, projects, persons: new PersonIndex(region), force: o.force === true };
}

/** read: the inputs under `paths`, file by file; what a folder holds besides articles goes to `onSkip` (server/input). */
export function readStage(
  paths: string[],
  o: { published?: string | null; pageImages?: string | null; signal?: AbortSignal; onSkip?: (source: string, why: SkipReason) => void } = {},
): AsyncGenerator<InputResult> {
  return readInputs(paths, { published: o.published ?? null, pageImages: o.pageImages ?? null, signal: o.signal, onSkip: o.onSkip });
}

/** extract: one article, on the pool's least busy worker (or in this thread with none). */
export function extractStage(pool: ExtractPool, raw: RawArticle, region: string | null): Promise<Extraction> {
  return pool.extract(raw, region);
}

/**
 * resolve: a batch's entity ids made the graph's — the people of its names read from the graph
 * (one query per batch, server/graph/person-lookup.ts), then pure resolution (server/resolve).
 * Results in input order; an Error in the place of an article that could not be resolved.
 */
export async function resolveStage(ctx: PipelineContext, exs: readonly Extraction[]): Promise<Array<Extraction | Error>> {
  await loadPersons(ctx.executor, ctx.persons, personNames(exs));
  return resolveLoaded(exs, { region: ctx.region, judgements: ctx.judgements, projects: ctx.projects, persons: ctx.persons });
}

/** prepare: stored hashes read, unchanged articles set aside, write rows built. */
export function prepareStage(ctx: PipelineContext, items: WriteItem[]): Promise<PreparedBatch> {
  return prepareBatch(ctx.executor, items, { force: ctx.force });
}

/** write: one transaction (per-article locks, facts cleared and written, LINKs kept up to date). */
export function writeStage(ctx: PipelineContext, p: PreparedBatch): Promise<WriteStats> {
  return writePrepared(ctx.executor, p, { force: ctx.force });
}
