/**
 * Pure: turns a batch of (resolved) extractions into the parameter rows of the
 * write queries in cypher/write/. No driver here, so the shapes are unit-tested.
 *
 * Provenance design (docs/decisions/graph-provenance.md): every fact is its own
 * relationship, keyed by the article that reported it, with `article`, `start`,
 * `end`, `evidence`, `extractor`. Replacing or deleting an article removes exactly
 * the relationships whose `article` is that article.
 */
import type { Extraction, Props } from '../../model/graph.schema.js';
import { layoutProps } from './article-layout.js';

export interface ArticleRow {
  id: string;
  props: Props;
}
export interface EntityRow {
  id: string;
  label: string;
  name: string;
  props: Props;
  aliases: string[];
}
export interface RelRow {
  from: string;
  to: string;
  props: Props;
}
export interface MentionRow {
  article: string;
  entity: string;
  count: number;
  /** Flattened `[start0, end0, start1, end1, …]` (Neo4j cannot store nested lists). */
  spans: number[];
}

/**
 * One summary `LINK` per (from, type, to) of entity → entity facts (docs/graph-model.md): how
 * many facts, first and last article date, the articles of those dates, and up to
 * LINK_ARTICLES article ids (the smallest, so the value does not depend on article order).
 * Readers that want one edge per pair (tenure, timeline, two-hop) read these instead of
 * folding hundreds of per-article facts.
 */
export interface LinkRow {
  from: string;
  to: string;
  type: string;
  count: number;
  first_seen: string | null;
  last_seen: string | null;
  first_article: string | null;
  last_article: string | null;
  articles: string[];
}

/** Article ids kept on a LINK (its `count` is exact). Same cap as cypher/write/links-*.cypher. */
export const LINK_ARTICLES = 50;

export interface WriteRows {
  articles: ArticleRow[];
  entities: EntityRow[];
  /** Entity → entity relationships, grouped by type (one UNWIND per type). */
  relations: Map<string, RelRow[]>;
  /** Entity → Article relationships (WROTE, STEP), grouped by type. */
  toArticle: Map<string, RelRow[]>;
  mentions: MentionRow[];
  /** This batch's contribution to the LINK summaries, one row per pair and type. */
  links: LinkRow[];
  /** Relations dropped because an end was neither an entity nor the article. */
  dangling: number;
}

/** Extra article properties kept for corrections and audits. */
export interface ArticleExtras {
  region?: string | null;
  credits?: string[];
}

const push = <T>(m: Map<string, T[]>, k: string, v: T) => {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
};

/** Builds all rows of one write transaction. Entities seen in several articles give one row. */
export function buildRows(batch: Array<{ ex: Extraction; extras?: ArticleExtras }>): WriteRows {
  const rows: WriteRows = { articles: [], entities: [], relations: new Map(), toArticle: new Map(), mentions: [], links: [], dangling: 0 };
  const links = new Map<string, LinkRow>();
  const entities = new Map<string, EntityRow>();
  for (const { ex, extras } of batch) {
    const a = ex.article;
    rows.articles.push({
      id: a.id,
      props: {
        title: a.title, published: a.published, source: a.source, text: a.text, hash: a.hash ?? null,
        region: extras?.region ?? null, credits: extras?.credits ?? [], ...(a.layout ? layoutProps(a.layout) : {}),
      },
    });
    const local = new Set<string>();
    for (const e of ex.entities) {
      local.add(e.id);
      const prev = entities.get(e.id);
      const names = [e.name, ...aliasList(e.props.aliases)];
      if (prev) {
        for (const n of names) if (!prev.aliases.includes(n)) prev.aliases.push(n);
        if (betterName(e.name, prev.name)) prev.name = e.name;
      } else {
        const { aliases: _drop, ...props } = e.props;
        entities.set(e.id, { id: e.id, label: e.type, name: e.name, props, aliases: [...new Set(names)] });
      }
      const spans = e.mentions.flatMap(([s, t]) => [s, t]);
      rows.mentions.push({ article: a.id, entity: e.id, count: e.mentions.length, spans });
    }
    for (const r of ex.relations) {
      const props: Props = {
        ...r.props,
        article: a.id, start: r.evidence.start, end: r.evidence.end, evidence: r.evidence.text,
        extractor: r.extractor ?? null,
      };
      if (r.type === 'HOLDS_ROLE') Object.assign(props, { first_seen: a.published, last_seen: a.published, articles: [a.id] });
      if (!local.has(r.from)) rows.dangling++;
      else if (r.to === a.id) push(rows.toArticle, r.type, { from: r.from, to: r.to, props });
      else if (local.has(r.to)) {
        push(rows.relations, r.type, { from: r.from, to: r.to, props });
        addToLink(links, r.from, r.type, r.to, a.id, a.published ?? null);
      } else rows.dangling++;
    }
  }
  // Sorted aliases and a total order on names: the graph must not depend on the order the
  // articles came in (a resumed ingest has to give the graph of one uninterrupted run).
  for (const e of entities.values()) e.aliases.sort();
  rows.entities = [...entities.values()];
  rows.links = [...links.values()].map((l) => ({ ...l, articles: [...new Set(l.articles)].sort().slice(0, LINK_ARTICLES) }));
  return rows;
}

/**
 * Folds one fact into its pair's summary. Dates compare as text (YYYY-MM-DD); between articles
 * of the same date the smaller id is the first/last article, as in cypher/write/links-refresh.cypher.
 */
function addToLink(links: Map<string, LinkRow>, from: string, type: string, to: string, article: string, date: string | null): void {
  const key = `${from}\u0000${type}\u0000${to}`;
  let l = links.get(key);
  if (!l) {
    l = { from, to, type, count: 0, first_seen: null, last_seen: null, first_article: null, last_article: null, articles: [] };
    links.set(key, l);
  }
  l.count++;
  l.articles.push(article);
  if (date === null) return;
  if (l.first_seen === null || date < l.first_seen || (date === l.first_seen && article < l.first_article!)) {
    l.first_seen = date;
    l.first_article = article;
  }
  if (l.last_seen === null || date > l.last_seen || (date === l.last_seen && article < l.last_article!)) {
    l.last_seen = date;
    l.last_article = article;
  }
}

/** The longer name wins (林埭镇 over 林埭); between names of one length, the smaller one. Same rule as cypher/write/entities.cypher. */
export function betterName(candidate: string, current: string): boolean {
  return candidate.length > current.length || (candidate.length === current.length && candidate < current);
}

function aliasList(v: unknown): string[] {
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string' && x !== '');
  return typeof v === 'string' && v ? [v] : [];
}
