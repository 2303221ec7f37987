// The write ceiling: plain CREATE of relationships (Entity → Article) between nodes found by id.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Article {id: row.to})
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.props
