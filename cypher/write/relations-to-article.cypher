// Entity → Article facts of one type ($type): WROTE, STEP.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Article {id: row.to})
CREATE (a)-[r:$($type)]->(b)
SET r = row.props
