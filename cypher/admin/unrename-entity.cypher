// Undoes a rename: entity $id gets back $from_name; $name stays an alias only if it was one before.
MATCH (e:Entity {id: $id})
WITH e, [a IN coalesce(e.aliases, []) WHERE a <> $name OR a IN $from_aliases] AS aliases
SET e.name = $from_name, e.aliases = aliases,
  e.aliases_text = reduce(s = '', x IN aliases | CASE s WHEN '' THEN x ELSE s + ' ' + x END)
RETURN e.id AS id
