// title: Who attended a meeting
// description: Meetings whose name contains a text, with each person who attended them once (however many articles report it), every way they took part, and their posts.
// params: {"meeting": "常委会"}
// title_zh: 谁出席了会议
// description_zh: 名称含某段文字的会议，及出席者、出席身份和职务。
MATCH (m:Meeting) WHERE m.name CONTAINS $meeting
MATCH (p:Person)-[a:LINK {type: 'ATTENDED'}]->(m)
RETURN m.date AS date, m.name AS meeting, p.name AS person, a.roles AS as,
  COLLECT { MATCH (p)-[:LINK {type: 'HOLDS_ROLE'}]->(r:Role) RETURN r.name ORDER BY r.name } AS posts, a.count AS reports
ORDER BY date DESC, meeting, person
LIMIT 200
