// Keys of the projects in the graph (for ProjectIndex: full and short names of one project).
MATCH (p:Project)
WHERE p.key IS NOT NULL
RETURN p.id AS id, p.key AS key, coalesce(p.key_scope, '') AS scope
