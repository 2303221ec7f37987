// Which posts has $person (an id, or a name) held, and when: first and last dated sighting
// per post, with the articles that show it. Undated sightings count in `articles` only.
MATCH (p:Person)
WHERE p.id = $person OR p.name = $person
MATCH (p)-[h:HOLDS_ROLE]->(r:Role)
WITH p, r, min(h.first_seen) AS first_seen, max(h.last_seen) AS last_seen, collect(DISTINCT h.article) AS articles
RETURN p.id AS person, p.name AS name, r.id AS role, r.name AS post, r.canonical AS canonical, r.scope AS scope,
       first_seen, last_seen, articles
ORDER BY first_seen IS NULL, first_seen, post
