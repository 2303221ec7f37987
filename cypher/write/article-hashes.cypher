// Which of these articles are stored already, and with which content hash.
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id, a.hash AS hash
