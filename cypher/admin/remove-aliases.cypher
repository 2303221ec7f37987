// Drops the names $names an undone merge had added to entity $id. If a later ingest made one
// of them the entity's name (the longer, else the smaller name wins), $name (its name when the
// merge was made) comes back.
MATCH (e:Entity {id: $id})
WITH e, CASE WHEN e.name IN $names AND $name IS NOT NULL THEN $name ELSE e.name END AS name
WITH e, name, [a IN coalesce(e.aliases, []) WHERE NOT a IN $names OR a = name] AS kept
WITH e, name, CASE WHEN name IN kept THEN kept ELSE kept + name END AS aliases
SET e.name = name, e.aliases = aliases,
  e.aliases_text = reduce(s = '', x IN aliases | CASE s WHEN '' THEN x ELSE s + ' ' + x END)
RETURN e.id AS id
