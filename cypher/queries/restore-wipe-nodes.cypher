// Deletes up to $limit nodes: the second half of emptying the database, after
// restore-wipe-relationships (DETACH only for relationships created meanwhile). Repeated until 0.
// Params: $limit — nodes per transaction.
MATCH (n)
WITH n LIMIT $limit
DETACH DELETE n
RETURN count(*) AS deleted
