// Search: full-text (cjk analyzer, index search_text, which covers names, aliases, titles
// and texts) plus name-prefix matches through the entity_name index (a scan of aliases
// would read every entity). $qs are the forms of $q to look for (as typed, simplified,
// traditional); $lucene is them with Lucene's special characters escaped, joined by OR.
// Rank: exact name/alias 1000, prefix 100, plus the Lucene score.
CALL {
  CALL db.index.fulltext.queryNodes('search_text', $lucene, {limit: toInteger($ftLimit)}) YIELD node, score
  RETURN node, score
  UNION ALL
  UNWIND $qs AS v
  MATCH (node:Entity)
  WHERE node.name STARTS WITH v
  RETURN node, 0.0 AS score LIMIT toInteger($ftLimit)
}
WITH node, max(score) AS score
WHERE $types IS NULL OR any(l IN labels(node) WHERE l IN $types)
WITH node, score, any(v IN $qs WHERE node.name = v OR v IN coalesce(node.aliases, [])) AS exact,
     any(v IN $qs WHERE node.name STARTS WITH v OR any(a IN coalesce(node.aliases, []) WHERE a STARTS WITH v)) AS prefix
WITH node, score + CASE WHEN exact THEN 1000 WHEN prefix THEN 100 ELSE 0 END AS rank
ORDER BY rank DESC, size(coalesce(node.name, node.title, '')) ASC
LIMIT toInteger($limit)
RETURN node.id AS id, labels(node) AS labels, rank AS score,
  node {.name, .title, .aliases, .scope, .level, .kind, .date, .published, .canonical} AS props,
  CASE WHEN node:Article AND node.text CONTAINS $q
    THEN substring(node.text, CASE WHEN size(split(node.text, $q)[0]) > 20 THEN size(split(node.text, $q)[0]) - 20 ELSE 0 END, 60)
    WHEN node:Article THEN substring(coalesce(node.text, ''), 0, 60)
    ELSE null END AS snippet
