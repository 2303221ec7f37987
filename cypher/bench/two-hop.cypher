// Two-hop neighbourhood of an entity, capped: the entities within two fact steps. Walks the
// LINK summaries (one per pair and fact type, docs/graph-model.md) instead of the per-article
// facts, so a post held in thousands of articles is one step, not thousands; MENTIONS
// (article hubs) are not followed. Streams: DISTINCT … LIMIT stops early.
MATCH (c:Entity {id: $id})-[:LINK]-(m:Entity)
WITH DISTINCT c, m
LIMIT 200
MATCH (m)-[:LINK]-(x:Entity)
WHERE x <> c
RETURN DISTINCT x.id AS id, labels(x) AS labels, x.name AS name
LIMIT toInteger($limit)
