// Nodes (entities or articles) by id, as {id, labels, props} without article text.
UNWIND $ids AS nid
CALL {
  WITH nid MATCH (n:Entity {id: nid}) RETURN n
  UNION
  WITH nid MATCH (n:Article {id: nid}) RETURN n
}
RETURN n.id AS id, labels(n) AS labels, n {.*, text: null} AS props
