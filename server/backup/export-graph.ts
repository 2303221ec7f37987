/**
 * `exportGraph`: streams the whole graph into a JSON Lines backup (see format.ts).
 * Nodes are read in pages by id (keyset pagination on the unique index), each page in
 * its own read transaction, and written out before the next is read, so memory stays
 * bounded by one page whatever the size of the graph. The file is written under a
 * temporary name and renamed when complete, so a failed export leaves no partial backup.
 */
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { Executor } from '../graph/executor.js';
import { BACKUP_FORMAT, BACKUP_VERSION, KEY_LABELS, PLAIN_TYPES, type HeaderLine, type KeyLabel } from './format.js';
import { BackupError, propsToJson } from './values.js';

export interface ExportSummary {
  nodes: number;
  relationships: number;
  /** Counts the database held when the export began. */
  header: HeaderLine['counts'];
}

export interface ExportOptions {
  /** Nodes per page (and per read transaction). */
  pageSize?: number;
  /** Called after each page with the lines written so far. */
  progress?: (written: { nodes: number; relationships: number }) => void;
}

type Row = { get(key: string): unknown };

async function put(out: Writable, line: unknown): Promise<void> {
  if (!out.write(`${JSON.stringify(line)}\n`)) await once(out, 'drain');
}

async function counts(executor: Executor): Promise<HeaderLine['counts'] & { keyed: number }> {
  const rec = (await executor.read('backup/counts', { keys: [...KEY_LABELS] })).records[0] as Row;
  const pairs = (k: string) => Object.fromEntries((rec.get(k) as Array<[string, number]>).map(([a, b]) => [a, b]));
  return {
    nodes: rec.get('nodes') as number,
    relationships: rec.get('rels') as number,
    keyed: rec.get('keyed') as number,
    labels: pairs('perLabel'),
    types: pairs('perType'),
  };
}

/** Ids of one page of nodes of `key`, after writing those nodes to `out`. */
async function nodePage(executor: Executor, key: KeyLabel, after: string, limit: number, out: Writable | null): Promise<string[]> {
  const res = await executor.read(`backup/nodes-${key.toLowerCase()}`, { after, limit, plain: PLAIN_TYPES, full: out !== null });
  const ids: string[] = [];
  for (const r of res.records as Row[]) {
    const id = r.get('id') as string;
    ids.push(id);
    if (!out) continue;
    const what = `node ${key} ${id}`;
    const typed = r.get('typed') as Array<[string, string]>;
    const props = propsToJson(r.get('props') as Record<string, unknown>, typed, what);
    await put(out, { n: key, labels: r.get('labels'), props, ...(typed.length ? { typed } : {}) });
  }
  return ids;
}

/** Writes the outgoing relationships of nodes `ids` of `key`; returns how many. */
async function relPage(executor: Executor, key: KeyLabel, ids: string[], out: Writable): Promise<number> {
  const res = await executor.read(`backup/rels-${key.toLowerCase()}`, { ids, keys: [...KEY_LABELS], plain: PLAIN_TYPES });
  let n = 0;
  for (const r of res.records as Row[]) {
    const toKeys = r.get('toKeys') as string[];
    const toKey = KEY_LABELS.find((k) => toKeys.includes(k));
    const to = r.get('to') as string | null;
    const what = `relationship ${String(r.get('type'))} from ${key} ${String(r.get('from'))}`;
    if (!toKey || to === null) throw new BackupError(`${what} ends at a node with no key label and id; it cannot be restored`);
    const typed = r.get('typed') as Array<[string, string]>;
    const props = propsToJson(r.get('props') as Record<string, unknown>, typed, what);
    await put(out, { r: r.get('type'), from: [key, r.get('from')], to: [toKey, to], props, ...(typed.length ? { typed } : {}) });
    n++;
  }
  return n;
}

/** Walks every key label page by page; `onPage` gets each page's ids. */
async function eachPage(executor: Executor, limit: number, out: Writable | null,
  onPage: (key: KeyLabel, ids: string[]) => Promise<void>): Promise<void> {
  for (const key of KEY_LABELS) {
    let after = '';
    for (;;) {
      const ids = await nodePage(executor, key, after, limit, out);
      if (ids.length === 0) break;
      await onPage(key, ids);
      after = ids[ids.length - 1]!;
      if (ids.length < limit) break;
    }
  }
}

/** Writes the whole graph to `out` (already open); the caller ends the stream. */
export async function writeBackup(executor: Executor, out: Writable, opts: ExportOptions = {}): Promise<ExportSummary> {
  const limit = opts.pageSize ?? 1000;
  const c = await counts(executor);
  if (c.keyed !== c.nodes) {
    throw new BackupError(`${c.nodes - c.keyed} of ${c.nodes} nodes have none of the labels ${KEY_LABELS.join(', ')} with an id; ` +
      'a backup could not restore them, so nothing was exported');
  }
  const { keyed: _k, ...header } = c;
  await put(out, { format: BACKUP_FORMAT, version: BACKUP_VERSION, exported: new Date().toISOString(), counts: header });
  const done = { nodes: 0, relationships: 0 };
  await eachPage(executor, limit, out, async (_key, ids) => {
    done.nodes += ids.length;
    opts.progress?.(done);
  });
  // Second walk: the relationships, after every node, so an import creates the ends first.
  await eachPage(executor, limit, null, async (key, ids) => {
    done.relationships += await relPage(executor, key, ids, out);
    opts.progress?.(done);
  });
  await put(out, { end: true, nodes: done.nodes, relationships: done.relationships });
  return { ...done, header };
}

/** Exports into `file`, atomically: written as `file.partial`, renamed when complete. */
export async function exportGraph(executor: Executor, file: string, opts: ExportOptions = {}): Promise<ExportSummary> {
  const tmp = `${file}.partial`;
  const out = createWriteStream(tmp);
  try {
    await once(out, 'open');
  } catch (e) {
    throw new BackupError(`cannot write ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  try {
    const sum = await writeBackup(executor, out, opts);
    out.end();
    await once(out, 'finish');
    await rename(tmp, file);
    return sum;
  } catch (e) {
    out.destroy();
    await rm(tmp, { force: true });
    throw e;
  }
}

