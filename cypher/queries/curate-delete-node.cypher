// Deletes a node and its relationships (their full state is in the change record first).
// Params: $id. Returns how many relationships went with it.
MATCH (n:Entity {id: $id})
OPTIONAL MATCH (n)-[r]-()
WITH n, count(DISTINCT r) AS relationships
DETACH DELETE n
RETURN relationships
