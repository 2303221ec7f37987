// Entities no article mentions any more have no evidence left: they go, with their edges.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
WHERE NOT EXISTS { MATCH (:Article)-[:MENTIONS]->(e) }
DETACH DELETE e
RETURN count(*) AS deleted
