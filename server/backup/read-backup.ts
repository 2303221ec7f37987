/**
 * Reads a backup file line by line (never whole) and checks it: the header first, nodes
 * before relationships, every line valid, and the end line's counts equal to what was read.
 * `checkBackup` runs over the file once before an import touches the database, so a
 * truncated or damaged backup is refused with the line that is wrong.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { BACKUP_FORMAT, BACKUP_VERSION, EndLine, HeaderLine, KEY_LABELS, NodeLine, RelLine, type KeyLabel } from './format.js';
import { BackupError } from './values.js';

export type BackupRecord = { kind: 'node'; line: NodeLine } | { kind: 'rel'; line: RelLine };

export interface BackupContents {
  header: HeaderLine;
  nodes: number;
  relationships: number;
  /** Nodes per label and relationships per type, as counted in the file. */
  labels: Record<string, number>;
  types: Record<string, number>;
  /** The ids of the file's nodes per key label (so a failed import can remove what it wrote). */
  ids: Record<KeyLabel, Set<string>>;
}

const inc = (m: Record<string, number>, k: string) => {
  m[k] = (m[k] ?? 0) + 1;
};

function parseLine(text: string, lineNo: number): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new BackupError(`line ${lineNo} is not JSON (the file is damaged)`);
  }
}

/** Yields every node and relationship of `file` in order; throws BackupError on a bad line. */
export async function* readBackup(file: string, onHeader?: (h: HeaderLine) => void): AsyncGenerator<BackupRecord, EndLine> {
  let lineNo = 0;
  let sawRel = false;
  let end: EndLine | null = null;
  const stream = createReadStream(file, { encoding: 'utf8' });
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  try {
    for await (const text of lines) {
      lineNo++;
      if (end) throw new BackupError(`line ${lineNo} comes after the end line`);
      const v = parseLine(text, lineNo);
      if (lineNo === 1) {
        const h = HeaderLine.safeParse(v);
        if (!h.success) throw new BackupError(`line 1 is not a ${BACKUP_FORMAT} header; is this a baoxun backup?`);
        if (h.data.version !== BACKUP_VERSION) throw new BackupError(`backup format version ${h.data.version}; this baoxun reads version ${BACKUP_VERSION}`);
        onHeader?.(h.data);
        continue;
      }
      const rec = v as Record<string, unknown>;
      if (rec && 'n' in rec) {
        if (sawRel) throw new BackupError(`line ${lineNo}: a node after the relationships`);
        yield { kind: 'node', line: strict(NodeLine, v, lineNo) };
      } else if (rec && 'r' in rec) {
        sawRel = true;
        yield { kind: 'rel', line: strict(RelLine, v, lineNo) };
      } else end = strict(EndLine, v, lineNo);
    }
  } finally {
    stream.destroy();
  }
  if (lineNo === 0) throw new BackupError('the file is empty');
  if (!end) throw new BackupError(`no end line after line ${lineNo}: the backup is truncated`);
  return end;
}

function strict<T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: Array<{ path: PropertyKey[]; message: string }> } } }, v: unknown, lineNo: number): T {
  const r = schema.safeParse(v);
  if (r.success) return r.data;
  const i = r.error.issues[0];
  throw new BackupError(`line ${lineNo}: ${i ? `${i.path.map(String).join('.') || 'line'}: ${i.message}` : 'invalid'}`);
}

/**
 * What Neo4j would refuse half-way through an import, found before it starts: a node
 * without a string id or whose key label is not among its labels, two nodes of one key
 * label with the same id (a uniqueness constraint), a relationship whose end is not in the
 * file (it would not be created). Line numbers count from 1, the header included.
 */
function checkNode(line: NodeLine, lineNo: number, ids: BackupContents['ids']): void {
  const id = line.props.id;
  if (typeof id !== 'string' || id === '') throw new BackupError(`line ${lineNo}: a ${line.n} node without a text id`);
  if (!line.labels.includes(line.n)) throw new BackupError(`line ${lineNo}: key label ${line.n} is not among the node's labels (${line.labels.join(', ')})`);
  if (ids[line.n].has(id)) throw new BackupError(`line ${lineNo}: a second ${line.n} node with id ${id} (ids are unique)`);
  ids[line.n].add(id);
}

function checkRel(line: RelLine, lineNo: number, ids: BackupContents['ids']): void {
  for (const [end, [label, id]] of [['from', line.from], ['to', line.to]] as const) {
    if (!ids[label].has(id)) throw new BackupError(`line ${lineNo}: a ${line.r} relationship ${end} ${label} ${id}, which is not in the backup`);
  }
}

/** Reads the whole file once and checks it; returns what it holds. */
export async function checkBackup(file: string): Promise<BackupContents> {
  let header: HeaderLine | null = null;
  const ids = Object.fromEntries(KEY_LABELS.map((l) => [l, new Set<string>()])) as BackupContents['ids'];
  const c = { nodes: 0, relationships: 0, labels: {} as Record<string, number>, types: {} as Record<string, number>, ids };
  const it = readBackup(file, (h) => (header = h));
  let step = await it.next();
  for (let lineNo = 2; !step.done; step = await it.next(), lineNo++) {
    if (step.value.kind === 'node') {
      checkNode(step.value.line, lineNo, ids);
      c.nodes++;
      for (const l of step.value.line.labels) inc(c.labels, l);
    } else {
      checkRel(step.value.line, lineNo, ids);
      c.relationships++;
      inc(c.types, step.value.line.r);
    }
  }
  const end = step.value;
  if (end.nodes !== c.nodes || end.relationships !== c.relationships) {
    throw new BackupError(`the end line says ${end.nodes} nodes and ${end.relationships} relationships, the file holds ${c.nodes} and ${c.relationships}`);
  }
  return { header: header!, ...c };
}
