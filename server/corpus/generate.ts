/**
 * `baoxun corpus generate`: a deterministic synthetic corpus (see docs/corpus.md). Articles
 * are spread evenly over ten years; most are written one per file (`DATE_aNNNNNN.txt`: title
 * line, blank line, body), some are gathered on newspaper pages (`DATE_pNNNNNN.txt`: a page
 * header, then 2–4 articles, each a title line and its body). The truth (every tenure) goes
 * to the hidden `.corpus-truth.json`, which ingest skips.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { makeCast } from './cast.js';
import { CITY, PAPER } from './names.js';
import { Rng } from './random.js';
import { story, type Story } from './stories.js';

export interface CorpusOptions {
  articles: number;
  out: string;
  seed?: number;
  /** Share of articles printed on multi-article pages (default 0.2). */
  pages?: number;
  firstYear?: number;
  lastYear?: number;
}

export interface CorpusSummary {
  articles: number;
  files: number;
  pages: number;
  people: number;
  region: string;
  out: string;
}

const DAY = 86_400_000;

function dateOf(i: number, n: number, first: number, last: number): string {
  const t0 = Date.UTC(first, 0, 1);
  const span = Date.UTC(last, 11, 31) - t0;
  return new Date(t0 + Math.floor(((i + 0.5) / n) * (span / DAY)) * DAY).toISOString().slice(0, 10);
}

const asArticle = (s: Story) => `${s.title}\n\n${s.body}\n`;

export async function generateCorpus(o: CorpusOptions): Promise<CorpusSummary> {
  const rng = new Rng(o.seed ?? 1);
  const first = o.firstYear ?? 2015;
  const last = o.lastYear ?? 2024;
  const cast = makeCast(rng, first, last);
  const projects = new Map<string, number>();
  await mkdir(o.out, { recursive: true });
  let files = 0;
  let pages = 0;
  let i = 0;
  while (i < o.articles) {
    const date = dateOf(i, o.articles, first, last);
    const onPage = rng.chance(o.pages ?? 0.2) && o.articles - i >= 2;
    const n = onPage ? Math.min(rng.int(2, 4), o.articles - i) : 1;
    const stories = Array.from({ length: n }, () => story(rng, cast, date, projects));
    const num = String(files).padStart(6, '0');
    if (onPage) {
      const header = `${PAPER}  ${date}  第${rng.int(1, 8)}版：${rng.pick(['要闻', '综合', '镇街', '民生'])}\n\n`;
      await writeFile(join(o.out, `${date}_p${num}.txt`), header + stories.map(asArticle).join('\n\n'));
      pages++;
    } else {
      await writeFile(join(o.out, `${date}_a${num}.txt`), asArticle(stories[0]!));
    }
    files++;
    i += n;
  }
  const people = new Set(cast.tenures.map((t) => t.person)).size;
  const truth = { region: CITY, seed: o.seed ?? 1, articles: o.articles, towns: cast.towns, tenures: cast.tenures };
  await writeFile(join(o.out, '.corpus-truth.json'), JSON.stringify(truth, null, 1));
  return { articles: o.articles, files, pages, people, region: CITY, out: o.out };
}
