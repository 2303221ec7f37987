/** Reads a gold directory (one JSON file per article) and, for the page unit, the page it was annotated on. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { GoldArticle } from '../../model/gold.schema.js';

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
