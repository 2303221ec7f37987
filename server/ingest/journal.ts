/**
 * The ingest journal (resumable ingest): one JSON line per input file whose articles were
 * all written — its absolute path, size, modification time and the (id, hash) of its
 * articles. A rerun of an interrupted ingest skips those files without reading them again,
 * once the graph confirms their articles are stored with those hashes (so a journal never
 * hides an article that was deleted or a database that was emptied). Lines are appended
 * after the write transaction commits; a half-written last line (kill -9) is ignored.
 * Kept per database in `$BAOXUN_HOME/ingest-journal/<hash of uri and database>.jsonl`.
 */
import { appendFile, mkdir, readFile, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { createHash } from 'node:crypto';

export interface JournalEntry {
  path: string;
  size: number;
  mtimeMs: number;
  articles: Array<[string, string | null]>;
}

export function journalFile(home: string, uri: string, database?: string): string {
  const h = createHash('sha1').update(`${uri}|${database ?? ''}`).digest('hex').slice(0, 12);
  return join(home, 'ingest-journal', `${h}.jsonl`);
}

export class Journal {
  private constructor(readonly file: string, private readonly done: Map<string, JournalEntry>) {}

  static async open(file: string): Promise<Journal> {
    const done = new Map<string, JournalEntry>();
    let text = '';
    try {
      text = await readFile(file, 'utf8');
    } catch {
      // No journal yet.
    }
    for (const line of text.split('\n')) {
      try {
        const e = JSON.parse(line) as JournalEntry;
        if (typeof e.path === 'string') done.set(e.path, e);
      } catch {
        // A line cut short by a kill: that file is simply read again.
      }
    }
    await mkdir(dirname(file), { recursive: true });
    return new Journal(file, done);
  }

  /** The entry of a file that was fully ingested and has not changed since, else null. */
  async unchanged(source: string): Promise<JournalEntry | null> {
    const e = this.done.get(resolve(source));
    if (!e) return null;
    try {
      const st = await stat(source);
      return st.size === e.size && st.mtimeMs === e.mtimeMs ? e : null;
    } catch {
      return null;
    }
  }

  async record(source: string, articles: Array<[string, string | null]>): Promise<void> {
    const st = await stat(source);
    const e: JournalEntry = { path: resolve(source), size: st.size, mtimeMs: st.mtimeMs, articles };
    // Not kept in `done`: only a later run asks about it, and keeping every file of a long
    // ingest here would grow the process with the number of inputs (issue 7, bounded memory).
    await appendFile(this.file, JSON.stringify(e) + '\n');
  }
}
