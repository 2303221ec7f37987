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

export interface WriteRows {
  articles: ArticleRow[];
  entities: EntityRow[];
  /** Entity → entity relationships, grouped by type (one UNWIND per type). */
  relations: Map<string, RelRow[]>;
  /** Entity → Article relationships (WROTE, STEP), grouped by type. */
  toArticle: Map<string, RelRow[]>;
  mentions: MentionRow[];
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
  const rows: WriteRows = { articles: [], entities: [], relations: new Map(), toArticle: new Map(), mentions: [], dangling: 0 };
  const entities = new Map<string, EntityRow>();
  for (const { ex, extras } of batch) {
    const a = ex.article;
    rows.articles.push({
      id: a.id,
      props: {
        title: a.title, published: a.published, source: a.source, text: a.text, hash: a.hash ?? null,
        region: extras?.region ?? null, credits: extras?.credits ?? [],
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
      else if (local.has(r.to)) push(rows.relations, r.type, { from: r.from, to: r.to, props });
      else rows.dangling++;
    }
  }
  // Sorted aliases and a total order on names: the graph must not depend on the order the
  // articles came in (a resumed ingest has to give the graph of one uninterrupted run).
  for (const e of entities.values()) e.aliases.sort();
  rows.entities = [...entities.values()];
  return rows;
}

/** The longer name wins (林埭镇 over 林埭); between names of one length, the smaller one. Same rule as cypher/write/entities.cypher. */
export function betterName(candidate: string, current: string): boolean {
  return candidate.length > current.length || (candidate.length === current.length && candidate < current);
}

function aliasList(v: unknown): string[] {
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string' && x !== '');
  return typeof v === 'string' && v ? [v] : [];
}
