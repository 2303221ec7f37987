// Which posts has $person (an id, or a name) held, and when: first and last dated sighting
// per post (from the LINK summary of the pair, docs/graph-model.md), with up to 50 of the
// articles that show it and how many facts there are, and how precise the first and last
// dates are (`day`, `month`, `year`: the articles' date precision). Undated sightings count in
// `articles` only.
CALL () {
  MATCH (p:Person {id: $person}) RETURN p
  UNION
  MATCH (p:Person {name: $person}) RETURN p
}
MATCH (p)-[h:LINK {type: 'HOLDS_ROLE'}]->(r:Role)
RETURN p.id AS person, p.name AS name, r.id AS role, r.name AS post, r.canonical AS canonical, r.scope AS scope,
       h.first_seen AS first_seen, h.last_seen AS last_seen, h.articles AS articles, h.count AS count,
       h.first_article AS first_article, h.last_article AS last_article,
       h.first_precision AS first_precision, h.last_precision AS last_precision
ORDER BY first_seen IS NULL, first_seen, post
