// Entity → entity facts of one type ($type), each keyed by its article (see
// docs/decisions/graph-provenance.md). CREATE is right here: an article's earlier facts were
// removed by clear-articles first, and unchanged articles are not written at all.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:$($type)]->(b)
SET r = row.props
