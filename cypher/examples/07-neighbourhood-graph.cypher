// title: A person's neighbourhood (as a graph)
// description: A person found by name, with posts, meetings and the places they were held in; returns paths, so the console draws them.
// params: {"name": "张"}
// title_zh: 人物的关系网（图）
// description_zh: 按名字找到的人物及其职务、会议和会议地点；返回路径，控制台以图显示。
MATCH (p:Person) WHERE p.name CONTAINS $name
WITH p LIMIT 1
MATCH path = (p)-[:HOLDS_ROLE|ATTENDED]->()-[:OF|HELD_IN*0..1]->()
RETURN path
LIMIT 100
