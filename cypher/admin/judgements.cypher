// Every correction made by hand, oldest first (applied in this order by the resolver).
MATCH (j:Judgement)
RETURN j.id AS id, j.kind AS kind, j.target AS target, j.into AS into, j.articles AS articles
ORDER BY j.created, j.id
