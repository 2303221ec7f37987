// Every relationship between entities and articles, streamed row by row, for export.
// Evidence sentences and spans are left out of whole-graph exports (they would double its size).
// LINK summaries (one per pair and fact type) are left out: they repeat the facts.
MATCH (a)-[r]->(b)
WHERE (a:Entity OR a:Article) AND (b:Entity OR b:Article) AND type(r) <> 'LINK'
RETURN elementId(r) AS id, type(r) AS type, a.id AS source, b.id AS target, r {.*, evidence: null, spans: null} AS properties
