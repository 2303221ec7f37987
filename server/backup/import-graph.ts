/**
 * `importGraph`: restores a backup into an EMPTY database. The file is checked whole first
 * (checkBackup), then read again and written in batches (`UNWIND $rows … CREATE`, all values
 * as parameters): nodes first, then relationships grouped by type. Afterwards the database's
 * counts per label and type are compared with the file's.
 */
import { cypher } from '../graph/cypher-files.js';
import type { Executor } from '../graph/executor.js';
import { applySchema } from '../graph/schema.js';
import type { NodeLine, RelLine } from './format.js';
import { checkBackup, readBackup, type BackupContents } from './read-backup.js';
import { BackupError } from './values.js';

export interface ImportSummary {
  nodes: number;
  relationships: number;
  contents: BackupContents;
  /** Labels and types whose count in the database differs from the file's (empty when all is well). */
  mismatches: string[];
}

export interface ImportOptions {
  batchSize?: number;
  progress?: (done: { nodes: number; relationships: number }) => void;
}

type NodeRow = { labels: string[]; props: NodeLine['props']; typed: Array<[string, string]> };
type RelRow = { fromKey: string; from: string; toKey: string; to: string; props: RelLine['props']; typed: Array<[string, string]> };

/**
 * The typed list sent with a row: the file's (floats, dates…) plus the integers, which must
 * be marked too, because the driver sends every JavaScript number as a float.
 */
export function withIntegers(props: NodeLine['props'], typed: Array<[string, string]> = []): Array<[string, string]> {
  const given = new Set(typed.map(([k]) => k));
  const out = [...typed];
  for (const [k, v] of Object.entries(props)) {
    if (given.has(k)) continue;
    if (typeof v === 'number') out.push([k, 'INTEGER NOT NULL']);
    else if (Array.isArray(v) && v.length > 0 && typeof v[0] === 'number') out.push([k, 'LIST<INTEGER NOT NULL> NOT NULL']);
  }
  return out;
}

/** Refuses a database that holds any node. */
export async function assertEmpty(executor: Executor): Promise<void> {
  const n = (await executor.read('backup/is-empty')).records[0]?.get('nodes') as number;
  if (n > 0) {
    throw new BackupError('the database is not empty; import restores only into an empty database ' +
      '(use a new $BAOXUN_HOME, or point NEO4J_URI at an empty database)');
  }
}

async function writeRows(executor: Executor, name: string, params: Record<string, unknown>, expected: number): Promise<void> {
  const created = await executor.writeWith(async (tx) => {
    const res = await tx.run(cypher(name), params);
    return res.records[0]?.get('created') as number;
  });
  if (created !== expected) {
    throw new BackupError(`${name}: ${created} of ${expected} written (relationship ends missing from the backup?)`);
  }
}

async function dbCounts(executor: Executor): Promise<{ labels: Record<string, number>; types: Record<string, number> }> {
  const res = await executor.read('admin/counts');
  const labels: Record<string, number> = {};
  const types: Record<string, number> = {};
  for (const r of res.records) (r.get('kind') === 'node' ? labels : types)[r.get('name') as string] = r.get('count') as number;
  return { labels, types };
}

function compare(what: string, want: Record<string, number>, got: Record<string, number>): string[] {
  const keys = new Set([...Object.keys(want), ...Object.keys(got)]);
  return [...keys].filter((k) => (want[k] ?? 0) !== (got[k] ?? 0)).map((k) => `${what} ${k}: file ${want[k] ?? 0}, database ${got[k] ?? 0}`);
}

/**
 * Removes what a failed import wrote: the relationships, then the nodes, of every node id in
 * the file (the database was empty when the import began), 1,000 ids per transaction.
 */
export async function undoImport(executor: Executor, ids: BackupContents['ids']): Promise<void> {
  const count = (name: string, params: Record<string, unknown>) =>
    executor.writeWith(async (tx) => (await tx.run(cypher(name), params)).records[0]?.get('deleted') as number);
  for (const [label, set] of Object.entries(ids)) {
    const all = [...set];
    for (let i = 0; i < all.length; i += 1000) {
      const params = { label, ids: all.slice(i, i + 1000) };
      while ((await count('backup/undo-rels', params)) > 0) { /* 10,000 at a time */ }
      await count('backup/undo-nodes', params);
    }
  }
}

const firstLine = (e: unknown) => ((e as Error)?.message ?? String(e)).split('\n')[0];

/**
 * Restores `file`; throws BackupError when the file is bad or the database not empty. When
 * writing fails half-way (Neo4j refuses a value, the database goes away), what was written is
 * removed again, so the database is left empty as it was, and the error says so; if even that
 * fails, the error says what is left.
 */
export async function importGraph(executor: Executor, file: string, opts: ImportOptions = {}): Promise<ImportSummary> {
  const contents = await checkBackup(file);
  await assertEmpty(executor);
  await applySchema(executor);
  const done = { nodes: 0, relationships: 0 };
  try {
    await writeBackup(executor, file, done, opts);
  } catch (err) {
    const what = `the import failed after writing ${done.nodes} of ${contents.nodes} nodes and ${done.relationships} of ${contents.relationships} relationships: ${firstLine(err)}`;
    try {
      await undoImport(executor, contents.ids);
    } catch (undoErr) {
      const why = firstLine(undoErr) === firstLine(err) ? 'the same error' : firstLine(undoErr);
      throw new BackupError(`${what}; removing them failed too (${why}): the database holds part of the backup — empty it before importing again`);
    }
    throw new BackupError(`${what}; they were removed again, the database is empty as before`);
  }
  const db = await dbCounts(executor);
  const mismatches = [...compare('label', contents.labels, db.labels), ...compare('type', contents.types, db.types)];
  return { ...done, contents, mismatches };
}

/** Writes the checked file: nodes in batches, then relationships in batches per type. */
async function writeBackup(executor: Executor, file: string, done: { nodes: number; relationships: number }, opts: ImportOptions): Promise<void> {
  const size = opts.batchSize ?? 1000;
  let nodes: NodeRow[] = [];
  const rels = new Map<string, RelRow[]>();
  const flushNodes = async () => {
    if (nodes.length === 0) return;
    await writeRows(executor, 'backup/import-nodes', { rows: nodes }, nodes.length);
    done.nodes += nodes.length;
    nodes = [];
    opts.progress?.(done);
  };
  const flushRels = async (type: string) => {
    const rows = rels.get(type);
    if (!rows?.length) return;
    await writeRows(executor, 'backup/import-rels', { type, rows }, rows.length);
    done.relationships += rows.length;
    rels.set(type, []);
    opts.progress?.(done);
  };
  for await (const rec of readBackup(file)) {
    if (rec.kind === 'node') {
      const { labels, props, typed } = rec.line;
      nodes.push({ labels, props, typed: withIntegers(props, typed) });
      if (nodes.length >= size) await flushNodes();
      continue;
    }
    await flushNodes(); // every node is written before the first relationship
    const l = rec.line;
    const list = rels.get(l.r) ?? [];
    list.push({ fromKey: l.from[0], from: l.from[1], toKey: l.to[0], to: l.to[1], props: l.props, typed: withIntegers(l.props, l.typed) });
    rels.set(l.r, list);
    if (list.length >= size) await flushRels(l.r);
  }
  await flushNodes();
  for (const type of rels.keys()) await flushRels(type);
}
