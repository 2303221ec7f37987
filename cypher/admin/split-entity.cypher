// Splits off what articles $articles say about entity $target into a new entity $into (same
// labels and properties): their facts and mentions move. If no article is left mentioning
// $target, it goes.
MATCH (b:Entity {id: $target})
MERGE (n:Entity {id: $into})
ON CREATE SET n = b{.*, id: $into, split_from: $target}
SET n:$(labels(b))
WITH b, n
CALL (b, n) {
  MATCH (b)-[r]->(x)
  WHERE r.article IN $articles
  CREATE (n)-[r2:$(type(r))]->(x)
  SET r2 = properties(r)
  DELETE r
}
CALL (b, n) {
  MATCH (x)-[r]->(b)
  WHERE r.article IN $articles OR (x:Article AND x.id IN $articles)
  CREATE (x)-[r2:$(type(r))]->(n)
  SET r2 = properties(r)
  DELETE r
}
WITH b, n, EXISTS { MATCH (:Article)-[:MENTIONS]->(b) } AS kept
CALL (b, kept) {
  WITH b, kept WHERE NOT kept
  DETACH DELETE b
}
RETURN n.id AS id, kept
