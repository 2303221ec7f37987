/**
 * Builds the scoring units for `baoxun eval`: runs extraction on the gold
 * inputs (or takes predictions from a JSONL file) and pairs them with gold.
 */
import { readFileSync } from 'node:fs';
import { Extraction } from '../../model/graph.schema.js';
import type { GoldArticle } from '../../model/gold.schema.js';
import type { RawArticle } from '../../extractors/types.js';
import { readInput } from '../../extractors/readers/index.js';
import { extractArticle } from '../../extractors/pipeline.js';
import { extractionToDoc, goldToDoc, mergeDocs } from './to-eval-doc.js';
import type { EvalDoc } from './eval-types.js';
import { normName } from './normalize.js';

export interface Unit { id: string; pred: EvalDoc; gold: EvalDoc }

/** One gold article as extraction input (article unit: its text, title and date). */
export function goldInput(g: GoldArticle): RawArticle {
  return { article: { id: g.id, title: g.title, published: g.published, source: g.source, text: g.text }, credits: [] };
}

/** Reads `baoxun extract --format jsonl` output; a bad line is an error naming the line. */
export function readPredictions(file: string): Extraction[] {
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l, i) => {
    try {
      return Extraction.parse(JSON.parse(l));
    } catch (e) {
      throw new Error(`${file}:${i + 1}: not an extraction line (${(e as Error).message.split('\n')[0]})`);
    }
  });
}

/** Article unit: each gold file against the prediction for the same article (by id or text). */
export function articleUnits(gold: GoldArticle[], preds: Extraction[] | null, region: string | null): Unit[] {
  return gold.map((g) => {
    let pred: Extraction | undefined;
    if (preds) {
      const t = normName(g.text);
      pred = preds.find((p) => p.article.id === g.id) ?? preds.find((p) => normName(p.article.text) === t);
    } else pred = extractArticle(goldInput(g), { region });
    const empty: EvalDoc = { persons: [], places: [], organizations: [], projects: [], meetings: [], bylines: [], steps: [] };
    return { id: g.id, pred: pred ? extractionToDoc(pred) : empty, gold: goldToDoc(g) };
  });
}

/**
 * A page file read and extracted exactly as `baoxun extract` and `ingest` do (readInput, then
 * extractArticle per article; credits tied to no article come with every article of the page),
 * so that eval scores what the product prints and stores. `source` is the path the gold names.
 */
export function extractPageFile(path: string, source: string, region: string | null): Extraction[] {
  const out = readInput(source, readFileSync(path), {});
  if (!out.ok) throw new Error(`${path}: ${out.error}`);
  return out.articles.map((raw) => extractArticle(raw, { region }));
}

/** Page unit: all gold of the page against all predictions for the page. */
export function pageUnit(gold: GoldArticle[], preds: Extraction[]): Unit {
  return {
    id: gold[0]?.source ?? 'page',
    pred: mergeDocs(preds.map(extractionToDoc)),
    gold: mergeDocs(gold.map((g) => goldToDoc(g, true))),
  };
}
