// Meetings $person (id) attended, newest first, with how (`as`: chair, attendee, observer, speaker).
MATCH (p:Person {id: $person})-[a:ATTENDED]->(m:Meeting)
RETURN m.id AS meeting, m.name AS name, m.date AS date, collect(DISTINCT a.as) AS as, collect(DISTINCT a.article) AS articles
ORDER BY date DESC
LIMIT toInteger($limit)
