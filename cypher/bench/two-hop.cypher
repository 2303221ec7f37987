// Two-hop neighbourhood of an entity, capped: the entities within two fact steps. Facts are
// kept per article, so the first hop is collapsed to distinct neighbours; MENTIONS (article
// hubs) are not followed, and the relationship types are named so dense nodes (the city)
// are read by type group. Streams: DISTINCT … LIMIT stops early.
MATCH (c:Entity {id: $id})-[:HOLDS_ROLE|OF|MEMBER_OF|ATTENDED|HELD_IN|ORGANIZED_BY|ABOUT|LOCATED_IN|RUN_BY|PART_OF]-(m:Entity)
WITH DISTINCT c, m
LIMIT 200
MATCH (m)-[:HOLDS_ROLE|OF|MEMBER_OF|ATTENDED|HELD_IN|ORGANIZED_BY|ABOUT|LOCATED_IN|RUN_BY|PART_OF]-(x:Entity)
WHERE x <> c
RETURN DISTINCT x.id AS id, labels(x) AS labels, x.name AS name
LIMIT toInteger($limit)
