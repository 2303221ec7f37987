// Removes everything these articles reported (before they are written again, or deleted):
// the relationships whose `article` is theirs, their MENTIONS and the relationships that end
// at the Article node. Keeps the Article nodes. Returns the entities they mentioned, so the
// caller can prune those left with no evidence.
UNWIND $ids AS aid
MATCH (a:Article {id: aid})
OPTIONAL MATCH (a)-[:MENTIONS]->(e:Entity)
WITH a, aid, collect(e) AS ents
CALL (aid, ents) {
  UNWIND ents AS e
  MATCH (e)-[r]->()
  WHERE r.article = aid
  DELETE r
}
CALL (a) {
  MATCH (a)-[r]-()
  DELETE r
}
UNWIND ents AS e
RETURN DISTINCT e.id AS id
