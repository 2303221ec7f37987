// The write ceiling: plain CREATE of relationships (Article → Entity) between nodes found by id.
UNWIND $rows AS row
MATCH (a:Article {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.props
