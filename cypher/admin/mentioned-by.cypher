// Which of $articles mention entity $id.
MATCH (a:Article)-[:MENTIONS]->(:Entity {id: $id})
WHERE a.id IN $articles
RETURN a.id AS article
