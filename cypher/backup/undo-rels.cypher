// Undoing a failed import (server/backup/import-graph.ts): up to 10,000 relationships of the
// nodes with key label $label and these $ids, deleted. Run again until it deletes none.
// The label is chosen in a UNION (not a dynamic label) so every lookup is an index seek.
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Entity {id: id}) WHERE $label = 'Entity' RETURN n
  UNION
  MATCH (n:Article {id: id}) WHERE $label = 'Article' RETURN n
  UNION
  MATCH (n:Judgement {id: id}) WHERE $label = 'Judgement' RETURN n
}
MATCH (n)-[r]-()
WITH DISTINCT r LIMIT 10000
DELETE r
RETURN count(r) AS deleted
