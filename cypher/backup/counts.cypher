// What a backup must hold: every node and relationship, counted per label and per type,
// and how many of them a backup can carry (nodes need one of the key labels and an id;
// relationships need both ends so). Read-only.
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS rels }
CALL () {
  MATCH (n) WHERE n.id IS NOT NULL AND any(l IN labels(n) WHERE l IN $keys)
  RETURN count(n) AS keyed
}
CALL () {
  MATCH (n) UNWIND labels(n) AS label
  WITH label, count(*) AS c ORDER BY label
  RETURN collect([label, c]) AS perLabel
}
CALL () {
  MATCH ()-[r]->() WITH type(r) AS t, count(*) AS c ORDER BY t
  RETURN collect([t, c]) AS perType
}
RETURN nodes, rels, keyed, perLabel, perType
