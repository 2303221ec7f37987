/**
 * The write side's Cypher without a database: the schema is safe to re-apply, every query the
 * graph store names exists, and the rows built for one transaction have the right shape.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cypher, statements } from '../../server/graph/cypher-files.js';
import { buildRows } from '../../server/graph/write-rows.js';
import type { Extraction } from '../../model/graph.schema.js';

describe('cypher/schema.cypher', () => {
  const stmts = statements('schema');
  it('only creates, and only if missing', () => {
    expect(stmts.length).toBeGreaterThan(10);
    for (const s of stmts) expect(s).toMatch(/^CREATE (CONSTRAINT|INDEX|FULLTEXT INDEX) \w+ IF NOT EXISTS/);
  });
  it('has a uniqueness constraint on id for every label and the cjk full-text index', () => {
    for (const l of ['Entity', 'Article', 'Person', 'Role', 'Place', 'Organization', 'Project', 'Meeting', 'Judgement']) {
      expect(stmts.some((s) => s.includes(`(n:${l}) REQUIRE n.id IS UNIQUE`))).toBe(true);
    }
    expect(stmts.find((s) => s.includes('search_text'))).toContain("'cjk'");
  });
});

describe('named queries of the graph store', () => {
  it('exist for every name used in server/graph', () => {
    const dir = join(process.cwd(), 'server/graph');
    const files = [...readdirSync(dir).map((f) => join(dir, f)), ...readdirSync(join(dir, 'queries')).map((f) => join(dir, 'queries', f))].filter((f) => f.endsWith('.ts'));
    const names = new Set<string>();
    for (const f of files) for (const m of readFileSync(f, 'utf8').matchAll(/'((?:write|admin|tenure)\/[a-z0-9-]+)'/g)) names.add(m[1]!);
    expect(names.size).toBeGreaterThan(10);
    for (const n of names) expect(() => cypher(n), n).not.toThrow();
  });
});

describe('buildRows', () => {
  const ex: Extraction = {
    article: { id: 'A', title: 't', published: '2020-05-06', source: 's.txt', text: '张明出席。', hash: 'h' },
    entities: [
      { id: 'p', type: 'Person', name: '张明', props: {}, mentions: [[0, 2], [3, 5]] },
      { id: 'r', type: 'Role', name: '副市长', props: { aliases: ['副市长'] }, mentions: [] },
    ],
    relations: [
      { type: 'HOLDS_ROLE', from: 'p', to: 'r', props: {}, evidence: { start: 0, end: 5, text: '张明出席。' }, extractor: 'x' },
      { type: 'WROTE', from: 'p', to: 'A', props: { as: '记者' }, evidence: { start: 0, end: 2, text: '张明' } },
      { type: 'ATTENDED', from: 'p', to: 'nowhere', props: {}, evidence: { start: 0, end: 2, text: '张明' } },
    ],
  };
  const rows = buildRows([{ ex, extras: { region: '平湖市' } }]);
  it('puts provenance and tenure on facts, and groups them by type', () => {
    expect(rows.relations.get('HOLDS_ROLE')).toEqual([{ from: 'p', to: 'r', props: {
      article: 'A', start: 0, end: 5, evidence: '张明出席。', extractor: 'x', first_seen: '2020-05-06', last_seen: '2020-05-06', date_precision: 'day', articles: ['A'] } }]);
    expect(rows.toArticle.get('WROTE')?.[0]?.props).toMatchObject({ as: '记者', article: 'A' });
    expect(rows.dangling).toBe(1);
  });
  it('mentions every entity with flattened spans', () => {
    expect(rows.mentions).toEqual([
      { article: 'A', entity: 'p', count: 2, spans: [0, 2, 3, 5] },
      { article: 'A', entity: 'r', count: 0, spans: [] },
    ]);
    expect(rows.entities.find((e) => e.id === 'r')).toMatchObject({ label: 'Role', aliases: ['副市长'], props: {} });
    expect(rows.articles[0]!.props).toMatchObject({ region: '平湖市', hash: 'h', published: '2020-05-06' });
  });
});

describe('buildRows does not depend on article order', () => {
  // Two invented articles naming one town in two forms; a resumed ingest may see them in either order.
  const art = (id: string, name: string, aliases: string[]): Extraction => ({
    article: { id, title: null, published: '2021-03-01', source: `${id}.txt`, text: `${name}召开会议。` },
    entities: [{ id: 'plc_town', type: 'Place', name, props: { level: 'township', aliases }, mentions: [[0, name.length]] }],
    relations: [],
  });
  const a = art('a1', '青石镇', ['青石镇']);
  const b = art('a2', '青石', ['青石', '青石乡旧称']);
  it('gives the same name and sorted aliases either way', () => {
    const one = buildRows([{ ex: a }, { ex: b }]).entities[0]!;
    const two = buildRows([{ ex: b }, { ex: a }]).entities[0]!;
    expect(one.name).toBe('青石镇');
    expect(one).toEqual(two);
    expect(one.aliases).toEqual(['青石', '青石乡旧称', '青石镇'].sort());
  });
  it('breaks ties between names of one length the same way either way', () => {
    const c = art('a3', '白石镇', ['白石镇']);
    expect(buildRows([{ ex: a }, { ex: c }]).entities[0]!.name).toBe(buildRows([{ ex: c }, { ex: a }]).entities[0]!.name);
  });
});
