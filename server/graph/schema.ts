/**
 * Applies cypher/schema.cypher (constraints, indexes, the `search_text` full-text index).
 * Every statement is IF NOT EXISTS, so this runs at every start and changes nothing the
 * second time. Schema statements cannot share a transaction with writes, so each runs alone.
 */
import type { Executor } from './executor.js';
import { statements } from './cypher-files.js';

/** Name of the CJK full-text index over names, aliases, titles and article text. */
export const SEARCH_INDEX = 'search_text';

/** Creates what is missing and waits until the indexes are online. */
export async function applySchema(executor: Executor): Promise<void> {
  for (const stmt of statements('schema')) {
    await executor.writeWith((tx) => tx.run(stmt));
  }
  await executor.read('admin/await-indexes');
}
