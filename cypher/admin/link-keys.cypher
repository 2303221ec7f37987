// Gives LINKs written before LINK keys existed their `key` (from>type>to), 10,000 at a time
// (server/graph/schema.ts runs it until none is left). A pair with two keyless LINKs (two
// transactions before the key constraint) keeps one; `doubled` lists those pairs so that the
// caller recomputes them from the facts (links-refresh.cypher).
MATCH (a:Entity)-[l:LINK]->(b:Entity)
WHERE l.key IS NULL
WITH a, l, b LIMIT 10000
WITH a, b, l.type AS type, collect(l) AS ls
FOREACH (x IN tail(ls) | DELETE x)
WITH a, b, type, head(ls) AS l, size(ls) > 1 AS doubled
SET l.key = a.id + '>' + type + '>' + b.id
RETURN count(*) AS keyed, [x IN collect(CASE WHEN doubled THEN {from: a.id, type: type, to: b.id} END) WHERE x IS NOT NULL] AS doubled
