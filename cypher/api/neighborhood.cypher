// One ring of neighbours around the nodes in $ids, filtered by neighbour label ($types),
// relationship type ($relTypes) and a date window ($from/$to: overlap with the
// relationship's first/last date, else its date, else the neighbour's date; undated
// relationships are kept). Nodes in $exclude are skipped. Neighbours linked by the most
// facts come first, entities before articles; the first $limit are returned whole (with
// their degree and one edge per relationship type and direction, carrying `count`), the
// rest only as their type labels. Maps are built for the first $limit only: a hub can
// have tens of thousands of neighbours. LINK summaries are left out (they repeat the facts).
UNWIND $ids AS cid
CALL {
  WITH cid MATCH (c:Entity {id: cid}) RETURN c
  UNION
  WITH cid MATCH (c:Article {id: cid}) RETURN c
}
CALL {
  // At most $perNode relationships per node: the second ring must not read all of a hub.
  WITH c
  MATCH (c)-[r]-(m)
  WHERE NOT m.id IN $exclude AND type(r) <> 'LINK'
    AND ($relTypes IS NULL OR type(r) IN $relTypes)
    AND ($types IS NULL OR any(l IN labels(m) WHERE l IN $types))
    AND (($from IS NULL AND $to IS NULL)
      OR coalesce(r.first_seen, r.date, m.date, m.published) IS NULL
      OR (($from IS NULL OR coalesce(r.last_seen, r.date, m.date, m.published) >= $from)
        AND ($to IS NULL OR coalesce(r.first_seen, r.date, m.date, m.published) <= $to)))
  RETURN r, m LIMIT toInteger($perNode)
}
// Parallel facts (one relationship per article) become one link per type and direction,
// with their count, up to 20 article ids and one of them as the sample for the properties.
WITH c, m, type(r) AS type, startNode(r) = c AS out, collect(r) AS rs
WITH m, collect({type: type, out: out, n: size(rs), rs: rs[..20], c: c.id}) AS links, sum(size(rs)) AS facts
ORDER BY facts DESC, CASE WHEN m:Article THEN 1 ELSE 0 END, m.id
WITH collect({m: m, links: links}) AS found
WITH found[..toInteger($limit)] AS first,
  [x IN found[toInteger($limit)..] | head([l IN labels(x.m) WHERE l <> 'Entity'])] AS rest
RETURN COLLECT {
  UNWIND first AS x
  WITH x, x.m AS m
  RETURN {
    id: m.id, labels: labels(m), props: m {.*, text: null}, degree: COUNT { (m)--() } - COUNT { (m)-[:LINK]-() },
    rels: [l IN x.links | {
      id: CASE WHEN l.out THEN l.c + '|' + l.type + '|' + m.id ELSE m.id + '|' + l.type + '|' + l.c END,
      type: l.type, source: CASE WHEN l.out THEN l.c ELSE m.id END, target: CASE WHEN l.out THEN m.id ELSE l.c END,
      props: properties(head(l.rs)), count: l.n, article_ids: [x IN l.rs WHERE x.article IS NOT NULL | x.article]
    }]
  }
} AS shown, rest
