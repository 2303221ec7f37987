/** The synthetic corpus generator: deterministic by seed, careers that move, the files ingest expects. */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../server/corpus/generate.js';
import { makeCast } from '../../server/corpus/cast.js';
import { Rng } from '../../server/corpus/random.js';

const dirs: string[] = [];
const tmp = async () => {
  const d = await mkdtemp(join(tmpdir(), 'baoxun-corpus-test-'));
  dirs.push(d);
  return d;
};
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

async function contents(dir: string): Promise<string[]> {
  const names = (await readdir(dir)).sort();
  return Promise.all(names.map(async (n) => `${n}\n${await readFile(join(dir, n), 'utf8')}`));
}

describe('corpus generate', () => {
  it('gives byte-identical files for the same seed, other files for another', async () => {
    const [a, b, c] = [await tmp(), await tmp(), await tmp()];
    await generateCorpus({ articles: 60, out: a, seed: 5 });
    await generateCorpus({ articles: 60, out: b, seed: 5 });
    await generateCorpus({ articles: 60, out: c, seed: 6 });
    expect(await contents(a)).toEqual(await contents(b));
    expect(await contents(a)).not.toEqual(await contents(c));
  });

  it('writes dated single articles and pages, with credit lines, and a hidden truth file', async () => {
    const d = await tmp();
    const s = await generateCorpus({ articles: 80, out: d, seed: 1, pages: 0.5 });
    const names = await readdir(d);
    expect(names).toContain('.corpus-truth.json');
    expect(names.some((n) => /^\d{4}-\d{2}-\d{2}_p\d{6}\.txt$/.test(n))).toBe(true);
    expect(names.some((n) => /^\d{4}-\d{2}-\d{2}_a\d{6}\.txt$/.test(n))).toBe(true);
    expect(s.files).toBe(names.length - 1);
    const one = await readFile(join(d, names.find((n) => n.includes('_a'))!), 'utf8');
    expect(one).toMatch(/^.+\n\n本报讯（记者 \S+/);
  });

  it('moves officials up over the years', () => {
    const cast = makeCast(new Rng(3), 2015, 2024);
    const first = cast.holders.get(2015)!;
    const last = cast.holders.get(2024)!;
    expect([...first.keys()].some((k) => first.get(k) !== last.get(k))).toBe(true);
    // Someone who held a lower post earlier holds a higher one later.
    const tierOf = new Map(cast.posts.map((p) => [p.title, p.tier]));
    const byPerson = new Map<string, number[]>();
    for (const t of cast.tenures) byPerson.set(t.person, [...(byPerson.get(t.person) ?? []), tierOf.get(t.post)!]);
    expect([...byPerson.values()].some((tiers) => new Set(tiers).size > 1)).toBe(true);
  });
});
