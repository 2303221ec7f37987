// All shortest paths (at most 6 hops; $max cuts lower) between two nodes, entities or articles,
// over distinct facts: between entities the LINK summaries (one per pair and fact type, so two
// articles saying the same thing do not make two paths), to and from articles MENTIONS, WROTE
// and STEP. A LINK comes out as its fact type with id `from|type|to` (the id the other graph
// views give the same edge), its count, dates and up to 50 article ids.
CALL {
  MATCH (a:Entity {id: $from}) RETURN a
  UNION
  MATCH (a:Article {id: $from}) RETURN a
}
CALL {
  MATCH (b:Entity {id: $to}) RETURN b
  UNION
  MATCH (b:Article {id: $to}) RETURN b
}
MATCH p = allShortestPaths((a)-[rs:LINK|MENTIONS|WROTE|STEP*..6]-(b))
WHERE length(p) <= $max
WITH p LIMIT toInteger($limit)
RETURN length(p) AS length,
  [n IN nodes(p) | {id: n.id, labels: labels(n), props: n {.*, text: null}}] AS nodes,
  [r IN relationships(p) | CASE WHEN type(r) = 'LINK' THEN {
      id: startNode(r).id + '|' + r.type + '|' + endNode(r).id, type: r.type, source: startNode(r).id, target: endNode(r).id,
      props: {count: r.count, first_seen: r.first_seen, last_seen: r.last_seen, first_precision: r.first_precision,
        last_precision: r.last_precision, roles: r.roles, article_ids: r.articles}}
    ELSE {id: elementId(r), type: type(r), source: startNode(r).id, target: endNode(r).id, props: properties(r)} END] AS rels
