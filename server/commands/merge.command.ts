/**
 * `baoxun merge KEEP OTHER…`: says these entities are one; stored as a judgement and
 * applied again on every later ingest.
 */
import type { Command } from 'commander';
import { UserError } from '../cli-errors.js';
import { JudgementError, mergeEntities } from '../graph/judgements.js';
import { openGraph } from '../ingest/open-graph.js';

export function register(program: Command): void {
  program
    .command('merge')
    .description('merge entities that are one real-world thing (kept as a judgement for later ingests)')
    .argument('<keep>', 'the entity id that stays')
    .argument('<others...>', 'entity ids folded into it (their names become aliases)')
    .option('--note <text>', 'why (kept on the judgement)', '')
    .action(async (keep: string, others: string[], o: { note: string }) => {
      const graph = await openGraph({ log: (l) => process.stderr.write(`baoxun: ${l}\n`) });
      try {
        const made = await mergeEntities(graph.executor, keep, others, o.note);
        console.log(`merged ${made.length} entit${made.length === 1 ? 'y' : 'ies'} into ${keep} (judgements ${made.map((j) => j.id).join(', ')})`);
      } catch (err) {
        if (err instanceof JudgementError) throw new UserError(err.message);
        throw err;
      } finally {
        await graph.close();
      }
    });
}
