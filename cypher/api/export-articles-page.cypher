// One page ($full: with labels and properties, else ids only) of articles for a whole-graph export, in id order after $after, without their texts.
MATCH (n:Article)
WHERE n.id > $after
WITH n ORDER BY n.id
LIMIT toInteger($limit)
RETURN n.id AS id, labels(n) AS labels, CASE WHEN $full THEN n {.*, text: null} END AS properties
