// title: How two people are connected
// description: The shortest chain of meetings, posts, organisations and articles between two people found by name.
// params: {"a": "王", "b": "李"}
// title_zh: 两人如何关联
// description_zh: 两个按名字找到的人物之间经由会议、职务、机构和文章的最短链。
MATCH (x:Person) WHERE x.name CONTAINS $a
WITH x ORDER BY x.name LIMIT 1
MATCH (y:Person) WHERE y.name CONTAINS $b AND y <> x
WITH x, y ORDER BY y.name LIMIT 1
// Facts and mentions, not the LINK summaries (they repeat the facts).
MATCH path = shortestPath((x)-[:HOLDS_ROLE|OF|MEMBER_OF|ATTENDED|HELD_IN|ORGANIZED_BY|ABOUT|LOCATED_IN|RUN_BY|PART_OF|MENTIONS|WROTE|STEP*..6]-(y))
RETURN path
