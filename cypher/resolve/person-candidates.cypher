// People already in the graph whose name is one of $names and whom an article of the paper's
// region $region mentions (ids are per region: another paper's namesakes are not candidates),
// with each post they hold and the span of dated articles that report it (person resolution:
// server/graph/person-lookup.ts). One row per person; `posts` is empty for a person seen with
// no post.
UNWIND $names AS name
MATCH (p:Person {name: name})
WHERE EXISTS { MATCH (a:Article)-[:MENTIONS]->(p) WHERE a.region = $region OR (a.region IS NULL AND $region IS NULL) }
OPTIONAL MATCH (p)-[h:HOLDS_ROLE]->(r:Role)
WITH name, p, r, min(h.first_seen) AS first, max(h.last_seen) AS last, count(h) - count(h.first_seen) AS undated
RETURN name, p.id AS id,
  collect(CASE WHEN r IS NULL THEN null ELSE {canonical: r.canonical, scope: r.scope, first: first, last: last, undated: undated} END) AS posts
