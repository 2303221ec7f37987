// The outgoing relationships of a page of :Judgement nodes ($ids), with the key label and id of
// the node at the other end (null when it has none: the count check then refuses the export).
UNWIND $ids AS id
MATCH (n:Judgement {id: id})-[r]->(m)
RETURN id AS from, type(r) AS type, properties(r) AS props,
       [k IN keys(r) WHERE NOT valueType(r[k]) IN $plain | [k, valueType(r[k])]] AS typed,
       m.id AS to, [l IN labels(m) WHERE l IN $keys] AS toKeys
