// Every correction made by hand and not undone, oldest first (applied in this order by the resolver).
MATCH (j:Judgement)
WHERE j.undone IS NULL
RETURN j.id AS id, j.kind AS kind, j.target AS target, j.into AS into, j.articles AS articles, j.name AS name
ORDER BY j.created, j.id
