// Folds entity $from into entity $into: every relationship of $from moves to $into with its
// properties (dynamic types, no APOC), mentions by the same article are added together,
// and $from's names become aliases of $into. LINK summaries are not moved (their keys name
// their ends): they go with $from, and the caller recomputes the LINKs at $into from the
// facts (server/graph/judgements.ts, refreshLinksAround).
MATCH (b:Entity {id: $from})
MATCH (a:Entity {id: $into})
WHERE a <> b
CALL (a, b) {
  MATCH (b)-[r]->(x)
  WHERE type(r) <> 'LINK'
  WITH a, r, CASE WHEN x = b THEN a ELSE x END AS y
  CREATE (a)-[r2:$(type(r))]->(y)
  SET r2 = properties(r)
  DELETE r
}
CALL (a, b) {
  MATCH (x)-[r]->(b)
  WHERE x <> b AND NOT type(r) IN ['MENTIONS', 'LINK']
  CREATE (x)-[r2:$(type(r))]->(a)
  SET r2 = properties(r)
  DELETE r
}
CALL (a, b) {
  MATCH (art:Article)-[m:MENTIONS]->(b)
  OPTIONAL MATCH (art)-[m2:MENTIONS]->(a)
  FOREACH (_ IN CASE WHEN m2 IS NULL THEN [1] ELSE [] END |
    CREATE (art)-[:MENTIONS {count: m.count, spans: m.spans}]->(a))
  FOREACH (_ IN CASE WHEN m2 IS NULL THEN [] ELSE [1] END |
    SET m2.count = m2.count + m.count, m2.spans = m2.spans + m.spans)
  DELETE m
}
WITH a, b, reduce(acc = [], x IN coalesce(b.aliases, []) + [b.name] |
  CASE WHEN x IN acc OR x IN coalesce(a.aliases, []) OR x = a.name THEN acc ELSE acc + x END) AS fresh
SET a.aliases = coalesce(a.aliases, []) + fresh
SET a.aliases_text = reduce(s = '', x IN a.aliases | CASE s WHEN '' THEN x ELSE s + ' ' + x END)
DETACH DELETE b
RETURN a.id AS id
