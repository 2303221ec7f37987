// title: Who meets whom
// description: Pairs of people who attended the most meetings together (each meeting counted once).
// params: {}
// title_zh: 谁与谁常见面
// description_zh: 一同出席会议最多的人员两两组合。
MATCH (a:Person)-[:LINK {type: 'ATTENDED'}]->(m:Meeting)<-[:LINK {type: 'ATTENDED'}]-(b:Person)
WHERE a.id < b.id
RETURN a.name AS person, b.name AS other, count(m) AS meetings, max(m.date) AS last_met
ORDER BY meetings DESC, last_met DESC, person, other
LIMIT 50
