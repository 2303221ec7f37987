// Two-hop neighbourhood of an entity, capped: who and what is within two steps.
MATCH (c:Entity {id: $id})-[]-(m)-[]-(x)
WHERE x <> c AND NOT x:Article
RETURN DISTINCT x.id AS id, labels(x) AS labels, x.name AS name
LIMIT toInteger($limit)
