// title: A person's neighbourhood (as a graph)
// description: A person found by name, with posts, meetings and the places they were held in; returns paths, so the console draws them.
// params: {"name": "张"}
MATCH (p:Person) WHERE p.name CONTAINS $name
WITH p LIMIT 1
MATCH path = (p)-[:HOLDS_ROLE|ATTENDED]->()-[:OF|HELD_IN*0..1]->()
RETURN path
LIMIT 100
