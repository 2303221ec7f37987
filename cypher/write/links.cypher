// Adds a batch's entity → entity facts to their LINK summaries: one LINK per (from, type, to)
// with `type` (the fact type), `count` (facts), `first_seen`/`last_seen` (article dates),
// `first_article`/`last_article` (the articles of those dates; the smaller id on a tie) and
// `articles` (the 50 smallest article ids). Rows are per pair (server/graph/write-rows.ts).
// Every part is order-independent (sum, min, max, smallest ids), so the summaries do not
// depend on the order articles came in. Pairs whose facts were cleared in the same
// transaction are recomputed instead (links-refresh.cypher), never added to.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[l:LINK {type: row.type}]->(b)
ON CREATE SET l.count = 0, l.articles = []
WITH l, row,
  row.first_seen IS NOT NULL AND (l.first_seen IS NULL OR row.first_seen < l.first_seen
    OR (row.first_seen = l.first_seen AND row.first_article < l.first_article)) AS earlier,
  row.last_seen IS NOT NULL AND (l.last_seen IS NULL OR row.last_seen > l.last_seen
    OR (row.last_seen = l.last_seen AND row.last_article < l.last_article)) AS later
SET l.count = l.count + toInteger(row.count),
  l.articles = COLLECT { UNWIND coalesce(l.articles, []) + row.articles AS x WITH DISTINCT x ORDER BY x LIMIT 50 RETURN x },
  l.first_seen = CASE WHEN earlier THEN row.first_seen ELSE l.first_seen END,
  l.first_article = CASE WHEN earlier THEN row.first_article ELSE l.first_article END,
  l.last_seen = CASE WHEN later THEN row.last_seen ELSE l.last_seen END,
  l.last_article = CASE WHEN later THEN row.last_article ELSE l.last_article END
