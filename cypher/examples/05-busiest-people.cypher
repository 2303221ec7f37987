// title: The busiest people
// description: People by the number of meetings attended and articles mentioning them, with their posts (each meeting and post counted once, however many articles report it).
// params: {}
// title_zh: 最活跃的人物
// description_zh: 按出席会议次数和提及文章数排列的人物。
MATCH (p:Person)
RETURN p.name AS person, COUNT { (p)-[:LINK {type: 'ATTENDED'}]->(:Meeting) } AS meetings,
  COUNT { (:Article)-[:MENTIONS]->(p) } AS articles,
  COLLECT { MATCH (p)-[h:LINK {type: 'HOLDS_ROLE'}]->(r:Role) RETURN r.name ORDER BY h.count DESC, r.name LIMIT 5 } AS posts
ORDER BY meetings DESC, articles DESC, person
LIMIT 50
