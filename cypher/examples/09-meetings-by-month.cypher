// title: Meetings per month
// description: How many meetings the papers report per month, with the number of people at them (each person once per meeting).
// params: {}
// title_zh: 每月会议
// description_zh: 报纸每月报道的会议数，及与会人数。
MATCH (m:Meeting) WHERE m.date IS NOT NULL
WITH substring(m.date, 0, 7) AS month, m
RETURN month, count(m) AS meetings, sum(COUNT { (:Person)-[:LINK {type: 'ATTENDED'}]->(m) }) AS attendances
ORDER BY month DESC
LIMIT 60
