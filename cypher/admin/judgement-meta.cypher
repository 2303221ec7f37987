// What the explorer keeps on a correction besides add-judgement.cypher (same transaction):
// who made it, the names then, and what an undo needs. A correction made again after an undo
// is in force again, dated now.
MATCH (j:Judgement {id: $id})
SET j.created = CASE WHEN j.undone IS NULL THEN j.created ELSE datetime() END
SET j += $meta
REMOVE j.undone, j.undone_by
RETURN j.id AS id
