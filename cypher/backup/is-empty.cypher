// Does the database hold anything at all (import only restores into an empty one)?
CALL () { MATCH (n) RETURN n LIMIT 1 }
RETURN count(*) AS nodes
