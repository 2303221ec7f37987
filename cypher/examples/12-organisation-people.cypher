// title: People of an organisation
// description: Everyone seen in a post of an organisation whose name contains a text, once per person and post, with tenure as the papers show it (and how precise its dates are).
// params: {"org": "人民政府"}
// title_zh: 机构的人员
// description_zh: 在名称含某段文字的机构任职的所有人，及报道所见任期。
MATCH (o:Organization) WHERE o.name CONTAINS $org
MATCH (r:Role)-[:LINK {type: 'OF'}]->(o)
MATCH (p:Person)-[h:LINK {type: 'HOLDS_ROLE'}]->(r)
RETURN o.name AS organization, r.name AS post, p.name AS person, h.first_seen AS first_seen, h.first_precision AS first_precision,
  h.last_seen AS last_seen, h.last_precision AS last_precision, h.count AS reports
ORDER BY organization, last_seen DESC, person
LIMIT 200
