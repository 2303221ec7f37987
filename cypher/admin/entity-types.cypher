// The type labels of some entities (to check a merge joins things of one kind).
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e.id AS id, [l IN labels(e) WHERE l <> 'Entity'][0] AS type, e.name AS name
