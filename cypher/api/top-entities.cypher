// The landing view's ranked lists: per entity type in $types, the $limit entities with the
// most distinct ties (LINK summaries: one per neighbour and fact type, so a busy official's
// thousand per-article facts to one post count once) and the $limit most mentioned (articles
// with a MENTIONS to them). Both counts are degree-store lookups, no scan of a hub's facts.
UNWIND $types AS type
CALL (type) {
  MATCH (n:$(type))
  WITH n, COUNT { (n)-[:LINK]-() } AS degree
  ORDER BY degree DESC, n.id
  LIMIT toInteger($limit)
  RETURN collect(n.id) AS byDegree
}
CALL (type) {
  MATCH (n:$(type))
  WITH n, COUNT { ()-[:MENTIONS]->(n) } AS mentions
  ORDER BY mentions DESC, n.id
  LIMIT toInteger($limit)
  RETURN collect(n.id) AS byMentions
}
RETURN type, byDegree, byMentions
