// One node (entity or article) by id: its properties (without the article text),
// relationship counts per type and direction, evidence sentences with their articles,
// and the articles that mention it (newest first). LINK summaries are not counted.
CALL {
  MATCH (n:Entity {id: $id}) RETURN n
  UNION
  MATCH (n:Article {id: $id}) RETURN n
}
WITH n LIMIT 1
CALL {
  WITH n
  MATCH (n)-[r]->() WHERE type(r) <> 'LINK' WITH type(r) AS t, count(*) AS c
  RETURN collect({type: t, direction: 'out', count: c}) AS outs
}
CALL {
  WITH n
  MATCH (n)<-[r]-() WHERE type(r) <> 'LINK' WITH type(r) AS t, count(*) AS c
  RETURN collect({type: t, direction: 'in', count: c}) AS ins
}
CALL {
  // Up to 20 sentences per relationship type (a hub has tens of thousands of facts: read
  // only as many as are shown), newest article first.
  WITH n
  MATCH (n)-[r]-()
  WITH DISTINCT n, type(r) AS t
  CALL {
    WITH n, t
    MATCH (n)-[r]-(o) WHERE type(r) = t AND r.evidence IS NOT NULL
    WITH r, o LIMIT 20
    RETURN r, o
  }
  WITH n, r, o, startNode(r) = n AS out
  OPTIONAL MATCH (a:Article {id: r.article})
  WITH r, o, out, a ORDER BY a.published DESC LIMIT toInteger($maxEvidence)
  RETURN collect({
    relType: type(r), direction: CASE WHEN out THEN 'out' ELSE 'in' END,
    other: {id: o.id, labels: labels(o), name: coalesce(o.name, o.title, o.id)},
    text: r.evidence, start: r.start, end: r.end, low_confidence: coalesce(r.low_confidence, false),
    article: CASE WHEN a IS NULL THEN null ELSE a {.id, .title, .published} END
  }) AS evidence
}
CALL {
  WITH n
  MATCH (a:Article)-[:MENTIONS]->(n)
  WITH a ORDER BY a.published DESC LIMIT 50
  RETURN collect(a {.id, .title, .published}) AS articles
}
RETURN n.id AS id, labels(n) AS labels, properties(n) AS props, outs + ins AS rels, evidence, articles
