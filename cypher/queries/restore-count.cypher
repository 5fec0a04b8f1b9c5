// Nodes and relationships in the database, to refuse restoring into a database that is not empty.
// Params: none.
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN nodes, relationships
