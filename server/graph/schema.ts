/**
 * Applies cypher/schema.cypher (constraints, indexes, the `search_text` full-text index).
 * Every statement is IF NOT EXISTS, so this runs at every start and changes nothing the
 * second time. Schema statements cannot share a transaction with writes, so each runs alone.
 */
import type { Executor } from './executor.js';
import { cypher, statements } from './cypher-files.js';
import type { LinkPair } from './writer.js';

/** Name of the CJK full-text index over names, aliases, titles and article text. */
export const SEARCH_INDEX = 'search_text';

/** Creates what is missing, waits until the indexes are online, and keys LINKs of older graphs. */
export async function applySchema(executor: Executor): Promise<void> {
  for (const stmt of statements('schema')) {
    await executor.writeWith((tx) => tx.run(stmt));
  }
  await executor.read('admin/await-indexes');
  await keyLinks(executor);
}

/**
 * LINK summaries written before they had a `key` get one (cypher/admin/link-keys.cypher), so
 * the writer's MERGE on the key finds them; pairs that had two are recomputed from the facts.
 */
async function keyLinks(executor: Executor): Promise<void> {
  for (;;) {
    const keyed = await executor.writeWith(async (tx) => {
      const rec = (await tx.run(cypher('admin/link-keys'))).records[0];
      const doubled = (rec?.get('doubled') as LinkPair[] | undefined) ?? [];
      if (doubled.length > 0) await tx.run(cypher('write/links-refresh'), { pairs: doubled });
      return Number(rec?.get('keyed') ?? 0);
    });
    if (keyed === 0) return;
  }
}
