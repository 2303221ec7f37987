// Removes everything these articles reported (before they are written again, or deleted):
// the relationships whose `article` is theirs, their MENTIONS and the relationships that end
// at the Article node. Keeps the Article nodes. Returns, per article, the entities it
// mentioned (the caller prunes those left with no evidence) and the (from, type, to) pairs
// of the entity → entity facts it removed (the caller recomputes their LINK summaries;
// LINKs carry no `article`, so they are not matched here).
UNWIND $ids AS aid
MATCH (a:Article {id: aid})
OPTIONAL MATCH (a)-[:MENTIONS]->(e:Entity)
WITH a, aid, collect(e) AS ents
CALL (aid, ents) {
  UNWIND ents AS e
  MATCH (e)-[r]->(o)
  WHERE r.article = aid
  WITH r, CASE WHEN o:Entity THEN {from: e.id, type: type(r), to: o.id} END AS pair
  DELETE r
  RETURN collect(DISTINCT pair) AS pairs
}
CALL (a) {
  MATCH (a)-[r]-()
  DELETE r
}
RETURN [e IN ents | e.id] AS ids, pairs
