// The naive baseline: one MERGE per article, one transaction each.
MERGE (n:Article {id: $id})
SET n += $props
