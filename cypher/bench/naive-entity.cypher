// The naive baseline: one MERGE per entity, one transaction each.
MERGE (n:Entity {id: $id})
SET n += $props
SET n:$($labels)
