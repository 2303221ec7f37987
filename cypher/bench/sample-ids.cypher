// Parameters for the query benchmark: people with posts, posts with dates, and names.
MATCH (p:Person)-[h:HOLDS_ROLE]->(r:Role)
WHERE h.first_seen IS NOT NULL
WITH p, r, h ORDER BY rand() LIMIT 500
RETURN p.id AS person, p.name AS name, r.canonical AS post, r.scope AS scope, h.first_seen AS date
