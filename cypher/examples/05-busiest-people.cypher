// title: The busiest people
// description: People by the number of meetings attended and articles mentioning them.
// params: {}
MATCH (p:Person)
RETURN p.name AS person, COUNT { (p)-[:ATTENDED]->() } AS meetings, COUNT { (:Article)-[:MENTIONS]->(p) } AS articles,
  [(p)-[:HOLDS_ROLE]->(r:Role) | r.name][..5] AS posts
ORDER BY meetings DESC, articles DESC
LIMIT 50
