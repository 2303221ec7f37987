/**
 * The people of the synthetic corpus and the posts they hold, year by year. Posts form tiers;
 * each year some holders leave and vacancies are filled from the tier below (a vacancy
 * chain), so officials rise over the years (镇长 → 党委书记 → 副市长 → 常务副市长 → 市长 …),
 * the way they do in a county paper's archive.
 */
import { BUREAUS, CITY, personName, townNames } from './names.js';
import type { Rng } from './random.js';

export interface Post {
  key: string;
  /** The post as printed before a name (`市委副书记、市长`). */
  title: string;
  /** The short way to print it, when there is one (`市委常委、组织部长`). */
  short?: string;
  tier: number;
  town?: string;
}

export interface Cast {
  towns: string[];
  posts: Post[];
  /** year → post key → person name */
  holders: Map<number, Map<string, string>>;
  /** Every tenure, for the truth file: who held what from which year to which year. */
  tenures: Array<{ person: string; post: string; from: number; to: number }>;
  reporters: string[];
}

function cityPosts(): Post[] {
  const p = (key: string, title: string, tier: number, short?: string): Post => ({ key, title, tier, short });
  return [
    p('secretary', '市委书记', 0),
    p('mayor', '市委副书记、市长', 1),
    p('deputy-secretary', '市委副书记', 2),
    p('exec-vice-mayor', '市委常委、常务副市长', 2),
    p('congress', '市人大常委会主任', 2),
    p('cppcc', '市政协主席', 2),
    ...[1, 2, 3, 4].map((i) => p(`vice-mayor-${i}`, '副市长', 3)),
    p('organization', '市委常委、组织部部长', 3, '市委常委、组织部长'),
    p('propaganda', '市委常委、宣传部部长', 3, '市委常委、宣传部长'),
    p('discipline', '市委常委、市纪委书记', 3),
    ...BUREAUS.map((b, i) => p(`bureau-${i}`, `市${b.full}局长`, 5, `市${b.short}局长`)),
  ];
}

function townPosts(towns: string[]): Post[] {
  return towns.flatMap((t) => {
    const street = t.endsWith('街道');
    return [
      { key: `${t}-secretary`, title: `${t}${street ? '党工委书记' : '党委书记'}`, tier: 4, town: t },
      { key: `${t}-head`, title: `${t}${street ? '办事处主任' : '镇长'}`, tier: 5, town: t },
    ];
  });
}

export function makeCast(rng: Rng, firstYear: number, lastYear: number): Cast {
  const towns = townNames(rng, 10);
  const posts = [...cityPosts(), ...townPosts(towns)];
  const used = new Set<string>();
  const fresh = () => {
    for (;;) {
      const n = personName(rng);
      if (!used.has(n)) {
        used.add(n);
        return n;
      }
    }
  };
  const cur = new Map<string, string>(posts.map((p) => [p.key, fresh()]));
  const since = new Map<string, number>(posts.map((p) => [p.key, firstYear]));
  const tenures: Cast['tenures'] = [];
  const holders = new Map<number, Map<string, string>>();
  const byTier = (tier: number) => posts.filter((p) => p.tier === tier);
  for (let year = firstYear; year <= lastYear; year++) {
    if (year > firstYear) {
      for (const post of [...posts].sort((a, b) => a.tier - b.tier)) {
        if (since.get(post.key) === year || !rng.chance(post.tier <= 1 ? 0.2 : 0.3)) continue;
        // The holder leaves; the post is filled from the tier below (or by a newcomer).
        const leaving = cur.get(post.key)!;
        tenures.push({ person: leaving, post: post.title, from: since.get(post.key)!, to: year - 1 });
        const below = byTier(post.tier + 1).filter((p) => p.tier > post.tier);
        const from = below.length > 0 && rng.chance(0.7) ? rng.pick(below) : null;
        if (from) {
          const mover = cur.get(from.key)!;
          tenures.push({ person: mover, post: from.title, from: since.get(from.key)!, to: year - 1 });
          cur.set(post.key, mover);
          cur.set(from.key, fresh());
          since.set(from.key, year);
        } else cur.set(post.key, fresh());
        since.set(post.key, year);
      }
    }
    holders.set(year, new Map(cur));
  }
  for (const p of posts) tenures.push({ person: cur.get(p.key)!, post: p.title, from: since.get(p.key)!, to: lastYear });
  const reporters = Array.from({ length: 14 }, fresh);
  return { towns, posts, holders, tenures, reporters };
}

/** The city the corpus is about (the `--region` to ingest it with). */
export const corpusRegion = CITY;
