/**
 * Reads a backup file line by line (never whole) and checks it: the header first, nodes
 * before relationships, every line valid, and the end line's counts equal to what was read.
 * `checkBackup` runs over the file once before an import touches the database, so a
 * truncated or damaged backup is refused with the line that is wrong.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { BACKUP_FORMAT, BACKUP_VERSION, EndLine, HeaderLine, NodeLine, RelLine } from './format.js';
import { BackupError } from './values.js';

export type BackupRecord = { kind: 'node'; line: NodeLine } | { kind: 'rel'; line: RelLine };

export interface BackupContents {
  header: HeaderLine;
  nodes: number;
  relationships: number;
  /** Nodes per label and relationships per type, as counted in the file. */
  labels: Record<string, number>;
  types: Record<string, number>;
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

/** Reads the whole file once and checks it; returns what it holds. */
export async function checkBackup(file: string): Promise<BackupContents> {
  let header: HeaderLine | null = null;
  const c = { nodes: 0, relationships: 0, labels: {} as Record<string, number>, types: {} as Record<string, number> };
  const it = readBackup(file, (h) => (header = h));
  let step = await it.next();
  for (; !step.done; step = await it.next()) {
    if (step.value.kind === 'node') {
      c.nodes++;
      for (const l of step.value.line.labels) inc(c.labels, l);
    } else {
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
