// Entities no article mentions any more have no evidence left: they go, with their edges.
// Each candidate is write-locked before the test, so an article written at the same time by
// another transaction that mentions it is either seen (the entity stays) or waits.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
SET e._lock = true
WITH e
CALL (e) {
  WITH e WHERE NOT EXISTS { MATCH (:Article)-[:MENTIONS]->(e) }
  DETACH DELETE e
  RETURN count(*) AS gone
}
WITH e, gone WHERE gone = 0
REMOVE e._lock
RETURN count(*) AS kept
