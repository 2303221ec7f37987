// One correction with what its undo needs.
MATCH (j:Judgement {id: $id})
RETURN j.id AS id, j.kind AS kind, j.target AS target, j.into AS into, coalesce(j.articles, []) AS articles,
  j.name AS name, j.into_name AS into_name, j.from_name AS from_name, coalesce(j.from_aliases, []) AS from_aliases,
  coalesce(j.folded_articles, []) AS folded_articles, coalesce(j.folded_names, []) AS folded_names,
  coalesce(j.added_aliases, []) AS added_aliases, toString(j.undone) AS undone
