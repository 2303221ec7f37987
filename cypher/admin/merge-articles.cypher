// The articles whose facts an undone merge must extract again: those that mentioned the
// folded entity ($articles), and those mentioning the kept one ($into) since then whose text
// holds one of the folded entity's names.
CALL {
  MATCH (a:Article) WHERE a.id IN $articles RETURN a.id AS id
  UNION
  MATCH (a:Article)-[:MENTIONS]->(:Entity {id: $into})
  WHERE any(n IN $names WHERE a.text CONTAINS n)
  RETURN a.id AS id
}
RETURN id ORDER BY id
