// Meetings $person (id) attended, newest first: one row per meeting (the ATTENDED LINK summary),
// with every way they took part (`as`: chair, attendee, observer, speaker) and up to 50 articles.
MATCH (p:Person {id: $person})-[l:LINK {type: 'ATTENDED'}]->(m:Meeting)
RETURN m.id AS meeting, m.name AS name, m.date AS date, coalesce(l.roles, []) AS as, l.articles AS articles
ORDER BY date DESC
LIMIT toInteger($limit)
