// The write ceiling: plain CREATE of nodes, no MERGE.
UNWIND $rows AS row
CREATE (n:$(row.labels))
SET n = row.props
