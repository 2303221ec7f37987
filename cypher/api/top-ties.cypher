// The strongest ties among the entities $ids: their LINK summaries (one per pair and fact
// type, parallel per-article facts already merged), the most facts first. An attendance
// says `as: 'chair'` when any of its facts is a chair's (so the view can show who chaired).
MATCH (a:Entity)-[l:LINK]->(b:Entity)
WHERE a.id IN $ids AND b.id IN $ids
WITH a, l, b ORDER BY l.count DESC, a.id, b.id
LIMIT toInteger($limit)
RETURN a.id + '|' + l.type + '|' + b.id AS id, l.type AS type, a.id AS source, b.id AS target,
  l {.count, .first_seen, .last_seen,
     as: CASE WHEN l.type = 'ATTENDED' AND EXISTS { (a)-[x:ATTENDED]->(b) WHERE x.as = 'chair' } THEN 'chair' END} AS props
