// The busiest entities (most relationships, MENTIONS included), for the front page.
MATCH (n:Entity)
WHERE $types IS NULL OR any(l IN labels(n) WHERE l IN $types)
// Degree counts facts, not the LINK summaries (two degree-store lookups, no scan of a hub).
WITH n, COUNT { (n)--() } - COUNT { (n)-[:LINK]-() } AS degree
ORDER BY degree DESC, n.id
LIMIT toInteger($limit)
RETURN n.id AS id, labels(n) AS labels, n {.*} AS props, degree
