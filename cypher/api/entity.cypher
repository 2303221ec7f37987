// One node (entity or article) by id: its properties (without the article text), counts of
// distinct facts per type and direction, evidence sentences with their articles, and the
// articles that mention it (newest first).
// Counts are distinct facts (docs/graph-model.md): between entities one per pair and type —
// the LINK summaries (a post held, a meeting attended, however many articles say so) — and
// per article for MENTIONS, WROTE and STEP (each is one article's); degree-store counts, so
// a hub's thousands of mentions are not read.
CALL {
  MATCH (n:Entity {id: $id}) RETURN n
  UNION
  MATCH (n:Article {id: $id}) RETURN n
}
WITH n LIMIT 1
CALL (n) {
  MATCH (n)-[l:LINK]->() WITH l.type AS t, count(*) AS c
  RETURN collect({type: t, direction: 'out', count: c}) AS outs
}
CALL (n) {
  MATCH (n)<-[l:LINK]-() WITH l.type AS t, count(*) AS c
  RETURN collect({type: t, direction: 'in', count: c}) AS ins
}
WITH n, outs, ins, [x IN [
    {type: 'MENTIONS', direction: 'out', count: COUNT { (n)-[:MENTIONS]->() }},
    {type: 'MENTIONS', direction: 'in', count: COUNT { (n)<-[:MENTIONS]-() }},
    {type: 'WROTE', direction: 'out', count: COUNT { (n)-[:WROTE]->() }},
    {type: 'WROTE', direction: 'in', count: COUNT { (n)<-[:WROTE]-() }},
    {type: 'STEP', direction: 'out', count: COUNT { (n)-[:STEP]->() }},
    {type: 'STEP', direction: 'in', count: COUNT { (n)<-[:STEP]-() }}
  ] WHERE x.count > 0] AS perArticle
CALL (n, outs, ins, perArticle) {
  // Up to 20 sentences per fact type (a hub has tens of thousands of facts: read only as many
  // as are shown). The types come from the counts (MENTIONS carry spans,
  // not sentences), so a hub's relationships are not all read to find them.
  UNWIND COLLECT { UNWIND outs + ins + perArticle AS x WITH x.type AS t WHERE t <> 'MENTIONS' RETURN DISTINCT t } AS t
  CALL (n, t) {
    MATCH (n)-[r]-(o) WHERE type(r) = t AND r.evidence IS NOT NULL
    WITH r, o LIMIT 20
    RETURN r, o
  }
  WITH n, r, o, startNode(r) = n AS out
  OPTIONAL MATCH (a:Article {id: r.article})
  // Sentences located in their article first (a page's credits carry no offsets), newest first.
  WITH r, o, out, a ORDER BY coalesce(r.end, 0) > coalesce(r.start, 0) DESC, a.published DESC, r.article, r.start
  LIMIT toInteger($maxEvidence)
  RETURN collect({
    relType: type(r), direction: CASE WHEN out THEN 'out' ELSE 'in' END,
    other: {id: o.id, labels: labels(o), name: coalesce(o.name, o.title, o.id)},
    text: r.evidence, start: r.start, end: r.end, low_confidence: coalesce(r.low_confidence, false),
    article: CASE WHEN a IS NULL THEN null ELSE a {.id, .title, .published} END
  }) AS evidence
}
CALL (n) {
  MATCH (a:Article)-[:MENTIONS]->(n)
  WITH a ORDER BY a.published DESC LIMIT 50
  RETURN collect(a {.id, .title, .published}) AS articles
}
RETURN n.id AS id, labels(n) AS labels, properties(n) AS props, outs + ins + perArticle AS rels, evidence, articles
