// title: People of an organisation
// description: Everyone seen in a post of an organisation whose name contains a text, with tenure as the papers show it.
// params: {"org": "人民政府"}
// title_zh: 机构的人员
// description_zh: 在名称含某段文字的机构任职的所有人，及报道所见任期。
MATCH (o:Organization) WHERE o.name CONTAINS $org
MATCH (p:Person)-[h:HOLDS_ROLE]->(r:Role)-[:OF]->(o)
RETURN o.name AS organization, r.name AS post, p.name AS person, min(h.first_seen) AS first_seen, max(h.last_seen) AS last_seen
ORDER BY organization, last_seen DESC
LIMIT 200
