// One page of person ids for the research exports, in id order after $after (keyset paging on
// the Person id constraint's index: each page is one short read, memory stays bounded).
MATCH (p:Person)
WHERE p.id > $after
WITH p ORDER BY p.id
LIMIT toInteger($limit)
RETURN p.id AS id
