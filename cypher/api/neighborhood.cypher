// One ring of neighbours around the nodes in $ids, filtered by neighbour label ($types),
// relationship type ($relTypes) and a date window ($from/$to: overlap with the
// relationship's first/last date, else its date, else the neighbour's date; undated
// relationships are kept). Nodes in $exclude are skipped. The busiest neighbours come
// first; the first $limit are returned whole, the rest only as their type labels.
UNWIND $ids AS cid
CALL {
  WITH cid MATCH (c:Entity {id: cid}) RETURN c
  UNION
  WITH cid MATCH (c:Article {id: cid}) RETURN c
}
MATCH (c)-[r]-(m)
WHERE NOT m.id IN $exclude
  AND ($relTypes IS NULL OR type(r) IN $relTypes)
  AND ($types IS NULL OR any(l IN labels(m) WHERE l IN $types))
WITH r, m,
  coalesce(r.first_seen, r.date, m.date, m.published) AS since,
  coalesce(r.last_seen, r.date, m.date, m.published) AS until
WHERE since IS NULL OR (($from IS NULL OR until >= $from) AND ($to IS NULL OR since <= $to))
WITH m, collect({id: elementId(r), type: type(r), source: startNode(r).id, target: endNode(r).id,
  props: properties(r)}) AS rels
WITH m, rels, COUNT { (m)--() } AS degree
ORDER BY size(rels) DESC, degree DESC, m.id
WITH collect({m: m, rels: rels, degree: degree}) AS found
WITH found[..toInteger($limit)] AS first, [x IN found[toInteger($limit)..] | head([l IN labels(x.m) WHERE l <> 'Entity'])] AS rest
RETURN COLLECT {
         UNWIND first AS x
         WITH x, x.m AS m
         RETURN {id: m.id, labels: labels(m), props: m {.*, text: null}, rels: x.rels, degree: x.degree}
       } AS shown, rest
