// The busiest entities for the front page: by distinct facts (one LINK per pair and fact type)
// and the articles that mention them — degree-store counts, no scan of a hub.
MATCH (n:Entity)
WHERE $types IS NULL OR any(l IN labels(n) WHERE l IN $types)
WITH n, COUNT { (n)-[:LINK]-() } + COUNT { (n)<-[:MENTIONS]-() } + COUNT { (n)-[:WROTE]->() } + COUNT { (n)-[:STEP]->() } AS degree
ORDER BY degree DESC, n.id
LIMIT toInteger($limit)
RETURN n.id AS id, labels(n) AS labels, n {.*} AS props, degree
