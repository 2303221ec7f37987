// The careers table for the people $ids: one row per tenure spell, i.e. per person and post
// (the HOLDS_ROLE LINK summary): from the first to the last dated article that shows it, with
// the precision of those dates, the post's organisation (the body most of its OF facts name)
// and place (an OF place, else the organisation's place, else the place the post's scope names),
// and the ids
// of every article that reports it (read from the facts: the LINK keeps only 50).
UNWIND $ids AS pid
MATCH (p:Person {id: pid})-[h:LINK {type: 'HOLDS_ROLE'}]->(r:Role)
WITH p, h, r ORDER BY p.id, h.first_seen, r.name, r.id
RETURN p.name AS person, p.id AS person_id, r.name AS post, r.id AS role_id,
  head(COLLECT {
    MATCH (r)-[l:LINK {type: 'OF'}]->(o:Organization) RETURN o.name AS x ORDER BY l.count DESC, x LIMIT 1
  }) AS organisation,
  coalesce(
    head(COLLECT { MATCH (r)-[l:LINK {type: 'OF'}]->(pl:Place) RETURN pl.name AS x ORDER BY l.count DESC, x LIMIT 1 }),
    head(COLLECT {
      MATCH (r)-[:LINK {type: 'OF'}]->(:Organization)-[l:LINK {type: 'LOCATED_IN'}]->(pl:Place)
      RETURN pl.name AS x ORDER BY l.count DESC, x LIMIT 1
    }),
    head(COLLECT { MATCH (pl:Place {name: r.scope}) RETURN pl.name AS x LIMIT 1 })) AS place,
  h.first_seen AS first_seen, h.last_seen AS last_seen, h.first_precision AS first_precision, h.last_precision AS last_precision,
  COLLECT { MATCH (p)-[f:HOLDS_ROLE]->(r) RETURN DISTINCT f.article AS a ORDER BY a } AS evidence_articles
