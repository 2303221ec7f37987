// Names, aliases and mentioning articles of some entities (what a merge keeps for its undo).
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e.id AS id, e.name AS name, coalesce(e.aliases, []) AS aliases,
  [(a:Article)-[:MENTIONS]->(e) | a.id] AS articles
