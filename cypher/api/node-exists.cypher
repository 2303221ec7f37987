// Whether a node (entity or article) with this id exists, and its labels.
CALL {
  MATCH (n:Entity {id: $id}) RETURN n
  UNION
  MATCH (n:Article {id: $id}) RETURN n
}
RETURN n.id AS id, labels(n) AS labels LIMIT 1
