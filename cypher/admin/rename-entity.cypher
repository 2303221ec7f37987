// Gives entity $id the name $name by hand; the names it had stay as aliases (searchable).
MATCH (e:Entity {id: $id})
WITH e, COLLECT { UNWIND coalesce(e.aliases, []) + [e.name, $name] AS a RETURN DISTINCT a ORDER BY a } AS aliases
SET e.name = $name, e.aliases = aliases,
  e.aliases_text = reduce(s = '', x IN aliases | CASE s WHEN '' THEN x ELSE s + ' ' + x END)
RETURN e.id AS id
