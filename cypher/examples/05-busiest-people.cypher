// title: The busiest people
// description: People by the number of meetings attended and articles mentioning them.
// params: {}
// title_zh: 最活跃的人物
// description_zh: 按出席会议次数和提及文章数排列的人物。
MATCH (p:Person)
RETURN p.name AS person, COUNT { (p)-[:ATTENDED]->() } AS meetings, COUNT { (:Article)-[:MENTIONS]->(p) } AS articles,
  [(p)-[:HOLDS_ROLE]->(r:Role) | r.name][..5] AS posts
ORDER BY meetings DESC, articles DESC
LIMIT 50
