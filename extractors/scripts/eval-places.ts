/**
 * Dev-time check of the place, organisation and project extractors against
 * gold files (article unit, containment matching as in graph-model.md
 * "Scoring"). Until `baoxun eval` covers these categories:
 *   npx tsx extractors/scripts/eval-places.ts DIR [--region NAME] [--verbose]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExtractContext, Extractor, Found } from '../types.js';
import { splitSentences } from '../sentences.js';
import { placeExtractor } from '../place.extractor.js';

interface Gold {
  id: string; text: string; published: string | null;
  places: string[]; organizations: string[]; projects: string[];
  meetings: Array<{ name: string }>; persons: Array<{ roles: string[] }>;
}

const norm = (s: string) => s.normalize('NFKC').replace(/\s+/g, '').replace(/^[“”"‘’']+|[“”"‘’']+$/g, '');

function score(pred: string[], gold: string[], nested: string[]): { tp: number; fp: string[]; fn: string[] } {
  const g = gold.map(norm);
  const used = new Set<number>();
  const fp: string[] = [];
  let tp = 0;
  for (const p0 of pred.map(norm)) {
    const i = g.findIndex((x, k) => !used.has(k) && (x.includes(p0) || p0.includes(x)));
    if (i >= 0) { used.add(i); tp++; continue; }
    if (g.some((x) => x.includes(p0) || p0.includes(x))) continue; // a duplicate of a matched one
    if (nested.some((n) => norm(n).includes(p0))) continue; // counts neither way
    fp.push(p0);
  }
  return { tp, fp, fn: g.filter((_, k) => !used.has(k)) };
}

async function extractors(): Promise<Array<[string, Extractor]>> {
  const out: Array<[string, Extractor]> = [['Place', placeExtractor]];
  try { out.push(['Organization', (await import('../organization.extractor.js')).organizationExtractor]); } catch { /* not yet */ }
  try { out.push(['Project', (await import('../project.extractor.js')).projectExtractor]); } catch { /* not yet */ }
  return out;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const dir = args[0]!;
  const region = args.includes('--region') ? args[args.indexOf('--region') + 1]! : null;
  const verbose = args.includes('--verbose');
  const exs = await extractors();
  const tot: Record<string, { tp: number; np: number; ng: number }> = {};
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.json')).sort()) {
    const gold = JSON.parse(readFileSync(join(dir, f), 'utf8')) as Gold;
    const found: Found = { entities: [], relations: [] };
    const ctx: ExtractContext = {
      article: { id: gold.id, title: null, published: gold.published, source: f, text: gold.text },
      region, credits: [], sentences: splitSentences(gold.text), tokenizer: { tag: () => [] }, found,
    };
    for (const [, ex] of exs) {
      const out = ex.extract(ctx);
      found.entities.push(...out.entities);
      found.relations.push(...out.relations);
    }
    const roles = gold.persons.flatMap((p) => p.roles);
    const cats: Array<[string, string[], string[]]> = [
      ['Place', gold.places, [...gold.organizations, ...gold.projects, ...gold.meetings.map((m) => m.name), ...roles]],
      ['Organization', gold.organizations, [...gold.meetings.map((m) => m.name), ...roles]],
      ['Project', gold.projects, [...gold.meetings.map((m) => m.name)]],
    ];
    for (const [type, g, nested] of cats) {
      if (!exs.some(([t]) => t === type)) continue;
      const pred = found.entities.filter((e) => e.type === type).map((e) => e.name);
      const s = score(pred, g, nested);
      const t = (tot[type] ??= { tp: 0, np: 0, ng: 0 });
      t.tp += s.tp; t.np += s.tp + s.fp.length; t.ng += g.length;
      if (verbose && (s.fp.length || s.fn.length)) console.log(`${gold.id} ${type}\n  FP ${s.fp.join(' ')}\n  FN ${s.fn.join(' ')}`);
    }
  }
  for (const [type, t] of Object.entries(tot)) {
    const p = t.np ? t.tp / t.np : 0;
    const r = t.ng ? t.tp / t.ng : 0;
    const f1 = p + r ? (2 * p * r) / (p + r) : 0;
    console.log(`${type.padEnd(13)} P=${p.toFixed(3)} R=${r.toFixed(3)} F1=${f1.toFixed(3)} (tp ${t.tp}, pred ${t.np}, gold ${t.ng})`);
  }
}

void main();
