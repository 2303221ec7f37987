/** Reads a gold directory (one JSON file per article) and, for the page unit, the page it was annotated on. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { GoldArticle, GoldStep } from '../../model/gold.schema.js';

/** Every `*.json` of `dir`, parsed and checked; throws a one-line error naming the bad file. */
export function readGoldDir(dir: string): GoldArticle[] {
  if (!existsSync(dir)) throw new Error(`gold directory not found: ${dir}`);
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  if (files.length === 0) throw new Error(`no gold *.json files in ${dir}`);
  return files.map((f) => {
    const path = join(dir, f);
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(path, 'utf8'));
    } catch (e) {
      throw new Error(`${path}: not valid JSON (${(e as Error).message})`);
    }
    const parsed = GoldArticle.safeParse(raw);
    if (!parsed.success) throw new Error(`${path}: not a gold article (${parsed.error.issues[0]?.message})`);
    return parsed.data;
  });
}

/** The page file named by the gold files' `source`: next to the gold dir, in it, or in data/samples/. */
export function findPageFile(goldDir: string, source: string): string | null {
  const candidates = [join(dirname(goldDir), source), join(goldDir, source), join('data/samples', source), source];
  return candidates.find((c) => existsSync(c)) ?? null;
}

/** A steps file: project steps annotated apart from gold files that carry none (article id → steps). */
const StepsFile = z.record(z.string(), z.array(GoldStep));

/**
 * The gold articles with the steps of `file` (`{ "<article id>": [{project, stage, date}] }`): the
 * articles it lists carry those steps (and are scored on them), the others keep their own.
 * Throws a one-line error naming the file and the reason (bad JSON, bad shape, unknown id).
 */
export function overlaySteps(gold: GoldArticle[], file: string): GoldArticle[] {
  if (!existsSync(file)) throw new Error(`steps file not found: ${file}`);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`${file}: not valid JSON (${(e as Error).message})`);
  }
  const parsed = StepsFile.safeParse(raw);
  if (!parsed.success) throw new Error(`${file}: not a steps file (${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message})`);
  const ids = new Set(gold.map((g) => g.id));
  const unknown = Object.keys(parsed.data).filter((id) => !ids.has(id));
  if (unknown.length) throw new Error(`${file}: no gold article with id ${unknown.join(', ')}`);
  return gold.map((g) => (parsed.data[g.id] ? { ...g, steps: parsed.data[g.id] } : g));
}
