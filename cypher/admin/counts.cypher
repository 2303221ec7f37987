// Node counts per label and relationship counts per type (for summaries and tests).
CALL () {
  MATCH (n) UNWIND labels(n) AS label RETURN 'node' AS kind, label AS name, count(*) AS count
  UNION ALL
  MATCH ()-[r]->() RETURN 'rel' AS kind, type(r) AS name, count(*) AS count
}
RETURN kind, name, count
