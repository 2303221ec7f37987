// Who attended meeting $meeting (id), and as what.
MATCH (p:Person)-[a:ATTENDED]->(m:Meeting {id: $meeting})
RETURN p.id AS person, p.name AS name, collect(DISTINCT a.as) AS as
ORDER BY name
