// Names of the projects in the graph, one row per name (its key, then every name it was printed
// as), for ProjectIndex: server/graph/project-index.ts turns each into today's key.
MATCH (p:Project)
WHERE p.key IS NOT NULL
UNWIND [p.key] + coalesce(p.aliases, []) AS key
RETURN DISTINCT p.id AS id, key, coalesce(p.key_scope, '') AS scope
