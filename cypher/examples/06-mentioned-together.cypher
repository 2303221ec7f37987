// title: Articles that mention two names
// description: Articles mentioning an entity named like the first text and one named like the second.
// params: {"first": "市长", "second": "项目"}
// title_zh: 同时提及两个名称的文章
// description_zh: 同时提及名称像第一段文字和第二段文字的实体的文章。
MATCH (a:Article)-[:MENTIONS]->(x:Entity) WHERE x.name CONTAINS $first
MATCH (a)-[:MENTIONS]->(y:Entity) WHERE y.name CONTAINS $second AND y <> x
RETURN DISTINCT a.published AS published, a.title AS title, x.name AS first, y.name AS second
ORDER BY published DESC
LIMIT 100
