/**
 * Writes extractions into Neo4j. A batch of articles goes in ONE write transaction
 * (all or nothing): its articles locked first and what is stored read again under the lock
 * (so concurrent writers of one article leave one copy), facts of replaced articles cleared, then articles, entities,
 * relationships by type, their LINK summaries (added to, or recomputed for the pairs whose
 * facts were cleared), mentions, and finally entities left without evidence pruned.
 * When a batch fails, its articles are written one by one, so one bad article does
 * not lose the others; each failure is reported with its reason.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import type { Extraction } from '../../model/graph.schema.js';
import { cypher } from './cypher-files.js';
import type { Executor } from './executor.js';
import { buildRows, type ArticleExtras, type WriteRows } from './write-rows.js';

/** An entity → entity pair of one fact type: the key of a LINK summary. */
export interface LinkPair {
  from: string;
  type: string;
  to: string;
}

export interface WriteItem {
  ex: Extraction;
  extras?: ArticleExtras;
}

export interface WriteFailure {
  id: string;
  source: string;
  error: string;
}

export interface WriteStats {
  /** Articles written (new or replaced). */
  written: number;
  replaced: number;
  /** Same id and same hash as stored: nothing to do. */
  unchanged: number;
  nodesCreated: number;
  nodesDeleted: number;
  relsCreated: number;
  relsDeleted: number;
  /** Relations whose ends were not in their article's entities (an extractor bug; dropped). */
  dangling: number;
  failed: WriteFailure[];
}

export const emptyStats = (): WriteStats => ({
  written: 0, replaced: 0, unchanged: 0, nodesCreated: 0, nodesDeleted: 0, relsCreated: 0, relsDeleted: 0, dangling: 0, failed: [],
});

export function addStats(into: WriteStats, s: WriteStats): WriteStats {
  for (const k of ['written', 'replaced', 'unchanged', 'nodesCreated', 'nodesDeleted', 'relsCreated', 'relsDeleted', 'dangling'] as const) {
    into[k] += s[k];
  }
  into.failed.push(...s.failed);
  return into;
}

export interface WriteOptions {
  /** Write even when the stored hash is the same (after a correction, say). */
  force?: boolean;
  /** Test hook: runs inside the transaction after the facts are written (throw to abort). */
  afterWrite?: (tx: ManagedTransaction, ids: string[]) => Promise<void>;
}

/** Time spent per query name (for benchmarks: a few map updates per transaction). */
export const timing = new Map<string, number>();

type Counters = Pick<WriteStats, 'nodesCreated' | 'nodesDeleted' | 'relsCreated' | 'relsDeleted'>;

async function run(tx: ManagedTransaction, name: string, params: Record<string, unknown>, c: Counters) {
  const t0 = performance.now();
  const res = await tx.run(cypher(name), params);
  timing.set(name, (timing.get(name) ?? 0) + performance.now() - t0);
  const u = res.summary.counters.updates();
  c.nodesCreated += u.nodesCreated;
  c.nodesDeleted += u.nodesDeleted;
  c.relsCreated += u.relationshipsCreated;
  c.relsDeleted += u.relationshipsDeleted;
  return res;
}

/**
 * A batch made ready for its write transaction: the stored hashes read, unchanged articles
 * set aside, rows built. Preparing is a read and CPU work, so an ingest prepares the next
 * batch while the previous one is being written (server/ingest.ts); it must then not contain
 * an article that an earlier, still unwritten batch holds (its stored hash is not known yet).
 */
export interface PreparedBatch {
  /** Counts `unchanged` already. */
  stats: WriteStats;
  /** Articles new or changed as read before the transaction (the transaction checks again under lock). */
  todo: WriteItem[];
  rows: WriteRows | null;
}

