// Nodes by id and the relationships among them, without article texts, for export.
UNWIND $ids AS nid
CALL {
  WITH nid MATCH (n:Entity {id: nid}) RETURN n
  UNION
  WITH nid MATCH (n:Article {id: nid}) RETURN n
}
WITH collect(n) AS ns
RETURN [n IN ns | {id: n.id, labels: labels(n), properties: n {.*, text: null}}] AS nodes,
  COLLECT {
    UNWIND ns AS a
    MATCH (a)-[r]->(b) WHERE b IN ns
    RETURN {id: elementId(r), type: type(r), source: a.id, target: b.id, properties: properties(r)}
  } AS edges
