/**
 * `GET /api/export?format=graphml|csv|json&id=&depth=`: a subgraph, or the whole graph, as
 * distinct facts (one edge per pair and fact type, with its count, dates and articles; per
 * article MENTIONS, WROTE and STEP). A whole graph streams from the database page by page
 * (server/graph/queries/graph-export.ts) in constant memory.
 * `GET /api/export/careers` and `GET /api/export/attendance`: the research tables (CSV).
 */
import { once } from 'node:events';
import { Router, type Response } from 'express';
import { ExportQuery, type ExportJson } from '../../../model/api.schema.js';
import { cypher } from '../../graph/cypher-files.js';
import type { Executor } from '../../graph/executor.js';
import { clean, exportKeys, streamGraph } from '../../graph/queries/graph-export.js';
import { streamAttendance, streamCareers } from '../../graph/queries/research-export.js';
import { attendanceCsv, careersCsv } from '../../export/research-csv.js';
import type { RouteDeps } from '../deps.js';
import { NotFound } from '../errors.js';
import { graphWriter, writeAll } from '../export-formats.js';
import { handle } from '../validate.js';

type Tx = Parameters<Parameters<Executor['readWith']>[0]>[0];

/** Rows of a query, as plain objects. */
async function rows<T>(tx: Tx, name: string, params: Record<string, unknown>): Promise<T[]> {
  return (await tx.run(cypher(name), params)).records.map((r) => r.toObject() as T);
}

/** Ring by ring out to `depth`, at most `limit` nodes; null when the start node does not exist. */
async function subgraph(executor: Executor, id: string, depth: number, limit: number, timeout: number): Promise<ExportJson | null> {
  return executor.readWith(async (tx) => {
    const seen = [id];
    let ring = [id];
    let truncated = false;
    for (let d = 0; d < depth && ring.length > 0 && seen.length < limit; d++) {
      const room = limit - seen.length;
      const next = await rows<{ id: string }>(tx, 'api/export-ring', { ids: ring, seen, limit: room + 1 });
      ring = next.map((r) => r.id).slice(0, room);
      if (next.length > room) truncated = true;
      seen.push(...ring);
    }
    const nodes = await rows<ExportJson['nodes'][number]>(tx, 'api/export-nodes', { ids: seen });
    if (!nodes.some((n) => n.id === id)) return null;
    const edges = await rows<ExportJson['edges'][number]>(tx, 'api/export-page-edges', {
      ids: seen, entityMax: null, articles: true, articleMax: null, evidence: true,
    });
    const kept = new Set(seen);
    return {
      nodes: nodes.map((n) => ({ ...n, properties: clean(n.properties) })),
      // Edges to nodes outside the export (cut by limit) would break Gephi's import.
      edges: edges.filter((e) => kept.has(e.target)).map((e) => ({ ...e, properties: clean(e.properties) })),
      truncated,
    };
  }, timeout);
}

/** Writes to the response, waiting while its buffer is full (the database is read no faster than the client reads). */
export function responseWriter(res: Response): (chunk: string) => Promise<void> {
  return async (chunk) => {
    if (chunk && !res.write(chunk)) await Promise.race([once(res, 'drain'), once(res, 'close')]);
  };
}

/**
 * Streams a body of unknown length. Once the headers are sent an error cannot become a JSON
 * answer: the connection is cut, so the client sees a broken download, not a short file.
 */
async function streamBody(res: Response, type: string, filename: string | null, work: (put: (s: string) => Promise<void>) => Promise<void>): Promise<void> {
  if (filename) res.attachment(filename);
  res.type(type);
  const put = responseWriter(res);
  try {
    await work(put);
    res.end();
  } catch (err) {
    if (!res.headersSent) throw err;
    res.destroy(err as Error);
  }
}

export function exportRoutes({ executor, config }: RouteDeps): Router {
  const r = Router();
  const timeout = config.queryTimeoutMs * 4; // one page of a big export may take a while

  r.get('/export', handle({ query: ExportQuery }, async ({ query }, res) => {
    const name = `baoxun-${query.id ? 'subgraph' : 'graph'}`;
    if (query.id) {
      const g = await subgraph(executor, query.id, query.depth, Math.min(query.limit, 5_000), timeout);
      if (!g) throw new NotFound(`no entity or article with id ${query.id}`);
      if (query.format === 'json') res.json(g);
      else {
        const w = graphWriter(query.format, [], []);
        res.attachment(`${name}.${w.extension}`).type(w.contentType).send(writeAll(query.format, g));
      }
      return;
    }
    const keys = await exportKeys(executor);
    const w = graphWriter(query.format, keys, keys);
    await streamBody(res, w.contentType, query.format === 'json' ? null : `${name}.${w.extension}`, async (put) => {
      await put(w.header());
      const { truncated } = await streamGraph(executor, { limit: query.limit, timeoutMs: timeout }, {
        node: (n) => put(w.node(n)),
        edge: (e) => put(w.edge(e)),
        stopped: () => res.destroyed,
      });
      await put(w.footer(truncated));
    });
  }));

  r.get('/export/careers', async (_req, res) => {
    await streamBody(res, 'text/csv; charset=utf-8', 'baoxun-careers.csv', async (put) => {
      const csv = careersCsv();
      await put(csv.header());
      await streamCareers(executor, { timeoutMs: timeout, stopped: () => res.destroyed }, (row) => put(csv.row(row)));
    });
  });

  r.get('/export/attendance', async (_req, res) => {
    await streamBody(res, 'text/csv; charset=utf-8', 'baoxun-attendance.csv', async (put) => {
      const csv = attendanceCsv();
      await put(csv.header());
      await streamAttendance(executor, { timeoutMs: timeout, stopped: () => res.destroyed }, (row) => put(csv.row(row)));
    });
  });
  return r;
}
