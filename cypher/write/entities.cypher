// Nodes first: one MERGE per entity on the Entity id constraint, with its type label when
// made. Properties are set when the node is made (the first article wins); afterwards a node
// is only written when something is new — the longest name wins (林埭镇 over 林埭) and every
// name seen stays in `aliases` (and `aliases_text`, for the full-text index) — so entities
// that every article mentions (the city) are not rewritten by every batch.
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
ON CREATE SET n += row.props, n:$(row.label), n.name = row.name, n.aliases = row.aliases,
  n.aliases_text = reduce(s = '', x IN row.aliases | CASE s WHEN '' THEN x ELSE s + ' ' + x END)
WITH n, row, [x IN row.aliases WHERE NOT x IN n.aliases] AS fresh
WHERE size(fresh) > 0 OR size(row.name) > size(n.name)
WITH n, row, n.aliases + fresh AS aliases
SET n.name = CASE WHEN size(row.name) > size(n.name) THEN row.name ELSE n.name END,
    n.aliases = aliases,
    n.aliases_text = reduce(s = '', x IN aliases | CASE s WHEN '' THEN x ELSE s + ' ' + x END)
