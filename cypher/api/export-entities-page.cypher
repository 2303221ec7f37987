// One page ($full: with labels and properties, else ids only) of entities for a whole-graph export, in id order after $after (keyset paging on the
// Entity id constraint's index, so every page is one short read), without `aliases_text`.
MATCH (n:Entity)
WHERE n.id > $after
WITH n ORDER BY n.id
LIMIT toInteger($limit)
RETURN n.id AS id, labels(n) AS labels, CASE WHEN $full THEN n {.*, aliases_text: null} END AS properties
