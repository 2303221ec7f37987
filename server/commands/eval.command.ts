import type { Command } from 'commander';
import { existsSync, readFileSync } from 'node:fs';
import { UserError } from '../cli-errors.js';
import { findPageFile, overlaySteps, readGoldDir } from '../eval/gold-reader.js';
import { articleUnits, extractPageFile, goldInput, pageUnit, readPredictions, type Unit } from '../eval/run-eval.js';
import { compareDocs, scoreUnits } from '../eval/score.js';
import { CATEGORIES, type Category, type Score } from '../eval/eval-types.js';
import { extractArticle } from '../../extractors/pipeline.js';
import type { Extraction } from '../../model/graph.schema.js';
import type { GoldArticle } from '../../model/gold.schema.js';

interface EvalOptions { gold: string; pred?: string; unit: string; json?: boolean; region?: string; details?: boolean; steps?: string }

/** `baoxun eval --gold DIR`: precision, recall and F1 per category against hand-made gold. */
export function register(program: Command): void {
  program
    .command('eval')
    .description('score extraction against gold annotations (P/R/F1 per category)')
    .requiredOption('--gold <dir>', 'directory of gold *.json files (docs/graph-model.md)')
    .option('--pred <file>', 'score these predictions (extract --format jsonl) instead of running extraction')
    .option('--unit <unit>', 'page (all gold of the page vs all predictions) or article', 'article')
    .option('--region <name>', "the paper's home jurisdiction, e.g. 平湖市")
    .option('--json', 'print JSON instead of a table')
    .option('--details', 'also list false positives and false negatives per unit')
    .option('--steps <file>', 'project steps annotated apart from the gold files (JSON: article id → steps), scored as the steps category')
    .action(async (o: EvalOptions) => {
      if (o.unit !== 'page' && o.unit !== 'article') throw new UserError(`--unit must be page or article, not ${o.unit}`);
      let gold: GoldArticle[];
      try {
        gold = readGoldDir(o.gold);
        if (o.steps) gold = overlaySteps(gold, o.steps);
      } catch (e) {
        throw new UserError((e as Error).message);
      }
      const preds = o.pred ? loadPreds(o.pred) : null;
      const region = o.region ?? null;
      const units: Unit[] = o.unit === 'article'
        ? articleUnits(gold, preds, region)
        : [pageUnit(gold, preds ?? extractPage(gold, o.gold, region))];
      const scores = scoreUnits(units);
      if (o.json) {
        const out: Record<string, unknown> = { unit: o.unit, gold: o.gold, units: units.length, scores };
        if (o.details) out.details = units.map((u) => ({ id: u.id, ...compareDocs(u.pred, u.gold) }));
        console.log(JSON.stringify(out, null, 2));
        return;
      }
      if (o.details) printDetails(units);
      printTable(scores, `${o.unit} unit, ${units.length} unit(s), gold ${o.gold}`);
    });
}

function loadPreds(file: string): Extraction[] {
  if (!existsSync(file)) throw new UserError(`predictions file not found: ${file}`);
  try {
    return readPredictions(file);
  } catch (e) {
    throw new UserError((e as Error).message);
  }
}

/** The page the gold was made from, extracted as `baoxun extract` does; the gold texts when it is not found. */
function extractPage(gold: GoldArticle[], goldDir: string, region: string | null): Extraction[] {
  const page = findPageFile(goldDir, gold[0]!.source);
  if (!page) {
    console.error(`baoxun: page ${gold[0]!.source} not found; scoring the gold articles' texts instead`);
    return gold.map((g) => extractArticle(goldInput(g), { region }));
  }
  try {
    return extractPageFile(page, gold[0]!.source, region);
  } catch (e) {
    throw new UserError((e as Error).message);
  }
}

const pct = (x: number) => x.toFixed(3);

function printTable(scores: Record<Category, Score>, caption: string): void {
  console.log(caption);
  console.log(`${'category'.padEnd(14)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)} ${'pred'.padStart(6)} ${'gold'.padStart(6)}`);
  for (const c of CATEGORIES) {
    const s = scores[c];
    // A category with nothing annotated and nothing predicted (steps in gold without `steps`) has no score.
    if (s.gold === 0 && s.pred === 0) {
      console.log(`${c.padEnd(14)} ${'n/a'.padStart(6)} ${'n/a'.padStart(6)} ${'n/a'.padStart(6)} ${'0'.padStart(6)} ${'0'.padStart(6)}`);
      continue;
    }
    console.log(`${c.padEnd(14)} ${pct(s.precision).padStart(6)} ${pct(s.recall).padStart(6)} ${pct(s.f1).padStart(6)} ${String(s.pred).padStart(6)} ${String(s.gold).padStart(6)}`);
  }
}

function printDetails(units: Unit[]): void {
  for (const u of units) {
    const r = compareDocs(u.pred, u.gold);
    const lines = CATEGORIES.flatMap((c) => {
      const m = r[c].misses;
      const out: string[] = [];
      if (m.falsePositives.length) out.push(`  ${c} FP: ${m.falsePositives.join(', ')}`);
      if (m.falseNegatives.length) out.push(`  ${c} FN: ${m.falseNegatives.join(', ')}`);
      return out;
    });
    if (lines.length) console.log(`# ${u.id}\n${lines.join('\n')}`);
  }
}
