// title: Who attended a meeting
// description: Meetings whose name contains a text, with the people who attended them, as what, and their posts.
// params: {"meeting": "常委会"}
MATCH (m:Meeting) WHERE m.name CONTAINS $meeting
MATCH (p:Person)-[a:ATTENDED]->(m)
OPTIONAL MATCH (p)-[:HOLDS_ROLE]->(r:Role)
WITH m, p, a, collect(DISTINCT r.name) AS posts
RETURN m.date AS date, m.name AS meeting, p.name AS person, a.as AS as, posts
ORDER BY date DESC, meeting, as, person
LIMIT 200
