/**
 * Loads the people of the given names from the graph into a PersonIndex: one query
 * (cypher/resolve/person-candidates.cypher) for all names of a batch of articles that the
 * index does not hold yet, so resolution costs at most one read per batch, not one per
 * mention. The names in the graph are read once per run (person-names.cypher), so a batch
 * whose new names nobody in the graph has (a first ingest) reads nothing.
 */
import type { Executor } from './executor.js';
import type { PersonIndex } from '../resolve/person-index.js';
import { seatOfPost } from '../resolve/person-seats.js';

/** Names per query: big batches of articles give a few thousand names. */
const CHUNK = 5000;

export async function loadPersons(executor: Executor, index: PersonIndex, names: Iterable<string>): Promise<void> {
  if (!index.hasGraphNames()) {
    const res = await executor.read('resolve/person-names');
    index.setGraphNames(res.records.map((r) => String(r.get('name'))));
  }
  const todo = index.missing(names);
  // Names nobody in the graph has are known whole from this run: nothing to read.
  const ask = todo.filter((n) => index.inGraph(n));
  index.markLoaded(todo.filter((n) => !index.inGraph(n)));
  for (let i = 0; i < ask.length; i += CHUNK) {
    const part = ask.slice(i, i + CHUNK);
    const res = await executor.read('resolve/person-candidates', { names: part, region: index.region });
    for (const r of res.records) {
      const name = String(r.get('name'));
      const id = String(r.get('id'));
      index.recordPerson(name, id);
      for (const p of (r.get('posts') as PostRow[] | null) ?? []) {
        const seat = seatOfPost(String(p.canonical ?? ''), p.scope ?? null, index.region);
        if (seat) index.recordSpan(name, id, { seat, first: p.first ?? null, last: p.last ?? null, undated: Number(p.undated ?? 0) });
      }
    }
    index.markLoaded(part);
  }
}

interface PostRow {
  canonical: string | null;
  scope: string | null;
  first: string | null;
  last: string | null;
  undated: number | null;
}
