// Marks a correction undone (kept for the audit list; the resolver no longer applies it).
MATCH (j:Judgement {id: $id})
WHERE j.undone IS NULL
SET j.undone = datetime(), j.undone_by = $by
RETURN j.id AS id
