// The (from, type, to) pairs of entity → entity facts and LINKs at the entities in $ids: what
// links-refresh.cypher must recompute after those entities were merged or split.
UNWIND $ids AS id
MATCH (e:Entity {id: id})-[r]-(o:Entity)
WITH e, r, o, startNode(r) = e AS out
RETURN DISTINCT CASE WHEN out THEN e.id ELSE o.id END AS from,
  CASE WHEN type(r) = 'LINK' THEN r.type ELSE type(r) END AS type,
  CASE WHEN out THEN o.id ELSE e.id END AS to
