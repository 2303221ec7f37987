// One ring of neighbours around the nodes in $ids, filtered by neighbour label ($types),
// relationship type ($relTypes) and a date window ($from/$to: overlap with the facts' first and
// last article dates, or the meeting's date, or the relationship's or article's date; undated
// ones are kept). Nodes in $exclude are skipped. One edge per neighbour, fact type and
// direction, standing for `count` facts (distinct facts, docs/graph-model.md): between entities
// the LINK summary (so a post held in 3,000 articles is read once, not 3,000 times), to and
// from articles the per-article MENTIONS, WROTE and STEP folded the same way. Neighbours
// linked by the most facts come first, entities before articles; the first $limit are returned
// whole (with their degree — distinct facts and mentions — and their edges), the rest only as
// their type labels. At most $perNode relationships of each kind are read per node (the second
// ring must not read all of a hub).
UNWIND $ids AS cid
CALL (cid) {
  MATCH (c:Entity {id: cid}) RETURN c
  UNION
  MATCH (c:Article {id: cid}) RETURN c
}
CALL (c) {
  MATCH (c)-[l:LINK]-(m:Entity)
  WHERE NOT m.id IN $exclude
    AND ($relTypes IS NULL OR l.type IN $relTypes)
    AND ($types IS NULL OR any(x IN labels(m) WHERE x IN $types))
    AND (($from IS NULL AND $to IS NULL)
      OR coalesce(m.date, l.first_seen) IS NULL
      OR (($from IS NULL OR coalesce(m.date, l.last_seen) >= $from)
        AND ($to IS NULL OR coalesce(m.date, l.first_seen) <= $to)))
  WITH l, m LIMIT toInteger($perNode)
  RETURN m, l.type AS type, startNode(l) = c AS out, l.count AS n, l.articles[..20] AS arts,
    l {.count, .first_seen, .last_seen, .first_precision, .last_precision, .roles} AS props
  UNION ALL
  MATCH (c)-[r:MENTIONS|WROTE|STEP]-(m)
  WHERE NOT m.id IN $exclude
    AND ($relTypes IS NULL OR type(r) IN $relTypes)
    AND ($types IS NULL OR any(x IN labels(m) WHERE x IN $types))
    AND (($from IS NULL AND $to IS NULL)
      OR coalesce(r.date, m.date, m.published) IS NULL
      OR (($from IS NULL OR coalesce(r.date, m.date, m.published) >= $from)
        AND ($to IS NULL OR coalesce(r.date, m.date, m.published) <= $to)))
  WITH r, m LIMIT toInteger($perNode)
  RETURN m, type(r) AS type, startNode(r) = c AS out, 1 AS n, [x IN [r.article] WHERE x IS NOT NULL] AS arts,
    r {.*, evidence: null, spans: null} AS props
}
WITH c, m, type, out, sum(n) AS n, head(collect(props)) AS props, reduce(a = [], x IN collect(arts) | a + x)[..20] AS arts
WITH m, collect({type: type, out: out, n: n, props: props, arts: arts, c: c.id}) AS links, sum(n) AS facts
ORDER BY facts DESC, CASE WHEN m:Article THEN 1 ELSE 0 END, m.id
WITH collect({m: m, links: links}) AS found
WITH found[..toInteger($limit)] AS first,
  [x IN found[toInteger($limit)..] | head([l IN labels(x.m) WHERE l <> 'Entity'])] AS rest
RETURN COLLECT {
  UNWIND first AS x
  WITH x, x.m AS m
  RETURN {
    id: m.id, labels: labels(m), props: m {.*, text: null},
    degree: COUNT { (m)-[:LINK]-() } + COUNT { (m)-[:MENTIONS]-() } + COUNT { (m)-[:WROTE]-() } + COUNT { (m)-[:STEP]-() },
    rels: [l IN x.links | {
      id: CASE WHEN l.out THEN l.c + '|' + l.type + '|' + m.id ELSE m.id + '|' + l.type + '|' + l.c END,
      type: l.type, source: CASE WHEN l.out THEN l.c ELSE m.id END, target: CASE WHEN l.out THEN m.id ELSE l.c END,
      props: l.props, count: l.n, article_ids: l.arts
    }]
  }
} AS shown, rest
