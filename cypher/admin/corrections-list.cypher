// Every correction made by hand, undone ones included, newest first, with the names of the
// entities involved (as they are now, else as they were when the correction was made).
MATCH (j:Judgement)
OPTIONAL MATCH (t:Entity {id: j.target})
OPTIONAL MATCH (i:Entity {id: j.into})
WITH j, t, i ORDER BY j.created DESC, j.id
LIMIT toInteger($limit)
RETURN j.id AS id, j.kind AS kind, j.target AS target, j.into AS into, coalesce(j.articles, []) AS articles,
  coalesce(t.name, j.target_name) AS target_name, coalesce(i.name, j.into_name) AS into_name,
  j.from_name AS from_name, j.name AS name, j.note AS note, j.by AS by,
  toString(j.created) AS created, toString(j.undone) AS undone, j.undone_by AS undone_by
