// Who attended meeting $meeting (id), and as what: one row per person (the ATTENDED LINK summary).
MATCH (p:Person)-[l:LINK {type: 'ATTENDED'}]->(m:Meeting {id: $meeting})
RETURN p.id AS person, p.name AS name, coalesce(l.roles, []) AS as
ORDER BY name
