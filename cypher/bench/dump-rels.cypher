// Every relationship with its ends' ids and kinds.
MATCH (a)-[r]->(b)
RETURN type(r) AS type, a.id AS from, b.id AS to, a:Article AS fromArticle, b:Article AS toArticle, properties(r) AS props
