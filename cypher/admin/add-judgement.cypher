// Stores a merge or split judgement (the same judgement twice is one node).
MERGE (j:Judgement {id: $id})
ON CREATE SET j.created = datetime()
SET j.kind = $kind, j.target = $target, j.into = $into, j.articles = $articles, j.note = $note
RETURN j.id AS id
