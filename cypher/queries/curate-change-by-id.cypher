// One change record, locked (a concurrent revert of the same change waits and then sees reverted_by).
// Params: $id (change id). No row when unknown.
MATCH (c:Change {id: $id})
SET c._lock = true
REMOVE c._lock
RETURN properties(c) AS change
