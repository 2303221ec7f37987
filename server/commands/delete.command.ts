/**
 * `baoxun delete ARTICLE_ID…`: removes articles, the facts they reported, and the entities
 * left with no evidence. Nothing else is touched.
 */
import type { Command } from 'commander';
import { deleteArticles } from '../graph/writer.js';
import { openGraph } from '../ingest/open-graph.js';

export function register(program: Command): void {
  program
    .command('delete')
    .description("delete articles by id: their facts go, and entities no other article mentions")
    .argument('<articleIds...>', 'Article ids (as shown by the explorer or `MATCH (a:Article) RETURN a.id`)')
    .addHelpText('after', '\nThe deletion is one transaction. Unknown ids are reported and change nothing.')
    .action(async (ids: string[]) => {
      const graph = await openGraph({ log: (l) => process.stderr.write(`baoxun: ${l}\n`) });
      try {
        const r = await deleteArticles(graph.executor, ids);
        console.log(`deleted ${r.articles} article(s), ${r.entities} entit${r.entities === 1 ? 'y' : 'ies'} left without evidence, ${r.relationships} relationship(s)`);
        if (r.articles < ids.length) {
          process.stderr.write(`baoxun: ${ids.length - r.articles} id(s) were not in the graph\n`);
          process.exitCode = r.articles === 0 ? 1 : 0;
        }
      } finally {
        await graph.close();
      }
    });
}
