/**
 * Pure: turns a batch of (resolved) extractions into the parameter rows of the
 * write queries in cypher/write/. No driver here, so the shapes are unit-tested.
 *
 * Provenance design (docs/decisions/graph-provenance.md): every fact is its own
 * relationship, keyed by the article that reported it, with `article`, `start`,
 * `end`, `evidence`, `extractor`. Replacing or deleting an article removes exactly
 * the relationships whose `article` is that article.
 */
import type { DatePrecision, Extraction, Props } from '../../model/graph.schema.js';
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
  /** `from>type>to`: unique per LINK (a relationship uniqueness constraint, cypher/schema.cypher). */
  key: string;
  from: string;
  to: string;
  type: string;
  count: number;
  first_seen: string | null;
  last_seen: string | null;
  /** Precision of `first_seen` / `last_seen` (the article's `published_precision`; `day` when not given). */
  first_precision: DatePrecision | null;
  last_precision: DatePrecision | null;
  first_article: string | null;
  last_article: string | null;
  articles: string[];
  /** ATTENDED only: how the person took part (`as` of the facts), sorted, each once; else empty. */
  roles: string[];
}

/** The key of the LINK of a pair and fact type (ids carry no `>`). */
export const linkKey = (from: string, type: string, to: string): string => `${from}>${type}>${to}`;

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
    const precision = datePrecision(a);
    rows.articles.push({
      id: a.id,
      props: {
        title: a.title, published: a.published, published_precision: precision, published_inferred: a.published_inferred ?? null,
        source: a.source, text: a.text, hash: a.hash ?? null,
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
      if (r.type === 'HOLDS_ROLE') Object.assign(props, { first_seen: a.published, last_seen: a.published, date_precision: precision, articles: [a.id] });
      if (!local.has(r.from)) rows.dangling++;
      else if (r.to === a.id) push(rows.toArticle, r.type, { from: r.from, to: r.to, props });
      else if (local.has(r.to)) {
        push(rows.relations, r.type, { from: r.from, to: r.to, props });
        const role = r.type === 'ATTENDED' && typeof r.props.as === 'string' ? r.props.as : null;
        addToLink(links, r.from, r.type, r.to, { id: a.id, date: a.published ?? null, precision }, role);
      } else rows.dangling++;
    }
  }
  // Sorted aliases and a total order on names: the graph must not depend on the order the
  // articles came in (a resumed ingest has to give the graph of one uninterrupted run).
  for (const e of entities.values()) e.aliases.sort();
  // In id order, so concurrent transactions lock shared entities in one order (fewer deadlocks).
  rows.entities = [...entities.values()].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  rows.links = [...links.values()].map((l) => ({
    ...l, articles: [...new Set(l.articles)].sort().slice(0, LINK_ARTICLES), roles: [...new Set(l.roles)].sort(),
  }));
  return rows;
}

/** The precision of an article's date: as the reader set it, `day` for a date without one, null without a date. */
export function datePrecision(a: Extraction['article']): DatePrecision | null {
  return a.published ? (a.published_precision ?? 'day') : null;
}

interface Dated { id: string; date: string | null; precision: DatePrecision | null }

/**
 * Folds one fact into its pair's summary. Dates compare as text (YYYY-MM-DD); between articles
 * of the same date the smaller id is the first/last article, as in cypher/write/links-refresh.cypher.
 */
function addToLink(links: Map<string, LinkRow>, from: string, type: string, to: string, a: Dated, role: string | null): void {
  const key = linkKey(from, type, to);
  let l = links.get(key);
  if (!l) {
    l = {
      key, from, to, type, count: 0, first_seen: null, last_seen: null, first_precision: null, last_precision: null,
      first_article: null, last_article: null, articles: [], roles: [],
    };
    links.set(key, l);
  }
  l.count++;
  l.articles.push(a.id);
  if (role) l.roles.push(role);
  const date = a.date;
  if (date === null) return;
  if (l.first_seen === null || date < l.first_seen || (date === l.first_seen && a.id < l.first_article!)) {
    l.first_seen = date;
    l.first_article = a.id;
    l.first_precision = a.precision;
  }
  if (l.last_seen === null || date > l.last_seen || (date === l.last_seen && a.id < l.last_article!)) {
    l.last_seen = date;
    l.last_article = a.id;
    l.last_precision = a.precision;
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
