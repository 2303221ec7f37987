// title: Who attended a meeting
// description: Meetings whose name contains a text, with the people who attended them, as what, and their posts.
// params: {"meeting": "常委会"}
// title_zh: 谁出席了会议
// description_zh: 名称含某段文字的会议，及出席者、出席身份和职务。
MATCH (m:Meeting) WHERE m.name CONTAINS $meeting
MATCH (p:Person)-[a:ATTENDED]->(m)
OPTIONAL MATCH (p)-[:HOLDS_ROLE]->(r:Role)
WITH m, p, a, collect(DISTINCT r.name) AS posts
RETURN m.date AS date, m.name AS meeting, p.name AS person, a.as AS as, posts
ORDER BY date DESC, meeting, as, person
LIMIT 200
