// title: A person's neighbourhood (as a graph)
// description: A person found by name, with posts, meetings and the places they were held in (one edge per fact, whichever article reported it first); returns paths, so the console draws them.
// params: {"name": "张"}
// title_zh: 人物的关系网（图）
// description_zh: 按名字找到的人物及其职务、会议和会议地点；返回路径，控制台以图显示。
MATCH (p:Person) WHERE p.name CONTAINS $name
WITH p ORDER BY p.name LIMIT 1
MATCH (p)-[l:LINK]->(x)
WHERE l.type IN ['HOLDS_ROLE', 'ATTENDED']
CALL (p, l, x) {
  MATCH path = (p)-[r]->(x) WHERE type(r) = l.type
  RETURN path ORDER BY r.article LIMIT 1
}
RETURN path
UNION
MATCH (p:Person) WHERE p.name CONTAINS $name
WITH p ORDER BY p.name LIMIT 1
MATCH (p)-[l:LINK]->(x)-[l2:LINK]->(y)
WHERE l.type IN ['HOLDS_ROLE', 'ATTENDED'] AND l2.type IN ['OF', 'HELD_IN']
CALL (x, l2, y) {
  MATCH path = (x)-[r]->(y) WHERE type(r) = l2.type
  RETURN path ORDER BY r.article LIMIT 1
}
RETURN path
