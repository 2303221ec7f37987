/**
 * `baoxun split ID ARTICLE…`: says that what these articles call ID is another entity of
 * the same name; stored as a judgement and applied again on every later ingest.
 */
import type { Command } from 'commander';
import { UserError } from '../cli-errors.js';
import { JudgementError, splitEntity } from '../graph/judgements.js';
import { openGraph } from '../ingest/open-graph.js';

export function register(program: Command): void {
  program
    .command('split')
    .description('split an entity: its mentions in the given articles become a separate entity')
    .argument('<id>', 'the entity id to split')
    .argument('<articleIds...>', 'articles whose mentions of it are someone (something) else')
    .option('--note <text>', 'why (kept on the judgement)', '')
    .action(async (id: string, articles: string[], o: { note: string }) => {
      const graph = await openGraph({ log: (l) => process.stderr.write(`baoxun: ${l}\n`) });
      try {
        const j = await splitEntity(graph.executor, id, articles, o.note);
        console.log(`split ${id}: the mentions in ${articles.length} article(s) are now ${j.into} (judgement ${j.id})`);
      } catch (err) {
        if (err instanceof JudgementError) throw new UserError(err.message);
        throw err;
      } finally {
        await graph.close();
      }
    });
}
