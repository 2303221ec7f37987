// Nodes by id, without article texts, for export.
UNWIND $ids AS nid
CALL {
  WITH nid MATCH (n:Entity {id: nid}) RETURN n
  UNION
  WITH nid MATCH (n:Article {id: nid}) RETURN n
}
RETURN n.id AS id, labels(n) AS labels, n {.*, text: null} AS properties
