// Empties the benchmark's own database (never run on a user's graph: the benches start
// their own Neo4j under a temporary $BAOXUN_HOME). Needs an auto-commit transaction.
MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS
