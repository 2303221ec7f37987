// Deletes Article nodes (after clear-articles removed their facts).
UNWIND $ids AS id
MATCH (a:Article {id: id})
DETACH DELETE a
RETURN count(*) AS deleted
