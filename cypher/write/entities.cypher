// Nodes first: one MERGE per entity on the Entity id constraint, with its type label when
// made. Properties are set when the node is made (the first article wins); afterwards a node
// is only written when something is new — the longest name wins (林埭镇 over 林埭) and every
// name seen stays in `aliases` (and `aliases_text`, for the full-text index) — so entities
// that every article mentions (the city) are not rewritten (nor locked) by every batch.
// Aliases are kept sorted (row.aliases come sorted from server/graph/write-rows.ts) and
// equal-length names are tie-broken by code point, so the graph does not depend on the order
// the articles came in (a resumed ingest gives the same graph as one run).
// A node that needs a change is write-locked (`_lock`) and read again before it is changed:
// another transaction changing it at the same time waits, so no alias is lost.
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
ON CREATE SET n += row.props, n:$(row.label), n.name = row.name, n.aliases = row.aliases,
  n.aliases_text = reduce(s = '', x IN row.aliases | CASE s WHEN '' THEN x ELSE s + ' ' + x END)
WITH n, row
WHERE any(x IN row.aliases WHERE NOT x IN n.aliases)
  OR size(row.name) > size(n.name) OR (size(row.name) = size(n.name) AND row.name < n.name)
SET n._lock = true
WITH n, row, [x IN row.aliases WHERE NOT x IN n.aliases] AS fresh,
  size(row.name) > size(n.name) OR (size(row.name) = size(n.name) AND row.name < n.name) AS better
WITH n, row, better, COLLECT { UNWIND n.aliases + fresh AS a RETURN DISTINCT a ORDER BY a } AS aliases
SET n.name = CASE WHEN better THEN row.name ELSE n.name END,
    n.aliases = aliases,
    n.aliases_text = reduce(s = '', x IN aliases | CASE s WHEN '' THEN x ELSE s + ' ' + x END)
REMOVE n._lock
