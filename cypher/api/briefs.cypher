// What tells entities apart from their namesakes: a person's latest post (the HOLDS_ROLE
// summary reported last; its body or place through OF, else the post's scope), a meeting's
// date, organiser and place (the ORGANIZED_BY / HELD_IN summary with the most facts) and who
// chaired it.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
OPTIONAL CALL (n) {
  MATCH (n:Person)-[l:LINK]->(r:Role)
  WHERE l.type = 'HOLDS_ROLE'
  OPTIONAL MATCH (r)-[:LINK {type: 'OF'}]->(o)
  RETURN r.name AS post, coalesce(o.name, r.scope) AS post_of, l.last_seen AS post_seen
  ORDER BY coalesce(l.last_seen, '') DESC, l.count DESC, r.id
  LIMIT 1
}
OPTIONAL CALL (n) {
  MATCH (n:Meeting)-[l:LINK]->(o:Organization)
  WHERE l.type = 'ORGANIZED_BY'
  RETURN o.name AS organiser
  ORDER BY l.count DESC, o.id
  LIMIT 1
}
OPTIONAL CALL (n) {
  MATCH (n:Meeting)-[l:LINK]->(p:Place)
  WHERE l.type = 'HELD_IN'
  RETURN p.name AS place
  ORDER BY l.count DESC, p.id
  LIMIT 1
}
OPTIONAL CALL (n) {
  MATCH (c:Person)-[a:ATTENDED]->(n:Meeting)
  WHERE a.as = 'chair'
  RETURN c.name AS chair
  ORDER BY c.id
  LIMIT 1
}
RETURN n.id AS id, post, post_of, post_seen, CASE WHEN n:Meeting THEN n.date ELSE null END AS date,
  organiser, place, chair
