// The whole graph (up to $limit nodes), without article texts, for export.
MATCH (n) WHERE n:Entity OR n:Article
WITH n ORDER BY n.id LIMIT toInteger($limit)
WITH collect(n) AS ns
RETURN [n IN ns | {id: n.id, labels: labels(n), properties: n {.*, text: null}}] AS nodes,
  size(ns) = toInteger($limit) AS maybeTruncated,
  COLLECT {
    UNWIND ns AS a
    MATCH (a)-[r]->(b)
    RETURN {id: elementId(r), type: type(r), source: a.id, target: b.id, properties: properties(r)}
  } AS edges
