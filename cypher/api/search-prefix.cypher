// Search without the full-text index (when it does not exist yet): exact and prefix
// matches on entity names (aliases count for exact matches), and titles of articles; in any
// of the forms $qs of $q (as typed, simplified, traditional).
CALL {
  UNWIND $qs AS v
  MATCH (node:Entity)
  WHERE node.name STARTS WITH v
  RETURN node LIMIT toInteger($ftLimit)
  UNION ALL
  UNWIND $qs AS v
  MATCH (node:Article) WHERE node.title CONTAINS v
  RETURN node LIMIT toInteger($ftLimit)
}
WITH DISTINCT node
WHERE $types IS NULL OR any(l IN labels(node) WHERE l IN $types)
WITH node, CASE WHEN any(v IN $qs WHERE node.name = v OR v IN coalesce(node.aliases, [])) THEN 1000.0
  WHEN any(v IN $qs WHERE node.name STARTS WITH v) THEN 100.0 ELSE 1.0 END AS rank
ORDER BY rank DESC, size(coalesce(node.name, node.title, '')) ASC
LIMIT toInteger($limit)
RETURN node.id AS id, labels(node) AS labels, rank AS score,
  node {.name, .title, .aliases, .scope, .level, .kind, .date, .published, .canonical} AS props,
  CASE WHEN node:Article THEN substring(coalesce(node.text, ''), 0, 60) ELSE null END AS snippet
