// The relationships going out of the nodes in $ids, row by row; the caller keeps those
// whose target is in the export too (a Set in the server beats a list test per row here).
UNWIND $ids AS nid
CALL {
  WITH nid MATCH (n:Entity {id: nid}) RETURN n
  UNION
  WITH nid MATCH (n:Article {id: nid}) RETURN n
}
// LINK summaries (one per pair and fact type) are left out: they repeat the facts.
MATCH (n)-[r]->(b)
WHERE type(r) <> 'LINK'
RETURN elementId(r) AS id, type(r) AS type, n.id AS source, b.id AS target, properties(r) AS properties
