// title: How two people are connected
// description: The shortest chains of meetings, posts, organisations and articles between two people found by name.
// params: {"a": "王", "b": "李"}
MATCH (x:Person) WHERE x.name CONTAINS $a
WITH x LIMIT 1
MATCH (y:Person) WHERE y.name CONTAINS $b AND y <> x
WITH x, y LIMIT 1
MATCH path = shortestPath((x)-[*..6]-(y))
RETURN path
