// Deletes one relationship (its full state is in the change record first).
// Params: $from (start node id), $id (relationship id). Returns how many were deleted (0 or 1).
MATCH (a:Entity {id: $from})-[r]->(:Entity)
WHERE r.id = $id
DELETE r
RETURN count(*) AS deleted
