// Adds a batch's entity → entity facts to their LINK summaries: one LINK per (from, type, to),
// keyed by `key` = from>type>to (a relationship uniqueness constraint, cypher/schema.cypher, so
// two transactions adding to a new pair at once make one LINK), with `type` (the fact type),
// `count` (facts), `first_seen`/`last_seen` (article dates) with their precision,
// `first_article`/`last_article` (the articles of those dates; the smaller id on a tie),
// `articles` (the 50 smallest article ids) and, for ATTENDED, `roles` (how the person took
// part, sorted). Rows are per pair (server/graph/write-rows.ts). Every part is
// order-independent (sum, min, max, smallest ids, sets), so the summaries do not depend on the
// order articles came in. Pairs whose facts were cleared in the same transaction are
// recomputed instead (links-refresh.cypher), never added to.
// A LINK found is write-locked (`_lock`) before its values are read: another transaction adding
// to the same pair waits for this one to commit, so no update is lost (Neo4j's read-committed
// isolation would otherwise let both read the same count).
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[l:LINK {key: row.key}]->(b)
ON CREATE SET l.type = row.type, l.count = 0, l.articles = []
ON MATCH SET l._lock = true
WITH l, row,
  row.first_seen IS NOT NULL AND (l.first_seen IS NULL OR row.first_seen < l.first_seen
    OR (row.first_seen = l.first_seen AND row.first_article < l.first_article)) AS earlier,
  row.last_seen IS NOT NULL AND (l.last_seen IS NULL OR row.last_seen > l.last_seen
    OR (row.last_seen = l.last_seen AND row.last_article < l.last_article)) AS later
SET l.count = l.count + toInteger(row.count),
  l.articles = COLLECT { UNWIND coalesce(l.articles, []) + row.articles AS x WITH DISTINCT x ORDER BY x LIMIT 50 RETURN x },
  l.roles = CASE WHEN row.type = 'ATTENDED'
    THEN COLLECT { UNWIND coalesce(l.roles, []) + row.roles AS x WITH DISTINCT x ORDER BY x RETURN x } END,
  l.first_seen = CASE WHEN earlier THEN row.first_seen ELSE l.first_seen END,
  l.first_precision = CASE WHEN earlier THEN row.first_precision ELSE l.first_precision END,
  l.first_article = CASE WHEN earlier THEN row.first_article ELSE l.first_article END,
  l.last_seen = CASE WHEN later THEN row.last_seen ELSE l.last_seen END,
  l.last_precision = CASE WHEN later THEN row.last_precision ELSE l.last_precision END,
  l.last_article = CASE WHEN later THEN row.last_article ELSE l.last_article END
REMOVE l._lock
