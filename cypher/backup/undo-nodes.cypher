// Undoing a failed import (server/backup/import-graph.ts): the nodes with key label $label
// and these $ids, once their relationships are gone (cypher/backup/undo-rels.cypher).
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Entity {id: id}) WHERE $label = 'Entity' RETURN n
  UNION
  MATCH (n:Article {id: id}) WHERE $label = 'Article' RETURN n
  UNION
  MATCH (n:Judgement {id: id}) WHERE $label = 'Judgement' RETURN n
}
DELETE n
RETURN count(n) AS deleted
