// Every entity and article (up to $limit, by id), without article texts, for export.
MATCH (n) WHERE n:Entity OR n:Article
WITH n ORDER BY n.id LIMIT toInteger($limit)
RETURN n.id AS id, labels(n) AS labels, n {.*, text: null} AS properties
