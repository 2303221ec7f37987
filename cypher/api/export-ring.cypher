// The ids of the next ring of neighbours around $ids (nodes in $seen skipped), at most $limit.
UNWIND $ids AS nid
CALL {
  WITH nid MATCH (c:Entity {id: nid}) RETURN c
  UNION
  WITH nid MATCH (c:Article {id: nid}) RETURN c
}
MATCH (c)--(m)
WHERE NOT m.id IN $seen
RETURN DISTINCT m.id AS id
LIMIT toInteger($limit)
