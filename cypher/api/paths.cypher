// All shortest paths (at most 6 hops; $max cuts lower) between two nodes, entities or articles.
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
// LINK summaries (one per pair and fact type) are left out: they repeat the facts.
MATCH p = allShortestPaths((a)-[rs*..6]-(b))
WHERE length(p) <= $max AND none(r IN rs WHERE type(r) = 'LINK')
WITH p LIMIT toInteger($limit)
RETURN length(p) AS length,
  [n IN nodes(p) | {id: n.id, labels: labels(n), props: n {.*, text: null}}] AS nodes,
  [r IN relationships(p) | {id: elementId(r), type: type(r), source: startNode(r).id, target: endNode(r).id,
    props: properties(r)}] AS rels
