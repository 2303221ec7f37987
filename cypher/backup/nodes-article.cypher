// One page of :Article nodes in id order (keyset pagination on the id constraint's index),
// ($full false: ids only), with each property's type where JSON cannot carry it (floats, dates) — see server/backup/values.ts.
MATCH (n:Article) WHERE n.id > $after
WITH n ORDER BY n.id LIMIT toInteger($limit)
RETURN n.id AS id, labels(n) AS labels,
       CASE WHEN $full THEN properties(n) ELSE {} END AS props,
       CASE WHEN $full THEN [k IN keys(n) WHERE NOT valueType(n[k]) IN $plain | [k, valueType(n[k])]] ELSE [] END AS typed
