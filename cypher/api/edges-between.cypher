// Relationships among a set of entities (by id), for drawing a closed subgraph.
// Articles are left out: their MENTIONS fan-out would swamp the view.
// LINK summaries (one per pair and fact type) are left out: they repeat the facts.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE a.id IN $ids AND b.id IN $ids AND type(r) <> 'LINK'
RETURN elementId(r) AS id, type(r) AS type, a.id AS source, b.id AS target, properties(r) AS props
LIMIT toInteger($limit)
