// Marks a change as reverted by a later one (in the revert's transaction).
// Params: $id (reverted change id), $by (the reverting change id).
MATCH (c:Change {id: $id})
SET c.reverted_by = $by
RETURN c.id AS id
