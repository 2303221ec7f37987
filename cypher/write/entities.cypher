// Nodes first: one MERGE per entity on the Entity id constraint, then its type label.
// Properties are set when the node is made (the first article wins); the longest name wins
// (林埭镇 over 林埭) and every name seen stays in `aliases` (and `aliases_text` for search).
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
ON CREATE SET n += row.props, n.name = row.name, n.aliases = [], n.aliases_text = ''
SET n:$(row.label)
WITH n, row, [x IN row.aliases WHERE NOT x IN n.aliases] AS fresh
SET n.name = CASE WHEN size(row.name) > size(n.name) THEN row.name ELSE n.name END
WITH n, fresh WHERE size(fresh) > 0
SET n.aliases = n.aliases + fresh,
    n.aliases_text = reduce(s = '', x IN n.aliases + fresh | CASE s WHEN '' THEN x ELSE s + ' ' + x END)
