// Articles are not Entity. Properties are replaced as a whole (same id, new text → new facts).
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a = row.props, a.id = row.id
