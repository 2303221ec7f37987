/** `baoxun corpus generate`: a deterministic synthetic corpus for benchmarks and scale tests. */
import type { Command } from 'commander';
import { UserError } from '../cli-errors.js';
import { generateCorpus } from '../corpus/generate.js';

export function register(program: Command): void {
  const corpus = program.command('corpus').description('synthetic corpora for benchmarks and scale tests (see docs/corpus.md)');
  corpus
    .command('generate')
    .description('write a realistic synthetic corpus of a county paper (deterministic by seed)')
    .requiredOption('--articles <n>', 'how many articles')
    .requiredOption('--out <dir>', 'output directory (created if missing)')
    .option('--seed <n>', 'random seed (same seed, same corpus)', '1')
    .option('--pages <share>', 'share of articles printed on multi-article newspaper pages (0–1)', '0.2')
    .addHelpText('after', '\nIngest it with: baoxun ingest DIR --region 澄湖市 (the invented city of the corpus).\nThe truth (every tenure) is in DIR/.corpus-truth.json.')
    .action(async (o: { articles: string; out: string; seed: string; pages: string }) => {
      const articles = Number(o.articles);
      const seed = Number(o.seed);
      const pages = Number(o.pages);
      if (!Number.isInteger(articles) || articles < 1) throw new UserError(`--articles must be a positive integer, not ${o.articles}`);
      if (!Number.isInteger(seed)) throw new UserError(`--seed must be an integer, not ${o.seed}`);
      if (!(pages >= 0 && pages <= 1)) throw new UserError(`--pages must be between 0 and 1, not ${o.pages}`);
      const s = await generateCorpus({ articles, out: o.out, seed, pages });
      console.log(`wrote ${s.articles} articles in ${s.files} files (${s.pages} pages) to ${s.out}: ${s.people} people; region ${s.region}`);
    });
}