export async function prepareBatch(executor: Executor, items: WriteItem[], opts: WriteOptions = {}): Promise<PreparedBatch> {
  const stats = emptyStats();
  // The last copy of an id in a batch wins (the same article twice in one run).
  const byId = new Map<string, WriteItem>();
  for (const it of items) byId.set(it.ex.article.id, it);
  const stored = await storedHashes(executor, [...byId.keys()]);
  const todo: WriteItem[] = [];
  for (const it of byId.values()) {
    const h = stored.get(it.ex.article.id);
    if (h !== undefined && h === (it.ex.article.hash ?? null) && !opts.force) stats.unchanged++;
    else todo.push(it);
  }
  return { stats, todo, rows: todo.length > 0 ? buildRows(todo) : null };
}

/** Writes a batch; never throws for a bad article (see `failed`), only when Neo4j is unreachable. */
export async function writeBatch(executor: Executor, items: WriteItem[], opts: WriteOptions = {}): Promise<WriteStats> {
  return writePrepared(executor, await prepareBatch(executor, items, opts), opts);
}

/** Writes a prepared batch in one transaction; when that fails, its articles one by one. */
export async function writePrepared(executor: Executor, p: PreparedBatch, opts: WriteOptions = {}): Promise<WriteStats> {
  const { stats, todo, rows } = p;
  if (todo.length === 0 || !rows) return stats;
  try {
    addStats(stats, await writeTx(executor, p, opts));
  } catch (err) {
    if (todo.length === 1 || isUnavailable(err)) {
      if (isUnavailable(err)) throw err;
      stats.failed.push({ id: todo[0]!.ex.article.id, source: todo[0]!.ex.article.source, error: message(err) });
      return stats;
    }
    for (const it of todo) addStats(stats, await writeBatch(executor, [it], opts));
  }
  return stats;
}

/**
 * What to write once the batch's articles are locked: `prepareBatch` read the stored hashes
 * before the transaction, and another process may have written some of these articles since
 * (two ingests of overlapping folders, the same upload posted twice at once). The locked read
 * decides; when it differs, the rows are built again for what is left to write.
 */
export function recheck(p: PreparedBatch, now: Map<string, { hash: string | null }>, force: boolean): { todo: WriteItem[]; replace: string[]; unchanged: number; rows: WriteRows | null } {
  const todo = p.todo.filter((it) => force || !now.has(it.ex.article.id) || now.get(it.ex.article.id)!.hash !== (it.ex.article.hash ?? null));
  const replace = todo.filter((it) => now.has(it.ex.article.id)).map((it) => it.ex.article.id);
  const rows = todo.length === p.todo.length ? p.rows : todo.length > 0 ? buildRows(todo) : null;
  return { todo, replace, unchanged: p.todo.length - todo.length, rows };
}

async function writeTx(executor: Executor, p: PreparedBatch, opts: WriteOptions): Promise<WriteStats> {
  const byId = (x: { id: string }, y: { id: string }) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);
  const articleRows = [...(p.rows?.articles ?? [])].sort(byId);
  return executor.writeWith(async (tx) => {
    const s = emptyStats();
    // Per-article lock first (cypher/write/lock-articles.cypher), then decide from what is stored
    // now. Articles not stored yet are made by the lock with their properties: every one is written.
    const locked = await run(tx, 'write/lock-articles', { rows: articleRows }, s);
    const now = new Map(locked.records.filter((r) => r.get('stored') === true)
      .map((r) => [String(r.get('id')), { hash: (r.get('hash') as string | null) ?? null }]));
    const { todo, replace, unchanged, rows } = recheck(p, now, opts.force === true);
    s.unchanged = unchanged;
    if (!rows || todo.length === 0) return s;
    let cleared: Cleared = { entities: [], pairs: [] };
    if (replace.length > 0) cleared = await clearArticles(tx, replace, s);
    const candidates = cleared.entities;
    if (replace.length > 0) {
      const again = new Set(replace);
      await run(tx, 'write/articles', { rows: rows.articles.filter((r) => again.has(r.id)) }, s);
    }
    if (rows.entities.length > 0) await run(tx, 'write/entities', { rows: rows.entities }, s);
    for (const [type, list] of rows.relations) await run(tx, 'write/relations', { type, rows: list }, s);
    // Pairs that lost facts are recomputed from what is there now (new facts included); the
    // others only grow, so this batch's rows are added to them.
    const recompute = new Set(cleared.pairs.map(pairKey));
    const grow = rows.links.filter((l) => !recompute.has(pairKey(l)));
    if (grow.length > 0) await run(tx, 'write/links', { rows: grow }, s);
    if (cleared.pairs.length > 0) await run(tx, 'write/links-refresh', { pairs: cleared.pairs }, s);
    for (const [type, list] of rows.toArticle) await run(tx, 'write/relations-to-article', { type, rows: list }, s);
    if (rows.mentions.length > 0) await run(tx, 'write/mentions', { rows: rows.mentions }, s);
    if (candidates.length > 0) await run(tx, 'write/prune-orphans', { ids: candidates }, s);
    if (opts.afterWrite) await opts.afterWrite(tx, rows.articles.map((a) => a.id));
    s.written = todo.length;
    s.replaced = replace.length;
    s.dangling = rows.dangling;
    return s;
  });
}

