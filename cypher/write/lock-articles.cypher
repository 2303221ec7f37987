// The first step of a write transaction: takes the write lock of each article it writes ($rows,
// sorted by id, so two transactions lock shared articles in one order) and reads what is stored
// now. An article not stored yet is made here with its properties (every such article is
// written in this transaction); the Article id constraint makes a second transaction that makes
// the same article wait until the first commits, and then find it. So whatever another process
// wrote before the lock is seen here, and an article's facts are cleared and written by one
// transaction at a time: concurrent ingests of one article leave one copy of its facts.
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
ON CREATE SET a = row.props, a.id = row.id, a._new = true
ON MATCH SET a._lock = true
WITH a, a._new IS NOT NULL AS fresh
REMOVE a._lock, a._new
RETURN a.id AS id, a.hash AS hash, NOT fresh AS stored
