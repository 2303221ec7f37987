// Names and ids for the API load bench: people and places with relationships, busiest first.
MATCH (n:Entity) WHERE n:Person OR n:Place OR n:Organization
WITH n, COUNT { (n)--() } AS degree WHERE degree > 0
ORDER BY degree DESC
LIMIT toInteger($limit)
RETURN n.id AS id, n.name AS name
