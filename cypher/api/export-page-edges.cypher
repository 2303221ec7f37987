// The edges going out of the nodes $ids (one page of an export), as distinct facts: between
// entities one edge per pair and fact type (the LINK summary: how many facts, first and last
// dates with their precision, up to 50 article ids, for ATTENDED every way the person took
// part), and the per-article MENTIONS, WROTE and STEP. Edges to nodes outside the export are
// left out: entities with an id above $entityMax (null: none), articles when $articles is false
// or above $articleMax (null: none). With $evidence, each LINK also carries the sentences of its
// first 50 facts (article, start, end, text); whole-graph exports leave evidence and spans out.
UNWIND $ids AS nid
CALL (nid) {
  MATCH (n:Entity {id: nid}) RETURN n
  UNION
  MATCH (n:Article {id: nid}) RETURN n
}
CALL (n) {
  MATCH (n)-[l:LINK]->(b:Entity)
  WHERE $entityMax IS NULL OR b.id <= $entityMax
  RETURN n.id + '|' + l.type + '|' + b.id AS id, l.type AS type, b.id AS target,
    {count: l.count, first_seen: l.first_seen, last_seen: l.last_seen, first_precision: l.first_precision,
     last_precision: l.last_precision, roles: l.roles, article_ids: l.articles,
     evidence: CASE WHEN $evidence THEN COLLECT {
       MATCH (n)-[r]->(b) WHERE type(r) = l.type
       WITH r ORDER BY r.article, r.start LIMIT 50
       RETURN {article: r.article, start: r.start, end: r.end, text: r.evidence}
     } END} AS properties
  UNION ALL
  MATCH (n)-[r:WROTE|STEP]->(b:Article)
  WHERE $articles AND ($articleMax IS NULL OR b.id <= $articleMax)
  RETURN elementId(r) AS id, type(r) AS type, b.id AS target,
    CASE WHEN $evidence THEN properties(r) ELSE r {.*, evidence: null} END AS properties
  UNION ALL
  MATCH (n)-[r:MENTIONS]->(b:Entity)
  WHERE $entityMax IS NULL OR b.id <= $entityMax
  RETURN elementId(r) AS id, 'MENTIONS' AS type, b.id AS target,
    CASE WHEN $evidence THEN properties(r) ELSE r {.*, spans: null} END AS properties
}
RETURN id, type, n.id AS source, target, properties
