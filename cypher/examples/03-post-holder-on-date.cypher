// title: Who held a post on a date
// description: People seen holding a post whose name contains a text, with the first and last dates the papers show them in it; those whose seen tenure covers the date come first.
// params: {"post": "书记", "date": "2021-01-01"}
// title_zh: 某日谁任某职
// description_zh: 担任名称含某段文字职务的人，及报道中首次、最后一次见其任职的日期；任期覆盖该日期者在前。
MATCH (p:Person)-[h:HOLDS_ROLE]->(r:Role)
WHERE r.name CONTAINS $post
WITH p, r, min(h.first_seen) AS first_seen, max(h.last_seen) AS last_seen, count(h) AS reports
OPTIONAL MATCH (r)-[:OF]->(o)
RETURN p.name AS person, r.name AS post, o.name AS of, first_seen, last_seen, reports,
  first_seen <= $date AND $date <= last_seen AS held_on_date
ORDER BY held_on_date DESC, last_seen DESC
LIMIT 100
