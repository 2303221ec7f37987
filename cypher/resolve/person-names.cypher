// The names of all people in the graph (read once per ingest run, from the person_name index):
// a name not among them has nobody to be told apart from, so it needs no per-batch lookup.
MATCH (p:Person)
RETURN DISTINCT p.name AS name
