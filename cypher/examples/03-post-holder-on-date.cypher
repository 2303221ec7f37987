// title: Who held a post on a date
// description: People seen holding a post whose name contains a text, once per person and post, with the first and last dates the papers show them in it (and how precise those dates are); those whose seen tenure covers the date come first.
// params: {"post": "书记", "date": "2021-01-01"}
// title_zh: 某日谁任某职
// description_zh: 担任名称含某段文字职务的人，及报道中首次、最后一次见其任职的日期；任期覆盖该日期者在前。
MATCH (p:Person)-[h:LINK {type: 'HOLDS_ROLE'}]->(r:Role)
WHERE r.name CONTAINS $post
RETURN p.name AS person, r.name AS post,
  head(COLLECT { MATCH (r)-[l:LINK {type: 'OF'}]->(o) RETURN o.name ORDER BY l.count DESC, o.name LIMIT 1 }) AS of,
  h.first_seen AS first_seen, h.first_precision AS first_precision, h.last_seen AS last_seen, h.last_precision AS last_precision,
  h.count AS reports, h.first_seen <= $date AND $date <= h.last_seen AS held_on_date
ORDER BY held_on_date DESC, last_seen DESC, person
LIMIT 100
