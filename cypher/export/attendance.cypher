// The attendance table for the people $ids: one row per person and meeting (the ATTENDED LINK
// summary), with the meeting's date and its precision, the place it was held in (the one most
// of its HELD_IN facts name), every way the person took part (`roles`), the ids of every article
// that reports it and one sentence that does (from the first dated article).
UNWIND $ids AS pid
MATCH (p:Person {id: pid})-[l:LINK {type: 'ATTENDED'}]->(m:Meeting)
WITH p, l, m ORDER BY p.id, m.date, m.id
RETURN p.name AS person, p.id AS person_id, m.name AS meeting, m.id AS meeting_id, m.date AS date,
  CASE WHEN m.date IS NULL THEN null ELSE coalesce(m.date_precision, 'day') END AS date_precision,
  head(COLLECT {
    MATCH (m)-[h:LINK {type: 'HELD_IN'}]->(pl:Place) RETURN pl.name AS x ORDER BY h.count DESC, x LIMIT 1
  }) AS place,
  coalesce(l.roles, []) AS roles,
  COLLECT { MATCH (p)-[f:ATTENDED]->(m) RETURN DISTINCT f.article AS a ORDER BY a } AS evidence_articles,
  head(COLLECT {
    MATCH (p)-[f:ATTENDED]->(m)
    RETURN f.evidence AS x ORDER BY f.article = l.first_article DESC, f.article, f.start LIMIT 1
  }) AS evidence