/** The content hashes of those of these articles that are stored (null: stored without one). */
export async function storedHashes(executor: Executor, ids: string[]): Promise<Map<string, string | null>> {
  const res = await executor.read('write/article-hashes', { ids });
  return new Map(res.records.map((r) => [String(r.get('id')), (r.get('hash') as string | null) ?? null]));
}

/** Deletes articles: their facts, the Article nodes, and entities left with no evidence. */
export async function deleteArticles(executor: Executor, ids: string[]): Promise<{ articles: number; entities: number; relationships: number }> {
  return executor.writeWith(async (tx) => {
    const c = emptyStats();
    const cleared = await clearArticles(tx, ids, c);
    const candidates = cleared.entities;
    const del = await run(tx, 'admin/delete-articles', { ids }, c);
    const articles = Number(del.records[0]?.get('deleted') ?? 0);
    if (cleared.pairs.length > 0) await run(tx, 'write/links-refresh', { pairs: cleared.pairs }, c);
    if (candidates.length > 0) await run(tx, 'write/prune-orphans', { ids: candidates }, c);
    return { articles, entities: c.nodesDeleted - articles, relationships: c.relsDeleted };
  });
}

interface Cleared {
  /** Entities the cleared articles mentioned (candidates for pruning). */
  entities: string[];
  /** Pairs that lost facts (their LINKs must be recomputed). */
  pairs: LinkPair[];
}

const pairKey = (p: LinkPair) => `${p.from}\u0000${p.type}\u0000${p.to}`;

async function clearArticles(tx: ManagedTransaction, ids: string[], c: Counters): Promise<Cleared> {
  const res = await run(tx, 'write/clear-articles', { ids }, c);
  const entities = new Set<string>();
  const pairs = new Map<string, LinkPair>();
  for (const r of res.records) {
    for (const id of r.get('ids') as string[]) entities.add(id);
    for (const p of r.get('pairs') as LinkPair[]) pairs.set(pairKey(p), p);
  }
  return { entities: [...entities], pairs: [...pairs.values()] };
}

/**
 * Recomputes the LINK summaries at these entities from their facts (after a merge or split
 * moved facts between entities; server/graph/judgements.ts). Runs in the caller's transaction.
 */
export async function refreshLinksAround(tx: ManagedTransaction, ids: string[]): Promise<void> {
  const res = await tx.run(cypher('write/links-around'), { ids });
  const pairs = res.records.map((r) => ({ from: String(r.get('from')), type: String(r.get('type')), to: String(r.get('to')) }));
  if (pairs.length > 0) await tx.run(cypher('write/links-refresh'), { pairs });
}

function isUnavailable(err: unknown): boolean {
  return (err as { code?: string })?.code === 'ServiceUnavailable';
}

function message(err: unknown): string {
  const e = err as { code?: string; message?: string };
  return `${e?.code && e.code !== 'Unknown' ? e.code + ': ' : ''}${e?.message ?? String(err)}`.split('\n')[0]!;
}
