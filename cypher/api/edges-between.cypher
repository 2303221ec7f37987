// The distinct facts among a set of entities (by id), for drawing a closed subgraph: one edge
// per pair and fact type (the LINK summaries, docs/graph-model.md) however many articles report
// it, with how many facts it stands for, its first and last dates and up to 50 article ids;
// the pairs with most facts first. Articles are left out: their MENTIONS fan-out would swamp
// the view.
MATCH (a:Entity)-[l:LINK]->(b:Entity)
WHERE a.id IN $ids AND b.id IN $ids
WITH a, b, l ORDER BY l.count DESC, l.key
LIMIT toInteger($limit)
RETURN a.id + '|' + l.type + '|' + b.id AS id, l.type AS type, a.id AS source, b.id AS target,
  {count: l.count, first_seen: l.first_seen, last_seen: l.last_seen, first_precision: l.first_precision,
   last_precision: l.last_precision, roles: l.roles, article_ids: l.articles} AS props
